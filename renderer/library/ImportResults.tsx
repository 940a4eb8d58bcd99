import { useTranslation } from 'react-i18next';
import { errorFromBody } from '../../shared/errors';
import { importBatch } from './importBatch';
import { languageName } from '../../shared/languages';
import type { ImportEntry } from './importEntry';
import { routeHref } from '../app/route';
import { useErrorMessage } from '../ui/useErrorMessage';
import { useImportBatchState } from './useImportBatchState';

const statuses = ['imported', 'duplicate', 'failed', 'cancelled'] as const;

function ImportEntryDetail({
  entry,
  resending,
}: {
  readonly entry: ImportEntry;
  readonly resending: boolean;
}) {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const { outcome } = entry;
  switch (outcome.status) {
    case 'imported':
      return (
        <div className="import-detail">
          {t('import.importedAs', { title: outcome.title })}{' '}
          <a href={routeHref({ screen: 'article', articleId: outcome.articleId })}>{t('import.open')}</a>
          {outcome.warnings.length > 0 && (
            <ul className="import-warnings" aria-label={t('import.warnings')}>
              {outcome.warnings.map((warning) => (
                <li key={warning.code}>
                  {t(`import.warning.${warning.code}`, {
                    ...warning,
                    ...(warning.code === 'not_french'
                      ? { language: languageName(warning.language, i18n.language) }
                      : {}),
                    defaultValue: warning.message,
                  })}
                </li>
              ))}
            </ul>
          )}
        </div>
      );
    case 'duplicate':
      return (
        <div className="import-detail">
          {t('import.duplicateOf', { title: outcome.title })}{' '}
          <a href={routeHref({ screen: 'article', articleId: outcome.articleId })}>
            {t('import.openExisting')}
          </a>{' '}
          <button
            type="button"
            className="button button-small"
            disabled={resending}
            onClick={() => void importBatch.importAnyway(entry.key)}
          >
            {resending ? t('import.importingAnyway') : t('import.importAnyway')}
          </button>
        </div>
      );
    case 'failed':
      return <div className="import-detail">{errorMessage(errorFromBody(outcome.error))}</div>;
    case 'cancelled':
      return <div className="import-detail">{t('import.cancelledDetail')}</div>;
  }
}

/// What became of each file of the last imports: imported (with a link and any warnings),
/// duplicate (with "Import anyway"), failed (with the specific reason) or not sent because the
/// batch was cancelled. Stays until dismissed.
export function ImportResults() {
  const { t } = useTranslation();
  const entries = useImportBatchState((state) => state.entries);
  const resending = useImportBatchState((state) => state.resending);
  if (!entries) return null;
  const summary = statuses
    .map((status) => [status, entries.filter((entry) => entry.outcome.status === status).length] as const)
    .filter(([, count]) => count > 0)
    .map(([status, count]) => t(`import.count.${status}`, { count }))
    .join(' · ');
  return (
    <section className="import-results" aria-labelledby="import-results-title">
      <div className="import-results-header">
        <h2 id="import-results-title">{t('import.resultsTitle')}</h2>
        <p className="muted" role="status">
          {summary}
        </p>
        <button type="button" className="button button-quiet" onClick={() => importBatch.dismiss()}>
          {t('import.dismiss')}
        </button>
      </div>
      <ul className="import-outcomes">
        {entries.map((entry) => (
          <li key={entry.key} className={`import-outcome import-${entry.outcome.status}`}>
            <span className="import-status">{t(`import.status.${entry.outcome.status}`)}</span>
            <span className="import-file">{entry.outcome.fileName}</span>
            <ImportEntryDetail entry={entry} resending={resending.includes(entry.key)} />
          </li>
        ))}
      </ul>
    </section>
  );
}
