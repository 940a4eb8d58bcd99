import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listenToMenuCommands } from '../app/menuCommands';
import { useRoute } from '../app/useRoute';
import { ExportDialog } from './ExportDialog';

/// The header's Export… button, which opens the Export dialog (as does the desktop menu's
/// File → Export…); from an article, the dialog offers that article alone.
export function ExportButton() {
  const { t } = useTranslation();
  const route = useRoute();
  const [open, setOpen] = useState(false);
  useEffect(
    () =>
      listenToMenuCommands(window, (command) => {
        if (command === 'show-export') setOpen(true);
      }),
    [],
  );
  return (
    <>
      <button
        type="button"
        className="button"
        aria-label={t('exportDialog.openLabel')}
        onClick={() => setOpen(true)}
      >
        {t('exportDialog.open')}
      </button>
      {open && (
        <ExportDialog
          onClose={() => setOpen(false)}
          {...(route.screen === 'article' ? { articleId: route.articleId } : {})}
        />
      )}
    </>
  );
}
