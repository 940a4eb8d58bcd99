import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { claimVerdicts, type ClaimVerdict } from '../../shared/claims/claimFields';
import type { Claim, GlossaryEntry } from '../../shared/domain';
import { ClaimantField } from './ClaimantField';
import { claimantOffers } from './claimantOffers';
import { EvidenceList } from './EvidenceList';
import { FigureWarningList } from './FigureWarningList';
import { figureWarnings } from './figureWarnings';
import { isHttpUrl } from './httpUrl';
import type { ClaimChange } from './useArticleClaims';
import { useSavedText } from './useSavedText';

/// The selected claim's form: claimant, claim date, English translation (with the figures it does
/// not keep, as the user types), verdict, review summary, evidence, reviewer, review date and
/// fact-check address, and delete. Each change is saved when made (text after a pause in
/// typing), one undo step each.
export function ClaimForm({
  claim,
  articleText,
  glossary,
  onSave,
  onCreateClaimant,
  onDelete,
}: {
  readonly claim: Claim;
  /// The article's text, to read the attributions around the claim in.
  readonly articleText: string;
  readonly glossary: readonly GlossaryEntry[];
  readonly onSave: (change: ClaimChange) => void;
  readonly onCreateClaimant: (name: string, label: 'person' | 'organisation') => void;
  readonly onDelete: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const englishText = useSavedText(claim.englishText, (text) => onSave({ englishText: text }));
  const reviewSummary = useSavedText(claim.reviewSummary, (text) => onSave({ reviewSummary: text }));
  const reviewer = useSavedText(claim.reviewer, (text) => onSave({ reviewer: text.trim() }));
  const factCheckUrl = useSavedText(claim.factCheckUrl, (text) => {
    if (text.trim() === '' || isHttpUrl(text)) onSave({ factCheckUrl: text.trim() });
  });
  const offers = useMemo(
    () => claimantOffers(articleText, claim.start, claim.end, glossary),
    [articleText, claim.start, claim.end, glossary],
  );
  const warnings = useMemo(
    () => figureWarnings(claim.quote, englishText.value),
    [claim.quote, englishText.value],
  );
  const badFactCheckUrl = factCheckUrl.value.trim() !== '' && !isHttpUrl(factCheckUrl.value);

  return (
    <section className="claim-form" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="claim-form-title">
        <span className="visually-hidden">{t('claims.selected')} </span>
        <q lang="fr">{claim.quote}</q>
      </h3>
      <ClaimantField
        claimant={claim.claimant}
        glossary={glossary}
        offers={offers}
        onSave={onSave}
        onCreateClaimant={onCreateClaimant}
      />
      <div className="claim-field">
        <label htmlFor={`${id}-date`}>{t('claims.claimDate')}</label>
        <input
          id={`${id}-date`}
          type="date"
          value={claim.claimDate ?? ''}
          onChange={(event) => onSave({ claimDate: event.target.value === '' ? null : event.target.value })}
        />
      </div>
      <div className="claim-field">
        <label htmlFor={`${id}-english`}>{t('claims.englishText')}</label>
        <textarea
          id={`${id}-english`}
          lang="en"
          rows={3}
          value={englishText.value}
          aria-describedby={`${id}-figures`}
          onChange={(event) => englishText.change(event.target.value)}
          onBlur={englishText.flush}
        />
        <FigureWarningList id={`${id}-figures`} warnings={warnings} />
      </div>
      <div className="claim-field">
        <label htmlFor={`${id}-verdict`}>{t('claims.verdictLabel')}</label>
        <select
          id={`${id}-verdict`}
          value={claim.verdict}
          onChange={(event) => onSave({ verdict: event.target.value as ClaimVerdict })}
        >
          {claimVerdicts.map((verdict) => (
            <option key={verdict} value={verdict}>
              {t(`claims.verdict.${verdict}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="claim-field">
        <label htmlFor={`${id}-summary`}>{t('claims.reviewSummary')}</label>
        <textarea
          id={`${id}-summary`}
          lang="en"
          rows={3}
          value={reviewSummary.value}
          onChange={(event) => reviewSummary.change(event.target.value)}
          onBlur={reviewSummary.flush}
        />
      </div>
      <EvidenceList evidence={claim.evidence} onChange={(evidence) => onSave({ evidence: [...evidence] })} />
      <div className="claim-field">
        <label htmlFor={`${id}-reviewer`}>{t('claims.reviewer')}</label>
        <input
          id={`${id}-reviewer`}
          type="text"
          value={reviewer.value}
          onChange={(event) => reviewer.change(event.target.value)}
          onBlur={reviewer.flush}
        />
      </div>
      <div className="claim-field">
        <label htmlFor={`${id}-review-date`}>{t('claims.reviewDate')}</label>
        <input
          id={`${id}-review-date`}
          type="date"
          value={claim.reviewDate ?? ''}
          onChange={(event) => onSave({ reviewDate: event.target.value === '' ? null : event.target.value })}
        />
      </div>
      <div className="claim-field">
        <label htmlFor={`${id}-fact-check`}>{t('claims.factCheckUrl')}</label>
        <input
          id={`${id}-fact-check`}
          type="url"
          value={factCheckUrl.value}
          placeholder="https://"
          aria-invalid={badFactCheckUrl}
          onChange={(event) => factCheckUrl.change(event.target.value)}
          onBlur={factCheckUrl.flush}
        />
        {badFactCheckUrl && <p className="inline-error">{t('claims.httpOnly')}</p>}
      </div>
      <div className="claim-form-actions">
        <button
          type="button"
          className="button button-small button-quiet button-danger-quiet"
          onClick={onDelete}
        >
          {t('claims.delete')}
        </button>
      </div>
      {claim.author !== null && <p className="muted small">{t('author.addedBy', { name: claim.author })}</p>}
    </section>
  );
}
