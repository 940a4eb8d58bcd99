import { useTranslation } from 'react-i18next';
import type { Claim, GlossaryEntry } from '../../shared/domain';
import { ClaimForm } from './ClaimForm';
import { claimantName } from './claimantName';
import { figureWarnings } from './figureWarnings';
import type { ClaimChange } from './useArticleClaims';
import { VerdictBadge } from './VerdictBadge';
import './claims.css';

/// The article's claims beside its text: the selected claim's form, then every claim in text
/// order with its claimant, verdict and a marker when its translation loses a figure; a click
/// shows the claim in the text.
export function ClaimsPanel({
  claims,
  articleText,
  glossary,
  selectedId,
  onShow,
  onSave,
  onCreateClaimant,
  onDelete,
}: {
  readonly claims: readonly Claim[];
  readonly articleText: string;
  readonly glossary: readonly GlossaryEntry[];
  readonly selectedId: number | null;
  readonly onShow: (annotationId: number) => void;
  readonly onSave: (annotationId: number, change: ClaimChange) => void;
  /// Makes `name` a new Person or Organisation entry and the claim's claimant.
  readonly onCreateClaimant: (annotationId: number, name: string, label: 'person' | 'organisation') => void;
  readonly onDelete: (annotationId: number) => void;
}) {
  const { t } = useTranslation();
  const selected = claims.find((claim) => claim.annotationId === selectedId);
  return (
    <section className="claims-panel" aria-labelledby="claims-panel-title">
      {selected && (
        <ClaimForm
          key={selected.annotationId}
          claim={selected}
          articleText={articleText}
          glossary={glossary}
          onSave={(change) => onSave(selected.annotationId, change)}
          onCreateClaimant={(name, label) => onCreateClaimant(selected.annotationId, name, label)}
          onDelete={() => onDelete(selected.annotationId)}
        />
      )}
      <div className="entity-panel-header">
        <h2 id="claims-panel-title">{t('claims.title')}</h2>
        <span className="muted">{t('claims.count', { count: claims.length })}</span>
      </div>
      {claims.length === 0 ? (
        <p className="empty-state">{t('claims.empty')}</p>
      ) : (
        <ul className="claim-list" aria-label={t('claims.panelLabel')}>
          {claims.map((claim) => {
            const name = claimantName(claim.claimant);
            const losesFigures = figureWarnings(claim.quote, claim.englishText).length > 0;
            return (
              <li
                key={claim.annotationId}
                aria-current={claim.annotationId === selectedId ? 'true' : undefined}
              >
                <button type="button" className="claim-row" onClick={() => onShow(claim.annotationId)}>
                  <q lang="fr" className="claim-quote">
                    {claim.quote}
                  </q>
                  <span className="claim-meta">
                    <span className="muted small">{name ?? t('claims.noClaimant')}</span>
                    <VerdictBadge verdict={claim.verdict} />
                    {losesFigures && (
                      <span className="figure-marker" role="img" aria-label={t('claims.figureMarker')}>
                        ⚠
                      </span>
                    )}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
