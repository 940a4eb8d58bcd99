import { useTranslation } from 'react-i18next';
import { ModalDialog } from './ModalDialog';

/// Asks before a large or destructive action; the confirm button names the action, in red unless
/// `confirmTone` is `primary`.
export function ConfirmDialog({
  title,
  message,
  confirmLabel,
  confirmTone = 'danger',
  busy,
  error,
  onConfirm,
  onCancel,
}: {
  readonly title: string;
  readonly message: string;
  readonly confirmLabel: string;
  readonly confirmTone?: 'danger' | 'primary';
  readonly busy: boolean;
  readonly error: string | null;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <ModalDialog
      title={title}
      onClose={onCancel}
      actions={
        <>
          <button type="button" className="button" onClick={onCancel}>
            {t('confirm.cancel')}
          </button>
          <button
            type="button"
            className={`button button-${confirmTone}`}
            disabled={busy}
            onClick={onConfirm}
          >
            {confirmLabel}
          </button>
        </>
      }
    >
      <p className="modal-message">{message}</p>
      {error && (
        <p className="inline-error" role="alert">
          {error}
        </p>
      )}
    </ModalDialog>
  );
}
