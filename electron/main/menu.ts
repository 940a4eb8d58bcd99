import type { MenuItemConstructorOptions } from 'electron';
import type { TFunction } from 'i18next';
import { basename } from 'node:path';
import type { UiLanguage } from '../../shared/languages';

/// What the menu's own (non-role) items do.
export interface MenuActions {
  readonly importArticles: () => void;
  readonly importFolder: () => void;
  /// File → Import Glossary or Dataset…: the renderer's Import dialog.
  readonly importExchange: () => void;
  /// File → Export…: the renderer's Export dialog.
  readonly showExport: () => void;
  readonly exportGlossaryPdf: () => void;
  /// Edit → Undo and Redo: passed to the renderer, which knows whether a text field has focus.
  readonly undo: () => void;
  readonly redo: () => void;
  readonly setLanguage: (language: UiLanguage) => void;
  /// File → New Workspace…, Open Workspace… and Open Recent: switch the app to another workspace.
  readonly newWorkspace: () => void;
  readonly openWorkspace: () => void;
  readonly openRecentWorkspace: (file: string) => void;
  /// File → Back Up Workspace… (a copy where the user says) and Restore from Backup… (the
  /// renderer's list of the workspace's backups).
  readonly backUpWorkspace: () => void;
  readonly restoreBackup: () => void;
}

/// Everything the menu depends on, so the template is a pure function of it.
export interface MenuOptions {
  readonly t: TFunction;
  readonly language: UiLanguage;
  readonly isPackaged: boolean;
  readonly platform: NodeJS.Platform;
  readonly actions: MenuActions;
  /// The recently opened workspaces, most recent first (File → Open Recent).
  readonly recentWorkspaces?: readonly string[];
}

/// The application menu: File (new, open and recent workspaces, import articles, folders, glossaries
/// and datasets, export, back up
/// and restore, quit), Edit (undo and redo of the
/// workspace's history or of the text field being typed in, then the standard editing roles),
/// View (language, plus reload and developer tools in development). Every label is translated.
export function menuTemplate({
  t,
  language,
  isPackaged,
  platform,
  actions,
  recentWorkspaces = [],
}: MenuOptions): MenuItemConstructorOptions[] {
  const recentItems: MenuItemConstructorOptions[] =
    recentWorkspaces.length === 0
      ? [{ id: 'recent-none', label: t('workspace.noRecent'), enabled: false }]
      : recentWorkspaces.map((file, index) => ({
          id: `recent-${index}`,
          label: `${basename(file)} — ${file}`,
          click: () => actions.openRecentWorkspace(file),
        }));
  const languageItem = (value: UiLanguage, label: string): MenuItemConstructorOptions => ({
    id: `language-${value}`,
    label,
    type: 'radio',
    checked: language === value,
    click: () => actions.setLanguage(value),
  });
  const developmentItems: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [
        { type: 'separator' },
        { role: 'reload', label: t('menu.reload') },
        { role: 'forceReload', label: t('menu.forceReload') },
        { role: 'toggleDevTools', label: t('menu.toggleDevTools') },
      ];
  return [
    // macOS puts the application's own menu first; its items keep the OS's wording.
    ...(platform === 'darwin' ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    {
      id: 'file',
      label: t('menu.file'),
      submenu: [
        {
          id: 'new-workspace',
          label: t('workspace.newWorkspace'),
          accelerator: 'CmdOrCtrl+N',
          click: () => actions.newWorkspace(),
        },
        { id: 'open-workspace', label: t('workspace.openWorkspace'), click: () => actions.openWorkspace() },
        { id: 'open-recent', label: t('workspace.openRecent'), submenu: recentItems },
        { type: 'separator' },
        {
          id: 'import',
          label: t('menu.import'),
          accelerator: 'CmdOrCtrl+O',
          click: () => actions.importArticles(),
        },
        {
          id: 'import-folder',
          label: t('menu.importFolder'),
          accelerator: 'CmdOrCtrl+Shift+O',
          click: () => actions.importFolder(),
        },
        {
          id: 'import-exchange',
          label: t('menu.importExchange'),
          click: () => actions.importExchange(),
        },
        {
          id: 'export',
          label: t('menu.export'),
          accelerator: 'CmdOrCtrl+Shift+E',
          click: () => actions.showExport(),
        },
        {
          id: 'export-glossary-pdf',
          label: t('menu.exportGlossaryPdf'),
          click: () => actions.exportGlossaryPdf(),
        },
        { type: 'separator' },
        { id: 'back-up', label: t('workspace.backUp'), click: () => actions.backUpWorkspace() },
        { id: 'restore-backup', label: t('workspace.restoreBackup'), click: () => actions.restoreBackup() },
        { type: 'separator' },
        { role: 'quit', label: t('menu.quit') },
      ],
    },
    {
      id: 'edit',
      label: t('menu.edit'),
      submenu: [
        // Not the `undo`/`redo` roles, which only reach the focused text field: the renderer
        // handles Ctrl/Cmd+Z itself outside text fields (and the menu then never sees the key),
        // and routes these items to the right place.
        { id: 'undo', label: t('menu.undo'), accelerator: 'CmdOrCtrl+Z', click: () => actions.undo() },
        {
          id: 'redo',
          label: t('menu.redo'),
          accelerator: 'CmdOrCtrl+Shift+Z',
          click: () => actions.redo(),
        },
        { type: 'separator' },
        { role: 'cut', label: t('menu.cut') },
        { role: 'copy', label: t('menu.copy') },
        { role: 'paste', label: t('menu.paste') },
        { role: 'selectAll', label: t('menu.selectAll') },
      ],
    },
    {
      id: 'view',
      label: t('menu.view'),
      submenu: [
        {
          id: 'language',
          label: t('menu.language'),
          submenu: [
            languageItem('en', t('menu.languageEnglish')),
            languageItem('fr', t('menu.languageFrench')),
          ],
        },
        ...developmentItems,
      ],
    },
  ];
}
