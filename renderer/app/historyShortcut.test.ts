// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { historyShortcut, isTextEntry, menuHistoryTarget } from './historyShortcut';

const press = (
  key: string,
  modifiers: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>>,
) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...modifiers,
});

describe('historyShortcut', () => {
  it('undoes on Ctrl+Z and Cmd+Z', () => {
    expect(historyShortcut(press('z', { ctrlKey: true }))).toBe('undo');
    expect(historyShortcut(press('z', { metaKey: true }))).toBe('undo');
  });

  it('redoes on Ctrl+Shift+Z, Cmd+Shift+Z and Ctrl+Y', () => {
    expect(historyShortcut(press('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(historyShortcut(press('z', { metaKey: true, shiftKey: true }))).toBe('redo');
    expect(historyShortcut(press('y', { ctrlKey: true }))).toBe('redo');
  });

  it('ignores the keys without a command modifier, or with Alt', () => {
    expect(historyShortcut(press('z', {}))).toBeNull();
    expect(historyShortcut(press('z', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(historyShortcut(press('y', { metaKey: true }))).toBeNull();
  });
});

describe('isTextEntry', () => {
  it('is true in text fields and text areas, false on buttons, checkboxes and read-only text', () => {
    const field = document.createElement('input');
    const box = Object.assign(document.createElement('input'), { type: 'checkbox' });
    const area = document.createElement('textarea');
    const button = document.createElement('button');
    expect(isTextEntry(field)).toBe(true);
    expect(isTextEntry(area)).toBe(true);
    expect(isTextEntry(box)).toBe(false);
    expect(isTextEntry(button)).toBe(false);
    expect(isTextEntry(null)).toBe(false);
  });
});

describe('menuHistoryTarget', () => {
  it('sends the menu’s Undo to the text field being typed in, else to the workspace history', () => {
    const field = document.createElement('input');
    const article = Object.assign(document.createElement('div'), { contentEditable: 'true' });
    article.setAttribute('aria-readonly', 'true');
    expect(menuHistoryTarget(field)).toBe('text-field');
    expect(menuHistoryTarget(document.createElement('button'))).toBe('history');
    expect(menuHistoryTarget(article)).toBe('history');
    expect(menuHistoryTarget(null)).toBe('history');
  });
});
