import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { UiLanguage } from '../../shared/languages';
import { createMainI18n } from './mainI18n';
import { menuTemplate, type MenuActions } from './menu';

function template(
  language: UiLanguage,
  isPackaged = true,
  platform: NodeJS.Platform = 'linux',
  recentWorkspaces: readonly string[] = [],
) {
  const actions: MenuActions = {
    importArticles: vi.fn(),
    importFolder: vi.fn(),
    importExchange: vi.fn(),
    showExport: vi.fn(),
    exportGlossaryPdf: vi.fn(),
    undo: vi.fn(),
    redo: vi.fn(),
    setLanguage: vi.fn(),
    newWorkspace: vi.fn(),
    openWorkspace: vi.fn(),
    openRecentWorkspace: vi.fn(),
    backUpWorkspace: vi.fn(),
    restoreBackup: vi.fn(),
  };
  return {
    actions,
    menu: menuTemplate({
      t: createMainI18n(language).t,
      language,
      isPackaged,
      platform,
      actions,
      recentWorkspaces,
    }),
  };
}

function item(menu: readonly MenuItemConstructorOptions[], id: string): MenuItemConstructorOptions {
  const found = menu.find((entry) => entry.id === id);
  if (!found) throw new Error(`no menu item ${id}`);
  return found;
}

function submenu(entry: MenuItemConstructorOptions): MenuItemConstructorOptions[] {
  if (!Array.isArray(entry.submenu)) throw new Error(`${entry.id ?? entry.label} has no submenu`);
  return entry.submenu;
}

function click(entry: MenuItemConstructorOptions): void {
  // Menu actions ignore their arguments; the template's clicks are plain closures.
  (entry.click as () => void)();
}

describe('menuTemplate', () => {
  it('has File, Edit and View menus labelled in English', () => {
    const { menu } = template('en');
    expect(menu.map((entry) => entry.label)).toEqual(['File', 'Edit', 'View']);
    expect(submenu(item(menu, 'file')).map((entry) => entry.label ?? entry.type)).toEqual([
      'New Workspace…',
      'Open Workspace…',
      'Open Recent',
      'separator',
      'Import Articles…',
      'Import Folder…',
      'Import Glossary or Dataset…',
      'Export…',
      'Export Glossary as PDF…',
      'separator',
      'Back Up Workspace…',
      'Restore from Backup…',
      'separator',
      'Quit Passerelle',
    ]);
  });

  it('comes out in French when the language is French', () => {
    const { menu } = template('fr');
    expect(menu.map((entry) => entry.label)).toEqual(['Fichier', 'Édition', 'Affichage']);
    expect(item(submenu(item(menu, 'file')), 'import').label).toBe('Importer des articles…');
    expect(item(submenu(item(menu, 'file')), 'import-exchange').label).toBe(
      'Importer un glossaire ou un jeu de données…',
    );
    expect(item(submenu(item(menu, 'view')), 'language').label).toBe('Langue');
    expect(item(submenu(item(menu, 'edit')), 'undo').label).toBe('Annuler');
  });

  it('passes Edit → Undo and Redo on (with their shortcuts), and keeps the standard editing roles', () => {
    const { menu, actions } = template('en');
    const edit = submenu(item(menu, 'edit'));
    expect(item(edit, 'undo').accelerator).toBe('CmdOrCtrl+Z');
    expect(item(edit, 'redo').accelerator).toBe('CmdOrCtrl+Shift+Z');
    click(item(edit, 'undo'));
    click(item(edit, 'redo'));
    expect(actions.undo).toHaveBeenCalledOnce();
    expect(actions.redo).toHaveBeenCalledOnce();
    expect(edit.flatMap((entry) => (entry.role ? [entry.role] : []))).toEqual([
      'cut',
      'copy',
      'paste',
      'selectAll',
    ]);
  });

  it('runs the import and export actions from File', () => {
    const { menu, actions } = template('en');
    const file = submenu(item(menu, 'file'));
    click(item(file, 'import'));
    click(item(file, 'import-folder'));
    click(item(file, 'import-exchange'));
    click(item(file, 'export'));
    click(item(file, 'export-glossary-pdf'));
    expect(actions.importArticles).toHaveBeenCalledOnce();
    expect(actions.importFolder).toHaveBeenCalledOnce();
    expect(actions.importExchange).toHaveBeenCalledOnce();
    expect(actions.showExport).toHaveBeenCalledOnce();
    expect(item(file, 'export').label).toBe('Export…');
    expect(item(file, 'export').accelerator).toBe('CmdOrCtrl+Shift+E');
    expect(actions.exportGlossaryPdf).toHaveBeenCalledOnce();
    expect(item(file, 'export-glossary-pdf').label).toBe('Export Glossary as PDF…');
    expect(file.at(-1)?.role).toBe('quit');
  });

  it('runs the workspace actions from File: new, open, back up and restore', () => {
    const { menu, actions } = template('en');
    const file = submenu(item(menu, 'file'));
    expect(item(file, 'new-workspace').accelerator).toBe('CmdOrCtrl+N');
    click(item(file, 'new-workspace'));
    click(item(file, 'open-workspace'));
    click(item(file, 'back-up'));
    click(item(file, 'restore-backup'));
    expect(actions.newWorkspace).toHaveBeenCalledOnce();
    expect(actions.openWorkspace).toHaveBeenCalledOnce();
    expect(actions.backUpWorkspace).toHaveBeenCalledOnce();
    expect(actions.restoreBackup).toHaveBeenCalledOnce();
  });

  it('lists the recent workspaces by name and path, and opens the one clicked', () => {
    const { menu, actions } = template('fr', true, 'linux', [
      '/enquêtes/Flamanville.sqlite',
      '/enquêtes/Rouen.sqlite',
    ]);
    const recent = item(submenu(item(menu, 'file')), 'open-recent');
    expect(recent.label).toBe('Ouvrir un espace récent');
    expect(submenu(recent).map((entry) => entry.label)).toEqual([
      'Flamanville.sqlite — /enquêtes/Flamanville.sqlite',
      'Rouen.sqlite — /enquêtes/Rouen.sqlite',
    ]);
    click(item(submenu(recent), 'recent-1'));
    expect(actions.openRecentWorkspace).toHaveBeenCalledWith('/enquêtes/Rouen.sqlite');
  });

  it('says there is no recent workspace, disabled, when there is none', () => {
    const recent = item(submenu(item(template('en').menu, 'file')), 'open-recent');
    expect(submenu(recent)).toEqual([{ id: 'recent-none', label: 'No Recent Workspaces', enabled: false }]);
  });

  it('offers English and Français as radio items with the current language checked', () => {
    const { menu, actions } = template('fr');
    const languages = submenu(item(submenu(item(menu, 'view')), 'language'));
    expect(languages.map(({ label, type, checked }) => ({ label, type, checked }))).toEqual([
      { label: 'English', type: 'radio', checked: false },
      { label: 'Français', type: 'radio', checked: true },
    ]);
    click(item(languages, 'language-en'));
    expect(actions.setLanguage).toHaveBeenCalledWith('en');
  });

  it('shows reload and developer tools only when not packaged', () => {
    const roles = (packaged: boolean) =>
      submenu(item(template('en', packaged).menu, 'view')).flatMap((entry) =>
        entry.role ? [entry.role] : [],
      );
    expect(roles(true)).toEqual([]);
    expect(roles(false)).toEqual(['reload', 'forceReload', 'toggleDevTools']);
  });

  it('puts the application menu first on macOS', () => {
    expect(template('en', true, 'darwin').menu[0]?.role).toBe('appMenu');
  });
});
