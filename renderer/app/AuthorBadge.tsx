import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AuthorDialog } from './AuthorDialog';
import { rememberAuthorSkipped, shouldAskForAuthor } from './authorAsked';
import { useWorkspaceAuthor } from './workspaceAuthorContext';

/// The header's "You: Claire" button, which changes the name recorded with what is marked, and
/// the "Your name" dialog, opened by itself once per session while a writable workspace has none.
export function AuthorBadge() {
  const { t } = useTranslation();
  const workspace = useWorkspaceAuthor();
  const [opened, setOpened] = useState(false);
  const [closed, setClosed] = useState(false);
  const open = opened || (!closed && shouldAskForAuthor(workspace, window.sessionStorage));

  if (!workspace.known || workspace.readOnly) return null;
  const close = () => {
    if (workspace.author === null) rememberAuthorSkipped(window.sessionStorage);
    setOpened(false);
    setClosed(true);
  };
  return (
    <>
      <button
        type="button"
        className="button button-quiet author-badge"
        title={t('author.badgeTitle')}
        onClick={() => setOpened(true)}
      >
        {workspace.author === null ? t('author.setName') : t('author.badge', { name: workspace.author })}
      </button>
      {open && <AuthorDialog current={workspace.author} onSave={workspace.setAuthor} onClose={close} />}
    </>
  );
}
