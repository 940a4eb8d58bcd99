import { useId, useState, type ClipboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorFromBody } from '../../shared/errors';
import { clipboardImportSource } from './clipboardImportSource';
import { importBatch } from './importBatch';
import type { ImportSource } from './importSourceName';
import { useErrorMessage } from '../ui/useErrorMessage';
import { ModalDialog } from '../ui/ModalDialog';

/// "Paste article": a text area to paste an article into, imported through the same pipeline
/// as files. When the paste carried HTML, that HTML is imported (as long as the text was not
/// edited after), so a copied web page keeps its structure.
export function PasteArticleDialog({ onClose }: { readonly onClose: () => void }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const formId = useId();
  const [text, setText] = useState('');
  const [pasted, setPasted] = useState<{ readonly html: ImportSource; readonly text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const source = clipboardImportSource(event.clipboardData, t('import.pastedName'));
    if (source?.kind !== 'text' || source.format !== 'html') return;
    // The text area only ever shows plain text; the HTML is kept aside to be imported.
    event.preventDefault();
    const plain = event.clipboardData.getData('text/plain');
    setText(plain);
    setPasted({ html: source, text: plain });
  };

  const submit = async () => {
    if (text.trim() === '') {
      setError(t('import.pasteEmpty'));
      return;
    }
    const source: ImportSource =
      pasted && pasted.text === text
        ? pasted.html
        : { kind: 'text', name: t('import.pastedName'), content: text, format: 'text' };
    setBusy(true);
    setError(null);
    const outcome = await importBatch.importOne(source, false);
    setBusy(false);
    if (outcome.status === 'failed')
      setError(
        t('import.pasteFailed', {
          reason: errorMessage(errorFromBody(outcome.error)),
        }),
      );
    else onClose();
  };

  return (
    <ModalDialog
      title={t('import.pasteTitle')}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('confirm.cancel')}
          </button>
          {/* Outside the form in the dialog's footer, so it names the form it submits. */}
          <button
            type="submit"
            form={formId}
            className="button button-primary"
            disabled={busy}
            aria-busy={busy}
          >
            {busy ? t('import.urlImporting') : t('import.pasteSubmit')}
          </button>
        </>
      }
    >
      <form
        id={formId}
        className="paste-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <label htmlFor="paste-article-text">{t('import.pasteLabel')}</label>
        <p className="muted field-hint">{t('import.pasteHint')}</p>
        <textarea
          id="paste-article-text"
          rows={12}
          lang="fr"
          value={text}
          onPaste={onPaste}
          onChange={(event) => setText(event.target.value)}
        />
        {error && (
          <p className="inline-error" role="alert">
            {error}
          </p>
        )}
      </form>
    </ModalDialog>
  );
}
