import { EditorState } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { articleText } from '../../shared/articleText';
import { articleSchema } from '../../shared/schema';
import {
  applySuggestionAction,
  suggestionAttributes,
  suggestionKey,
  suggestionKeyCommand,
  suggestionKeysAt,
  suggestionPlugin,
  suggestionPluginKey,
  suggestionTransaction,
  type EditorSuggestion,
  type SuggestionAction,
} from './suggestionPlugin';

const doc = articleSchema.node('doc', null, [
  articleSchema.node('paragraph', null, [articleSchema.text('Pékin a donné son feu vert à DeepSeek.')]),
  articleSchema.node('paragraph', null, [articleSchema.text('Jusque-là, Pékin avait découragé NVIDIA.')]),
]);
const text = articleText(doc);

function suggestionOf(entryId: number, phrase: string, from = 0): EditorSuggestion {
  const start = text.indexOf(phrase, from);
  const span = { entryId, start, end: start + phrase.length };
  return { ...span, key: suggestionKey(span), label: 'place' };
}

const firstPekin = suggestionOf(1, 'Pékin');
const secondPekin = suggestionOf(1, 'Pékin', firstPekin.end);
const nvidia = suggestionOf(2, 'NVIDIA');
const callbacks = {
  onSelectSuggestion: () => {},
  onAcceptSuggestion: () => {},
  onRejectSuggestion: () => {},
};
const keyPress = (key: string, extra: object = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...extra,
});

function stateWith(suggestions: readonly EditorSuggestion[]): EditorState {
  return EditorState.create({ doc, plugins: [suggestionPlugin(suggestions, callbacks)] });
}

function act(state: EditorState, action: SuggestionAction): EditorState {
  return state.apply(suggestionTransaction(state, action));
}

function drawnTexts(state: EditorState): string[] {
  return suggestionPluginKey
    .getState(state)!
    .decorations.find()
    .map((decoration) => state.doc.textBetween(decoration.from, decoration.to));
}

describe('suggestion plugin', () => {
  it('draws suggestions dashed in their label colour, in their own span', () => {
    expect(suggestionAttributes(firstPekin, false)).toEqual({
      nodeName: 'span',
      class: 'suggestion',
      'data-label': 'place',
      'data-suggestion-key': firstPekin.key,
    });
    expect(drawnTexts(stateWith([firstPekin, nvidia]))).toEqual(['Pékin', 'NVIDIA']);
  });

  it('removes an accepted or rejected suggestion and forgets its selection', () => {
    const selected = act(stateWith([firstPekin, nvidia]), { type: 'select', key: nvidia.key });
    const removed = act(selected, { type: 'remove', keys: [nvidia.key] });
    expect(drawnTexts(removed)).toEqual(['Pékin']);
    expect(suggestionPluginKey.getState(removed)!.selectedKey).toBeNull();
  });

  it('adds only suggestions it does not show yet', () => {
    const state = stateWith([firstPekin]);
    const plugin = suggestionPluginKey.getState(state)!;
    expect(applySuggestionAction(plugin, { type: 'add', suggestions: [firstPekin] }, doc)).toBe(plugin);
  });

  it('finds the suggestion under a position', () => {
    const state = stateWith([firstPekin, nvidia]);
    const [decoration] = suggestionPluginKey.getState(state)!.decorations.find();
    expect(suggestionKeysAt(suggestionPluginKey.getState(state)!, decoration!.from + 1)).toEqual([
      firstPekin.key,
    ]);
  });

  it('steps through suggestions with Alt+↓ and Alt+↑ in reading order', () => {
    const state = stateWith([nvidia, secondPekin, firstPekin]);
    expect(suggestionKeyCommand(state, keyPress('ArrowDown', { altKey: true }))).toEqual({
      type: 'step',
      suggestion: firstPekin,
    });
    const onSecond = act(state, { type: 'select', key: secondPekin.key });
    expect(suggestionKeyCommand(onSecond, keyPress('ArrowDown', { altKey: true }))).toEqual({
      type: 'step',
      suggestion: nvidia,
    });
    expect(suggestionKeyCommand(onSecond, keyPress('ArrowUp', { altKey: true }))).toEqual({
      type: 'step',
      suggestion: firstPekin,
    });
  });

  it('accepts the selected suggestion with Enter and rejects it with Shift+Delete or X', () => {
    const state = act(stateWith([firstPekin]), { type: 'select', key: firstPekin.key });
    expect(suggestionKeyCommand(state, keyPress('Enter'))).toEqual({ type: 'accept', key: firstPekin.key });
    expect(suggestionKeyCommand(state, keyPress('Delete', { shiftKey: true }))).toEqual({
      type: 'reject',
      key: firstPekin.key,
    });
    expect(suggestionKeyCommand(state, keyPress('x'))).toEqual({ type: 'reject', key: firstPekin.key });
    expect(suggestionKeyCommand(state, keyPress('Delete'))).toBeNull();
  });

  it('leaves Enter and X alone when no suggestion is selected', () => {
    const state = stateWith([firstPekin]);
    expect(suggestionKeyCommand(state, keyPress('Enter'))).toBeNull();
    expect(suggestionKeyCommand(state, keyPress('x'))).toBeNull();
  });
});
