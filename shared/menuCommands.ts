import type { UiLanguage } from './languages';

/// What the desktop app's menu can tell the renderer: the article list changed (an import ran
/// from File → Import…), the user picked a UI language under View → Language, or Edit → Undo
/// or Redo (by click or shortcut), which the renderer applies to the text field being typed in
/// or else to the workspace's history; File → Restore from Backup… shows the workspace's backups;
/// File → Import Glossary or Dataset… opens the Import dialog and File → Export… the Export dialog.
export const menuCommands = [
  'articles-changed',
  'set-language:en',
  'set-language:fr',
  'undo',
  'redo',
  'show-backups',
  'show-import',
  'show-export',
] as const;

/// One of `menuCommands`.
export type MenuCommand = (typeof menuCommands)[number];

/// Whether a value received over IPC is a `MenuCommand`.
export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (menuCommands as readonly string[]).includes(value);
}

/// The IPC channel the main process sends menu commands on.
export const menuCommandChannel = 'passerelle-menu:command';

/// The IPC channel the renderer tells the main process its UI language on, so the native menu
/// speaks the language the user chose (remembered by the renderer) rather than the OS's.
export const menuLanguageChannel = 'passerelle-menu:language';

/// What the preload exposes as `window.passerelleMenu` in the desktop app only (web mode has no
/// native menu). `onMenuCommand` returns a function that stops listening; `setMenuLanguage`
/// asks for the menu in the UI's language.
export interface MenuBridge {
  readonly onMenuCommand: (callback: (command: MenuCommand) => void) => () => void;
  readonly setMenuLanguage: (language: UiLanguage) => void;
}

/// The global name the preload exposes the menu bridge under.
export const menuBridgeGlobalName = 'passerelleMenu';
