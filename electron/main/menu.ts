import type { MenuItemConstructorOptions } from 'electron';
import type { TFunction } from 'i18next';
import type { UiLanguage } from './mainI18n';

/// What the menu's own (non-role) items do.
export interface MenuActions {
  readonly importArticles: () => void;
  readonly importFolder: () => void;
  readonly exportGlossary: () => void;
  readonly setLanguage: (language: UiLanguage) => void;
}

/// Everything the menu depends on, so the template is a pure function of it.
export interface MenuOptions {
  readonly t: TFunction;
  readonly language: UiLanguage;
  readonly isPackaged: boolean;
  readonly platform: NodeJS.Platform;
  readonly actions: MenuActions;
}

/// The application menu: File (import, export glossary, quit), Edit (the standard editing
/// roles), View (language, plus reload and developer tools in development). Every label is
/// translated.
export function menuTemplate({
  t,
  language,
  isPackaged,
  platform,
  actions,
}: MenuOptions): MenuItemConstructorOptions[] {
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
          id: 'export-glossary',
          label: t('menu.exportGlossary'),
          accelerator: 'CmdOrCtrl+Shift+E',
          click: () => actions.exportGlossary(),
        },
        { type: 'separator' },
        { role: 'quit', label: t('menu.quit') },
      ],
    },
    {
      id: 'edit',
      label: t('menu.edit'),
      submenu: [
        { role: 'undo', label: t('menu.undo') },
        { role: 'redo', label: t('menu.redo') },
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
