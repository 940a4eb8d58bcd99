import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  csvDialects,
  defaultCsvDialect,
  defaultGlossaryExportFormat,
  isCsvDialect,
  type CsvDialect,
} from '../../shared/exportFormats';
import { api } from '../app/api';
import { toPasserelleError, type PasserelleError } from '../../shared/errors';
import { downloadFile } from '../ui/downloadFile';
import { useErrorMessage } from '../ui/useErrorMessage';
import './glossary.css';

/// Where the CSV dialect last chosen for the export is remembered.
export const csvDialectStorageKey = 'passerelle.csvDialect';

function readStoredDialect(): CsvDialect {
  try {
    const stored = window.localStorage.getItem(csvDialectStorageKey);
    return stored !== null && isCsvDialect(stored) ? stored : defaultCsvDialect;
  } catch {
    return defaultCsvDialect;
  }
}

function storeDialect(dialect: CsvDialect): void {
  try {
    window.localStorage.setItem(csvDialectStorageKey, dialect);
  } catch {
    // Storage may be unavailable (private mode); the choice still applies until the page reloads.
  }
}

/// Exports the whole glossary as CSV and downloads it, in the dialect chosen beside the button
/// (standard, or Excel set to French) and remembered for the next export.
export function ExportGlossaryButton() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<PasserelleError | null>(null);
  const [dialect, setDialect] = useState<CsvDialect>(readStoredDialect);

  const exportGlossary = async () => {
    setBusy(true);
    setError(null);
    try {
      const file = await api['glossary.export']({ format: defaultGlossaryExportFormat, dialect });
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
      <select
        className="export-dialect"
        aria-label={t('exportDialect.label')}
        value={dialect}
        onChange={(event) => {
          const chosen = event.target.value;
          if (!isCsvDialect(chosen)) return;
          setDialect(chosen);
          storeDialect(chosen);
        }}
      >
        {csvDialects.map((option) => (
          <option key={option} value={option}>
            {t(`exportDialect.name.${option}`)}
          </option>
        ))}
      </select>
      {error && (
        <p className="inline-error" role="alert">
          {t('export.failed', { reason: errorMessage(error) })}
        </p>
      )}
    </div>
  );
}
