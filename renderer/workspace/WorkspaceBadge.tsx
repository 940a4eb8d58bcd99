import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listenToMenuCommands } from '../app/menuCommands';
import { BackupsDialog } from './BackupsDialog';
import { useWorkspaceName } from './useWorkspaceName';
import './workspace.css';

/// The header's workspace name and its Backups button, which opens the backups dialog (as does
/// the desktop menu's File → Restore from Backup…).
export function WorkspaceBadge() {
  const { t } = useTranslation();
  const name = useWorkspaceName();
  const [showBackups, setShowBackups] = useState(false);
  useEffect(
    () =>
      listenToMenuCommands(window, (command) => {
        if (command === 'show-backups') setShowBackups(true);
      }),
    [],
  );
  return (
    <div className="workspace-badge">
      {name && (
        <span className="workspace-name" title={t('backups.workspaceTitle')}>
          <span className="visually-hidden">{t('backups.workspaceLabel')} </span>
          {name}
        </span>
      )}
      <button type="button" className="button" onClick={() => setShowBackups(true)}>
        {t('backups.open')}
      </button>
      {showBackups && <BackupsDialog onClose={() => setShowBackups(false)} />}
    </div>
  );
}
