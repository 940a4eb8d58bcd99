import { useTranslation } from 'react-i18next';
import { routeHref } from '../app/route';
import type { QaMention } from '../../shared/translation/qa';

/// The glossary entries of the current segment, in the order of their mentions: French term,
/// decision, English term and variants to avoid, with the key that inserts each.
export function SegmentGlossary({ mentions }: { readonly mentions: readonly QaMention[] | null }) {
  const { t } = useTranslation();
  return (
    <section className="translation-panel" aria-labelledby="segment-glossary-title">
      <h2 id="segment-glossary-title" className="translation-panel-title">
        {t('translation.glossaryTitle')}
      </h2>
      {mentions === null ? (
        <p className="muted">{t('translation.glossaryNoSegment')}</p>
      ) : mentions.length === 0 ? (
        <p className="muted">{t('translation.glossaryEmpty')}</p>
      ) : (
        <ol className="segment-glossary">
          {mentions.map(({ annotationId, quote, entry }, index) => (
            <li key={annotationId}>
              <a href={routeHref({ screen: 'glossary', entryId: entry.id })} lang="fr">
                {quote}
              </a>
              {index < 9 && <kbd className="segment-glossary-key">Ctrl+Alt+{index + 1}</kbd>}
              <dl>
                <dt>{t('glossary.field.decision')}</dt>
                <dd>{t(`glossary.decision.${entry.decision}`)}</dd>
                <dt>{t('glossary.field.englishTerm')}</dt>
                <dd lang="en">{entry.englishTerm || t('translation.noEnglishTerm')}</dd>
                {entry.englishAvoid.length > 0 && (
                  <>
                    <dt>{t('glossary.field.englishAvoid')}</dt>
                    <dd lang="en">{entry.englishAvoid.join(', ')}</dd>
                  </>
                )}
              </dl>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
