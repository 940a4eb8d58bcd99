import { memo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Segment } from '../../shared/domain';
import { toPasserelleError, type PasserelleError } from '../../shared/errors';
import {
  translationExportFormats,
  untranslatedPolicies,
  type TranslationExportFormat,
  type UntranslatedPolicy,
} from '../../shared/translation/translationFormats';
import { api } from '../app/api';
import { useSaveTracker } from '../app/saveTrackerContext';
import { downloadFile } from '../ui/downloadFile';
import { useErrorMessage } from '../ui/useErrorMessage';

/// The bytes a `translation.export` answer carries: its text, or its base64 decoded (`.docx`).
export function exportedBytes(
  content: string,
  encoding: 'utf-8' | 'base64',
): string | Uint8Array<ArrayBuffer> {
  if (encoding === 'utf-8') return content;
  const binary = atob(content);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/// Export of the translation (the English article as HTML, Markdown, plain text or Word, or a
/// bilingual XLIFF) with the choice of what to do with untranslated segments, and import of an
/// XLIFF file back (its targets and states update the segments).
export const TranslationExchange = memo(function TranslationExchange({
  articleId,
  onImported,
}: {
  readonly articleId: number;
  readonly onImported: (segments: readonly Segment[]) => void;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const saveTracker = useSaveTracker();
  const [format, setFormat] = useState<TranslationExportFormat>('md');
  const [policy, setPolicy] = useState<UntranslatedPolicy>('mark');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<PasserelleError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const picker = useRef<HTMLInputElement>(null);

  const exportFile = async () => {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      const file = await api['translation.export']({ articleId, format, untranslated: policy });
      downloadFile(file.fileName, file.mimeType, exportedBytes(file.content, file.encoding));
      setNotice(
        file.untranslated > 0
          ? t('translation.exportedUntranslated', { fileName: file.fileName, count: file.untranslated })
          : t('translation.exported', { fileName: file.fileName }),
      );
    } catch (caught) {
      setError(toPasserelleError(caught));
    } finally {
      setBusy(false);
    }
  };

  const importFile = async (file: File) => {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      const content = await file.text();
      const result = await saveTracker.track(api['translation.import']({ fileName: file.name, content }));
      if (result.articleId === articleId) onImported(result.segments);
      setNotice(t('translation.imported', { count: result.updated, fileName: file.name }));
    } catch (caught) {
      setError(toPasserelleError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="translation-panel translation-exchange" aria-labelledby="translation-exchange-title">
      <h2 id="translation-exchange-title" className="translation-panel-title">
        {t('translation.exchangeTitle')}
      </h2>
      <label className="field">
        <span>{t('translation.exportFormat')}</span>
        <select value={format} onChange={(event) => setFormat(event.target.value as TranslationExportFormat)}>
          {translationExportFormats.map((choice) => (
            <option key={choice} value={choice}>
              {t(`translation.format.${choice}`)}
            </option>
          ))}
        </select>
      </label>
      {format !== 'xliff' && (
        <label className="field">
          <span>{t('translation.untranslatedPolicy')}</span>
          <select value={policy} onChange={(event) => setPolicy(event.target.value as UntranslatedPolicy)}>
            {untranslatedPolicies.map((choice) => (
              <option key={choice} value={choice}>
                {t(`translation.untranslated.${choice}`)}
              </option>
            ))}
          </select>
        </label>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={busy}
          onClick={() => void exportFile()}
        >
          {t('translation.export')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => picker.current?.click()}>
          {t('translation.importXliff')}
        </button>
        <input
          ref={picker}
          type="file"
          accept=".xlf,.xliff,application/xliff+xml"
          hidden
          aria-label={t('translation.importXliff')}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void importFile(file);
          }}
        />
      </div>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {error && (
        <p className="inline-error" role="alert">
          {errorMessage(error)}
        </p>
      )}
    </section>
  );
});
