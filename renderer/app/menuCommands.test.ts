import { describe, expect, it, vi } from 'vitest';
import { menuBridgeGlobalName } from '../../shared/menuCommands';
import { listenToMenuCommands, tellMenuLanguage } from './menuCommands';

describe('menu bridge in the renderer', () => {
  it('tells the desktop menu the UI language, and does nothing in web mode', () => {
    const setMenuLanguage = vi.fn();
    tellMenuLanguage({ [menuBridgeGlobalName]: { setMenuLanguage } }, 'fr');
    expect(setMenuLanguage).toHaveBeenCalledWith('fr');
    expect(() => tellMenuLanguage({}, 'en')).not.toThrow();
  });

  it('passes on only known menu commands', () => {
    let listener: ((command: unknown) => void) | undefined;
    const heard: string[] = [];
    listenToMenuCommands(
      {
        [menuBridgeGlobalName]: {
          onMenuCommand: (callback: (command: unknown) => void) => (listener = callback),
        },
      },
      (command) => heard.push(command),
    );
    listener?.('articles-changed');
    listener?.('format-disk');
    expect(heard).toEqual(['articles-changed']);
  });
});
