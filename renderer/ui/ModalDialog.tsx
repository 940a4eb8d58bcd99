import { useEffect, useId, useRef, type ReactNode } from 'react';

/// A modal dialog (the native `<dialog>`, so focus is trapped and Escape closes it) with a
/// heading that names it and, when given, a footer row of action buttons after its content.
export function ModalDialog({
  title,
  onClose,
  actions,
  children,
}: {
  readonly title: string;
  readonly onClose: () => void;
  readonly actions?: ReactNode;
  readonly children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="modal"
      aria-labelledby={titleId}
      onCancel={(event) => {
        // React owns whether the dialog is shown: Escape asks the owner to close it.
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId} className="modal-title">
        {title}
      </h2>
      {children}
      {actions && <div className="modal-actions">{actions}</div>}
    </dialog>
  );
}
