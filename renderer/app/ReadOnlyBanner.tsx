import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceInfo } from '../../shared/contract';
import { api } from './api';

/// "This workspace is read-only…": shown above the screens when the app opened the workspace for
/// reading only (its file or folder cannot be written), so nobody works in it believing it saves.
export function ReadOnlyBanner() {
  const { t } = useTranslation();
  const [workspace, setWorkspace] = useState<WorkspaceInfo | null>(null);

  useEffect(() => {
    let current = true;
    api['workspace.info']({}).then(
      (info) => {
        if (current) setWorkspace(info);
      },
      // Without the answer the banner cannot say anything true; a failed write still says why.
      () => {},
    );
    return () => {
      current = false;
    };
  }, []);

  if (workspace?.readOnly !== true) return null;
  return (
    <div className="read-only-banner" role="status">
      <p>{t('workspace.readOnlyBanner')}</p>
      <p className="small">{t('workspace.readOnlyFile', { path: workspace.path })}</p>
    </div>
  );
}
