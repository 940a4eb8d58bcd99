/// The parts of a key press the undo and redo shortcuts look at.
export interface ShortcutPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey: boolean;
}

/// What a key press asks of the history: Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z and Ctrl+Y redo.
export function historyShortcut(press: ShortcutPress): 'undo' | 'redo' | null {
  if (press.altKey || !(press.ctrlKey || press.metaKey)) return null;
  const key = press.key.toLowerCase();
  if (key === 'z') return press.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && press.ctrlKey && !press.shiftKey) return 'redo';
  return null;
}

/// Whether a key press lands where the browser's own undo applies: a text field, a text area,
/// or editable content (the article text is read-only, so it is not one of these).
export function isTextEntry(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'color', 'range', 'file'].includes(
      target.type,
    );
  }
  return target.isContentEditable === true && target.closest('[aria-readonly="true"]') === null;
}

/// Where Edit → Undo or Redo of the desktop menu goes: to the text field being typed in (the
/// browser's own undo of its text), or else to the workspace's history.
export function menuHistoryTarget(focused: Element | null): 'text-field' | 'history' {
  return isTextEntry(focused) ? 'text-field' : 'history';
}
