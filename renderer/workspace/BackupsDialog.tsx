import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceBackup } from '../../shared/contract';
import { toPasserelleError, type PasserelleError } from '../../shared/errors';
import { api } from '../app/api';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ModalDialog } from '../ui/ModalDialog';
import { useErrorMessage } from '../ui/useErrorMessage';
import { formatBackupDate, formatBackupSize } from './backupFormat';

/// The workspace's backups, newest first, with their date, size and kind: back up now, or restore
/// one after a confirmation (the current content is backed up first, then the page reloads over
/// the restored workspace).
export function BackupsDialog({ onClose }: { readonly onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const [backups, setBackups] = useState<readonly WorkspaceBackup[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<PasserelleError | null>(null);
  const [confirming, setConfirming] = useState<WorkspaceBackup | null>(null);

  // Bumped after a backup is taken, so the list is read again.
  const [listVersion, setListVersion] = useState(0);

  useEffect(() => {
    let current = true;
    api['backups.list']({}).then(
      (listed) => {
        if (current) setBackups(listed.backups);
      },
      (caught: unknown) => {
        if (current) setError(toPasserelleError(caught));
      },
    );
    return () => {
      current = false;
    };
  }, [listVersion]);

  const backUpNow = async () => {
    setBusy(true);
    setError(null);
    try {
      await api['backups.create']({});
      setListVersion((version) => version + 1);
    } catch (caught) {
      setError(toPasserelleError(caught));
    } finally {
      setBusy(false);
    }
  };

  const restore = async (backup: WorkspaceBackup) => {
    setBusy(true);
    setError(null);
    try {
      await api['backups.restore']({ fileName: backup.fileName });
      // Every screen holds data read from the replaced content: start again from the restored one.
      window.location.reload();
    } catch (caught) {
      setError(toPasserelleError(caught));
      setBusy(false);
    }
  };

  if (confirming) {
    return (
      <ConfirmDialog
        title={t('backups.confirmTitle')}
        message={t('backups.confirmMessage', { date: formatBackupDate(confirming.createdAt, i18n.language) })}
        confirmLabel={t('backups.confirmRestore')}
        busy={busy}
        error={error && errorMessage(error)}
        onConfirm={() => void restore(confirming)}
        onCancel={() => {
          setConfirming(null);
          setError(null);
        }}
      />
    );
  }

  return (
    <ModalDialog
      title={t('backups.title')}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" disabled={busy} onClick={() => void backUpNow()}>
            {busy ? t('backups.backingUp') : t('backups.backUpNow')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('backups.close')}
          </button>
        </>
      }
    >
      <p className="modal-message">{t('backups.explanation')}</p>
      {backups === null ? (
        <p>{t('backups.loading')}</p>
      ) : backups.length === 0 ? (
        <p>{t('backups.none')}</p>
      ) : (
        <ul className="backup-list" aria-label={t('backups.listLabel')}>
          {backups.map((backup) => (
            <li key={backup.fileName} className="backup-row">
              <span className="backup-date">{formatBackupDate(backup.createdAt, i18n.language)}</span>
              <span className="backup-kind">{t(`backups.kind.${backup.kind}`)}</span>
              <span className="backup-size">{formatBackupSize(backup.bytes, i18n.language)}</span>
              <button
                type="button"
                className="button"
                disabled={busy}
                aria-label={t('backups.restoreLabel', {
                  date: formatBackupDate(backup.createdAt, i18n.language),
                })}
                onClick={() => setConfirming(backup)}
              >
                {t('backups.restore')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p className="inline-error" role="alert">
          {errorMessage(error)}
        </p>
      )}
    </ModalDialog>
  );
}
