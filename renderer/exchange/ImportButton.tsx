import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listenToMenuCommands } from '../app/menuCommands';
import { ImportDialog } from './ImportDialog';

/// The header's "Import…" button, which opens the Import dialog for glossaries and datasets (as
/// does the desktop menu's File → Import Glossary or Dataset…).
export function ImportButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  useEffect(
    () =>
      listenToMenuCommands(window, (command) => {
        if (command === 'show-import') setOpen(true);
      }),
    [],
  );
  return (
    <>
      <button
        type="button"
        className="button"
        aria-label={t('importDialog.openLabel')}
        onClick={() => setOpen(true)}
      >
        {t('importDialog.open')}
      </button>
      {open && <ImportDialog onClose={() => setOpen(false)} />}
    </>
  );
}
