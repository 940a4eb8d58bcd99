import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorFromBody, type PasserelleError } from '../../shared/errors';
import { importBatch } from './importBatch';
import { useErrorMessage } from '../ui/useErrorMessage';

/// A web address field and "Import from URL": the page is fetched by the app, not the browser.
/// A refusal (private address, timeout, too large, not HTML…) is shown under the field, which
/// keeps the address so it can be corrected.
export function ImportUrlForm() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState(false);
  // Kept as the reason, not as text, so a change of UI language re-translates it.
  const [error, setError] = useState<PasserelleError | 'missing' | null>(null);

  const submit = async () => {
    if (url.trim() === '') {
      setError('missing');
      return;
    }
    setBusy(true);
    setError(null);
    const outcome = await importBatch.importOne({ kind: 'url', url: url.trim() }, false);
    setBusy(false);
    if (outcome.status === 'failed') setError(errorFromBody(outcome.error));
    else setUrl('');
  };

  return (
    <form
      className="import-url"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <label htmlFor="import-url-field">{t('import.urlLabel')}</label>
      <div className="import-url-row">
        <input
          id="import-url-field"
          type="url"
          inputMode="url"
          placeholder={t('import.urlPlaceholder')}
          value={url}
          aria-invalid={error !== null}
          aria-describedby={error ? 'import-url-error' : undefined}
          onChange={(event) => setUrl(event.target.value)}
        />
        <button type="submit" className="button" disabled={busy} aria-busy={busy}>
          {busy ? t('import.urlImporting') : t('import.urlButton')}
        </button>
      </div>
      {error && (
        <p id="import-url-error" className="inline-error" role="alert">
          {error === 'missing'
            ? t('import.urlMissing')
            : t('import.urlFailed', { reason: errorMessage(error) })}
        </p>
      )}
    </form>
  );
}
