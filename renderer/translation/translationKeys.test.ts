import { describe, expect, it } from 'vitest';
import { presetKeys, storedKeyPreset, translationKeyAction, type KeyPress } from './translationKeys';

const press = (key: string, modifiers: Partial<KeyPress> = {}): KeyPress => ({
  key,
  code: /^[0-9]$/.test(key) ? `Digit${key}` : key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...modifiers,
});

describe('translationKeyAction with the Passerelle keys', () => {
  it('confirms and goes on with Ctrl+Enter or Cmd+Enter', () => {
    expect(translationKeyAction(press('Enter', { ctrlKey: true }), 'passerelle')).toEqual({
      type: 'confirmAndNext',
    });
    expect(translationKeyAction(press('Enter', { metaKey: true }), 'passerelle')).toEqual({
      type: 'confirmAndNext',
    });
  });

  it('goes to the next unconfirmed segment with Ctrl+Shift+Enter', () => {
    expect(translationKeyAction(press('Enter', { ctrlKey: true, shiftKey: true }), 'passerelle')).toEqual({
      type: 'nextUnconfirmed',
    });
  });

  it('moves with Alt+arrows and leaves plain arrows to the caret', () => {
    expect(translationKeyAction(press('ArrowUp', { altKey: true }), 'passerelle')).toEqual({
      type: 'previous',
    });
    expect(translationKeyAction(press('ArrowDown', { altKey: true }), 'passerelle')).toEqual({
      type: 'next',
    });
    expect(translationKeyAction(press('ArrowDown'), 'passerelle')).toBeNull();
    expect(
      translationKeyAction(press('ArrowDown', { altKey: true, shiftKey: true }), 'passerelle'),
    ).toBeNull();
  });

  it('inserts the n-th mention’s term with Ctrl+Alt+digit, read from the physical key', () => {
    expect(translationKeyAction(press('3', { ctrlKey: true, altKey: true }), 'passerelle')).toEqual({
      type: 'insertTerm',
      index: 3,
    });
    // Option+Cmd+2 on a Mac types "™" as the key; the code still says Digit2.
    expect(
      translationKeyAction({ ...press('™', { metaKey: true, altKey: true }), code: 'Digit2' }, 'passerelle'),
    ).toEqual({ type: 'insertTerm', index: 2 });
    expect(translationKeyAction(press('0', { ctrlKey: true, altKey: true }), 'passerelle')).toBeNull();
    expect(translationKeyAction(press('3', { ctrlKey: true }), 'passerelle')).toBeNull();
  });

  it('opens the help with F1 and leaves typing, Enter and undo to the text field', () => {
    expect(translationKeyAction(press('F1'), 'passerelle')).toEqual({ type: 'help' });
    expect(translationKeyAction(press('a'), 'passerelle')).toBeNull();
    expect(translationKeyAction(press('Enter'), 'passerelle')).toBeNull();
    expect(translationKeyAction(press('z', { ctrlKey: true }), 'passerelle')).toBeNull();
    expect(translationKeyAction(press('u', { ctrlKey: true }), 'passerelle')).toBeNull();
  });
});

describe('translationKeyAction with the OmegaT keys', () => {
  it('confirms and goes on with Enter, and keeps Shift+Enter for a line break', () => {
    expect(translationKeyAction(press('Enter'), 'omegat')).toEqual({ type: 'confirmAndNext' });
    expect(translationKeyAction(press('Enter', { shiftKey: true }), 'omegat')).toBeNull();
  });

  it('goes back with Ctrl+Enter and Ctrl+P, on with Ctrl+N, to the next untranslated with Ctrl+U', () => {
    expect(translationKeyAction(press('Enter', { ctrlKey: true }), 'omegat')).toEqual({ type: 'previous' });
    expect(translationKeyAction(press('p', { ctrlKey: true }), 'omegat')).toEqual({ type: 'previous' });
    expect(translationKeyAction(press('N', { metaKey: true }), 'omegat')).toEqual({ type: 'next' });
    expect(translationKeyAction(press('u', { ctrlKey: true }), 'omegat')).toEqual({
      type: 'nextUnconfirmed',
    });
    expect(translationKeyAction(press('u', { ctrlKey: true, shiftKey: true }), 'omegat')).toBeNull();
  });

  it('keeps the keys OmegaT leaves free', () => {
    expect(translationKeyAction(press('ArrowDown', { altKey: true }), 'omegat')).toEqual({ type: 'next' });
    expect(translationKeyAction(press('1', { ctrlKey: true, altKey: true }), 'omegat')).toEqual({
      type: 'insertTerm',
      index: 1,
    });
    expect(translationKeyAction(press('F1'), 'omegat')).toEqual({ type: 'help' });
  });

  it('lists each preset’s keys for the help panel', () => {
    expect(presetKeys('omegat').nextUnconfirmed).toBe('Ctrl+U');
    expect(presetKeys('passerelle').confirmAndNext).toBe('Ctrl+Enter');
  });
});

describe('storedKeyPreset', () => {
  it('reads the remembered preset, the Passerelle keys otherwise', () => {
    expect(storedKeyPreset({ getItem: () => 'omegat' })).toBe('omegat');
    expect(storedKeyPreset({ getItem: () => 'other' })).toBe('passerelle');
    expect(
      storedKeyPreset({
        getItem: () => {
          throw new Error('denied');
        },
      }),
    ).toBe('passerelle');
    expect(storedKeyPreset(null)).toBe('passerelle');
  });
});
