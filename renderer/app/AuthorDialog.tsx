import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toPasserelleError } from '../../shared/errors';
import { ModalDialog } from '../ui/ModalDialog';
import { useErrorMessage } from '../ui/useErrorMessage';

/// The longest name the workspace keeps (the contract's limit).
const maxNameLength = 80;

/// "Your name": asks who is working, explaining why, with the name so far filled in; Save stores
/// it, Not now (or Escape) closes the dialog without a name, never blocking work.
export function AuthorDialog({
  current,
  onSave,
  onClose,
}: {
  readonly current: string | null;
  readonly onSave: (name: string) => Promise<void>;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const fieldId = useId();
  const hintId = useId();
  const [name, setName] = useState(current ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const save = async () => {
    if (name.trim() === '') {
      setError(t('author.empty'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onSave(name.trim());
      onClose();
    } catch (caught) {
      setError(t('author.saveFailed', { reason: errorMessage(toPasserelleError(caught)) }));
      setBusy(false);
    }
  };

  return (
    <ModalDialog
      title={t('author.dialogTitle')}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button button-quiet" onClick={onClose}>
            {current === null ? t('author.skip') : t('author.cancel')}
          </button>
          <button type="submit" form={`${fieldId}-form`} className="button button-primary" disabled={busy}>
            {t('author.save')}
          </button>
        </>
      }
    >
      <form
        id={`${fieldId}-form`}
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <p id={hintId} className="modal-message muted">
          {t('author.explanation')}
        </p>
        <div className="field-row">
          <label htmlFor={fieldId}>{t('author.nameLabel')}</label>
          <input
            id={fieldId}
            type="text"
            value={name}
            maxLength={maxNameLength}
            autoComplete="name"
            aria-describedby={hintId}
            onChange={(event) => setName(event.target.value)}
          />
        </div>
        {error && (
          <p className="inline-error" role="alert">
            {error}
          </p>
        )}
      </form>
    </ModalDialog>
  );
}
