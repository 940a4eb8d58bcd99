import type { EditorView } from 'prosemirror-view';
import { describe, expect, it, vi } from 'vitest';
import { historyKeysPlugin } from './historyKeysPlugin';

const key = (key: string, modifiers: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey', boolean>> = {}) =>
  ({ key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...modifiers }) as KeyboardEvent;

describe('historyKeysPlugin', () => {
  it('hands Ctrl+Z, Cmd+Shift+Z and Ctrl+Y in the text to the history, before ProseMirror cancels them', () => {
    const onHistoryKey = vi.fn();
    const handleKeyDown = historyKeysPlugin(onHistoryKey).props.handleKeyDown!;
    const view = {} as EditorView;
    expect(handleKeyDown.call(undefined as never, view, key('z', { ctrlKey: true }))).toBe(true);
    expect(handleKeyDown.call(undefined as never, view, key('z', { metaKey: true, shiftKey: true }))).toBe(
      true,
    );
    expect(handleKeyDown.call(undefined as never, view, key('y', { ctrlKey: true }))).toBe(true);
    expect(onHistoryKey.mock.calls).toEqual([['undo'], ['redo'], ['redo']]);
  });

  it('leaves every other key to the other plugins', () => {
    const onHistoryKey = vi.fn();
    const handleKeyDown = historyKeysPlugin(onHistoryKey).props.handleKeyDown!;
    expect(handleKeyDown.call(undefined as never, {} as EditorView, key('z'))).toBe(false);
    expect(handleKeyDown.call(undefined as never, {} as EditorView, key('2'))).toBe(false);
    expect(onHistoryKey).not.toHaveBeenCalled();
  });
});
