import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultGlossaryExportFormat } from '../../shared/exportFormats';
import { api } from '../app/api';
import { toPasserelleError, type PasserelleError } from '../../shared/errors';
import { downloadFile } from '../ui/downloadFile';
import { useErrorMessage } from '../ui/useErrorMessage';
import './glossary.css';

/// Exports the whole glossary as CSV and downloads it.
export function ExportGlossaryButton() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<PasserelleError | null>(null);

  const exportGlossary = async () => {
    setBusy(true);
    setError(null);
    try {
      const file = await api['glossary.export']({ format: defaultGlossaryExportFormat });
      downloadFile(file.fileName, file.mimeType, file.content);
    } catch (caught) {
      setError(toPasserelleError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="export-glossary">
      <button
        type="button"
        className="button"
        title={t('export.buttonTitle')}
        aria-busy={busy}
        onClick={() => void exportGlossary()}
      >
        {busy ? t('export.exporting') : t('export.button')}
      </button>
      {error && (
        <p className="inline-error" role="alert">
          {t('export.failed', { reason: errorMessage(error) })}
        </p>
      )}
    </div>
  );
}
