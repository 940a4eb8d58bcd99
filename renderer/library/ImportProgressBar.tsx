import { useTranslation } from 'react-i18next';
import { importBatch } from './importBatch';
import { useImportBatchState } from './useImportBatchState';

/// The running batch: a progress bar named after the file being imported, and a Cancel button
/// that stops the batch once the current file is done.
export function ImportProgressBar() {
  const { t } = useTranslation();
  const progress = useImportBatchState((state) => state.progress);
  const cancelling = useImportBatchState((state) => state.cancelling);
  if (!progress) return null;
  const position = Math.min(progress.done + 1, progress.total);
  const label = t('import.progressLabel', {
    current: position,
    total: progress.total,
    name: progress.current,
  });
  return (
    <section className="import-progress" aria-label={t('import.progressTitle')}>
      <div className="import-progress-head">
        <p className="import-progress-text">
          {t('import.progressCount', { current: position, total: progress.total })}{' '}
          <span className="import-file">{progress.current}</span>
        </p>
        <button
          type="button"
          className="button button-quiet"
          disabled={cancelling}
          onClick={() => importBatch.cancel()}
        >
          {cancelling ? t('import.cancelling') : t('import.cancel')}
        </button>
      </div>
      <div
        className="progress-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={progress.total}
        aria-valuenow={progress.done}
      >
        <div className="progress-fill" style={{ width: `${(progress.done / progress.total) * 100}%` }} />
      </div>
    </section>
  );
}
