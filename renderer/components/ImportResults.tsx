import { useTranslation } from 'react-i18next';
import type { ImportOutcome } from '../../shared/domain';
import { ApiError } from '../apiError';
import { routeHref } from '../route';
import { useErrorMessage } from '../useErrorMessage';

/// What happened to each file of the last import: imported (with a link) or failed (with why).
export function ImportResults({
  outcomes,
  onDismiss,
}: {
  readonly outcomes: readonly ImportOutcome[];
  readonly onDismiss: () => void;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const imported = outcomes.filter((outcome) => outcome.status === 'imported').length;
  return (
    <section className="import-results" aria-labelledby="import-results-title">
      <div className="import-results-header">
        <h2 id="import-results-title">{t('import.resultsTitle')}</h2>
        <p className="muted" role="status">
          {t('import.summary', { count: imported, total: outcomes.length })}
        </p>
        <button type="button" className="button button-quiet" onClick={onDismiss}>
          {t('import.dismiss')}
        </button>
      </div>
      <ul>
        {outcomes.map((outcome, index) => (
          <li key={`${outcome.fileName}-${index}`} className={`import-outcome import-${outcome.status}`}>
            <span className="import-status">
              {outcome.status === 'imported' ? t('import.imported') : t('import.failed')}
            </span>
            <span className="import-file">{outcome.fileName}</span>
            {outcome.status === 'imported' ? (
              <span className="import-detail">
                {t('import.importedAs', { title: outcome.title })}{' '}
                <a href={routeHref({ screen: 'article', articleId: outcome.articleId })}>
                  {t('import.open')}
                </a>
              </span>
            ) : (
              <span className="import-detail">
                {errorMessage(new ApiError(outcome.error.code, outcome.error.message))}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
