import { isMenuCommand, menuBridgeGlobalName, type MenuCommand } from '../../shared/menuCommands';

/// Tells the desktop app's native menu which language the UI is in (nothing in web mode).
export function tellMenuLanguage(scope: object, language: 'en' | 'fr'): void {
  const bridge: unknown = Reflect.get(scope, menuBridgeGlobalName);
  if (typeof bridge !== 'object' || bridge === null) return;
  const setMenuLanguage: unknown = Reflect.get(bridge, 'setMenuLanguage');
  if (typeof setMenuLanguage === 'function') setMenuLanguage(language);
}

/// Listens to the desktop menu's commands when the preload exposes them (never in web mode);
/// returns a function that stops listening.
export function listenToMenuCommands(scope: object, onCommand: (command: MenuCommand) => void): () => void {
  const bridge: unknown = Reflect.get(scope, menuBridgeGlobalName);
  if (typeof bridge !== 'object' || bridge === null) return () => {};
  const subscribe: unknown = Reflect.get(bridge, 'onMenuCommand');
  if (typeof subscribe !== 'function') return () => {};
  const stop: unknown = subscribe((command: unknown) => {
    if (isMenuCommand(command)) onCommand(command);
  });
  return typeof stop === 'function' ? () => void stop() : () => {};
}
