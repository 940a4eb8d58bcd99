/// The key sets the translation view knows: its own, or OmegaT's for people used to it.
export const keyPresets = ['passerelle', 'omegat'] as const;

/// One of `keyPresets`.
export type KeyPreset = (typeof keyPresets)[number];

/// Where the chosen key preset is remembered.
export const keyPresetStorageKey = 'passerelle.translationKeys';

/// The parts of a key press the translation view looks at (a `KeyboardEvent` has them all).
export interface KeyPress {
  readonly key: string;
  /// The physical key (`Digit3`), read for digits because Alt changes `key` on a Mac.
  readonly code: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey: boolean;
}

/// What a key press asks of the translation view.
export type TranslationKeyAction =
  | { readonly type: 'confirmAndNext' }
  | { readonly type: 'nextUnconfirmed' }
  | { readonly type: 'next' }
  | { readonly type: 'previous' }
  /// Insert at the caret the English term of the segment's `index`-th mention (from 1).
  | { readonly type: 'insertTerm'; readonly index: number }
  | { readonly type: 'help' };

function digitOf(press: KeyPress): number | null {
  const digit = /^Digit([1-9])$/.exec(press.code)?.[1] ?? /^[1-9]$/.exec(press.key)?.[0];
  return digit === undefined ? null : Number(digit);
}

function passerelleAction(press: KeyPress, command: boolean): TranslationKeyAction | null {
  if (press.key === 'F1' && !command && !press.altKey && !press.shiftKey) return { type: 'help' };
  if (press.key === 'Enter' && command && !press.altKey)
    return press.shiftKey ? { type: 'nextUnconfirmed' } : { type: 'confirmAndNext' };
  if (press.altKey && !command && !press.shiftKey) {
    if (press.key === 'ArrowUp') return { type: 'previous' };
    if (press.key === 'ArrowDown') return { type: 'next' };
  }
  if (command && press.altKey && !press.shiftKey) {
    const index = digitOf(press);
    if (index !== null) return { type: 'insertTerm', index };
  }
  return null;
}

// OmegaT's own keys: Enter confirms and goes on (Shift+Enter still breaks a line), Ctrl+Enter and
// Ctrl+P go back, Ctrl+N goes on without confirming, Ctrl+U goes to the next untranslated segment.
function omegatAction(press: KeyPress, command: boolean): TranslationKeyAction | null {
  if (press.altKey) return null;
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  if (key === 'Enter' && !press.shiftKey) return command ? { type: 'previous' } : { type: 'confirmAndNext' };
  if (!command || press.shiftKey) return null;
  if (key === 'u') return { type: 'nextUnconfirmed' };
  if (key === 'n') return { type: 'next' };
  if (key === 'p') return { type: 'previous' };
  return null;
}

/// What a key press in a segment's English text asks for under a preset, or null when it is the
/// text field's own (typing, the caret, undo). Ctrl and Cmd are the same key. The OmegaT preset
/// keeps Alt+↑/↓, Ctrl+Alt+digit and F1, which OmegaT leaves free.
export function translationKeyAction(press: KeyPress, preset: KeyPreset): TranslationKeyAction | null {
  const command = press.ctrlKey || press.metaKey;
  if (preset === 'omegat') {
    const omegat = omegatAction(press, command);
    if (omegat) return omegat;
    if (press.key === 'Enter') return null;
  }
  return passerelleAction(press, command);
}

/// The keys of each action under a preset, as the help panel lists them (`Ctrl` read as Cmd on a Mac).
export function presetKeys(preset: KeyPreset): Readonly<Record<TranslationKeyAction['type'], string>> {
  return preset === 'omegat'
    ? {
        confirmAndNext: 'Enter',
        nextUnconfirmed: 'Ctrl+U',
        next: 'Ctrl+N, Alt+↓',
        previous: 'Ctrl+P, Ctrl+Enter, Alt+↑',
        insertTerm: 'Ctrl+Alt+1…9',
        help: 'F1',
      }
    : {
        confirmAndNext: 'Ctrl+Enter',
        nextUnconfirmed: 'Ctrl+Shift+Enter',
        next: 'Alt+↓',
        previous: 'Alt+↑',
        insertTerm: 'Ctrl+Alt+1…9',
        help: 'F1',
      };
}

/// Reads the remembered preset; the Passerelle keys when none (or storage is unavailable).
export function storedKeyPreset(storage: Pick<Storage, 'getItem'> | null): KeyPreset {
  try {
    return storage?.getItem(keyPresetStorageKey) === 'omegat' ? 'omegat' : 'passerelle';
  } catch {
    return 'passerelle';
  }
}
