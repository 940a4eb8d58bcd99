import type { Node } from 'prosemirror-model';
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view';
import { offsetToPos, posToOffset, textBlockSpans, type TextBlockSpan } from '../../shared/articleText';
import { adjacentSpan } from './adjacentSpan';
import { mapDecorationState } from './mapDecorationState';
import { placeCaret } from './placeCaret';
import type { KeyPress } from './annotationPlugin';

/// What the editor needs of a suggestion to draw it: a glossary entry's occurrence not yet annotated.
export interface EditorSuggestion {
  /// Identifies the suggestion among the article's (see `suggestionKey`).
  readonly key: string;
  readonly entryId: number;
  readonly label: string;
  readonly start: number;
  readonly end: number;
}

/// The stable key of a suggestion: the entry it names and where.
export function suggestionKey(suggestion: {
  readonly entryId: number;
  readonly start: number;
  readonly end: number;
}): string {
  return `${suggestion.entryId}:${suggestion.start}:${suggestion.end}`;
}

/// The plugin's state: the suggestions shown, the selected one and their decorations.
export interface SuggestionPluginState {
  readonly spans: readonly TextBlockSpan[];
  readonly suggestions: ReadonlyMap<string, EditorSuggestion>;
  readonly selectedKey: string | null;
  readonly decorations: DecorationSet;
}

/// A change to the plugin state, carried as transaction meta under `suggestionPluginKey`.
export type SuggestionAction =
  | { readonly type: 'add'; readonly suggestions: readonly EditorSuggestion[] }
  | { readonly type: 'remove'; readonly keys: readonly string[] }
  | { readonly type: 'select'; readonly key: string | null }
  /// Several actions in one transaction, so the view redraws once.
  | { readonly type: 'batch'; readonly actions: readonly SuggestionAction[] };

/// What a key press asks of the suggestions.
export type SuggestionKeyCommand =
  | { readonly type: 'step'; readonly suggestion: EditorSuggestion }
  | { readonly type: 'accept'; readonly key: string }
  | { readonly type: 'reject'; readonly key: string }
  | { readonly type: 'deselect' };

/// The plugin's key, to read its state and send it actions.
export const suggestionPluginKey = new PluginKey<SuggestionPluginState>('suggestions');

/// What each suggestion decoration carries, to find it again.
export interface SuggestionDecorationSpec {
  readonly suggestionKey: string;
  readonly selected: boolean;
}

/// Whether a decoration spec is one of this plugin's.
export function isSuggestionSpec(spec: unknown): spec is SuggestionDecorationSpec {
  return (
    typeof spec === 'object' &&
    spec !== null &&
    typeof (spec as Partial<SuggestionDecorationSpec>).suggestionKey === 'string'
  );
}

/// The attributes of a suggestion's decoration: a dashed style in the colour of its
/// `data-label`, selected when `aria-current`, in its own `span` so it never merges with an
/// annotation's.
export function suggestionAttributes(
  suggestion: EditorSuggestion,
  selected: boolean,
): Record<string, string> {
  const attrs: Record<string, string> = {
    nodeName: 'span',
    class: 'suggestion',
    'data-label': suggestion.label,
    'data-suggestion-key': suggestion.key,
  };
  if (selected) attrs['aria-current'] = 'true';
  return attrs;
}

function suggestionDecoration(
  spans: readonly TextBlockSpan[],
  suggestion: EditorSuggestion,
  selected: boolean,
): Decoration {
  const spec: SuggestionDecorationSpec = { suggestionKey: suggestion.key, selected };
  return Decoration.inline(
    offsetToPos(spans, suggestion.start),
    offsetToPos(spans, suggestion.end),
    suggestionAttributes(suggestion, selected),
    spec,
  );
}

/// Builds the initial state, drawing every suggestion once.
export function initSuggestionState(
  doc: Node,
  suggestions: readonly EditorSuggestion[],
): SuggestionPluginState {
  const spans = textBlockSpans(doc);
  const byKey = new Map(suggestions.map((suggestion) => [suggestion.key, suggestion]));
  const decorations = DecorationSet.create(
    doc,
    [...byKey.values()].map((suggestion) => suggestionDecoration(spans, suggestion, false)),
  );
  return { spans, suggestions: byKey, selectedKey: null, decorations };
}

function decorationsOf(state: SuggestionPluginState, keys: Iterable<string>): Decoration[] {
  return [...new Set(keys)].flatMap((key) => {
    const suggestion = state.suggestions.get(key);
    if (!suggestion) return [];
    return state.decorations.find(
      offsetToPos(state.spans, suggestion.start),
      offsetToPos(state.spans, suggestion.end),
      (spec: unknown) => isSuggestionSpec(spec) && spec.suggestionKey === key,
    );
  });
}

/// Applies one action, touching only the decorations it concerns.
export function applySuggestionAction(
  state: SuggestionPluginState,
  action: SuggestionAction,
  doc: Node,
): SuggestionPluginState {
  switch (action.type) {
    case 'add': {
      const fresh = action.suggestions.filter((suggestion) => !state.suggestions.has(suggestion.key));
      if (fresh.length === 0) return state;
      const suggestions = new Map(state.suggestions);
      for (const suggestion of fresh) suggestions.set(suggestion.key, suggestion);
      const decorations = state.decorations.add(
        doc,
        fresh.map((suggestion) =>
          suggestionDecoration(state.spans, suggestion, suggestion.key === state.selectedKey),
        ),
      );
      return { ...state, suggestions, decorations };
    }
    case 'remove': {
      const present = action.keys.filter((key) => state.suggestions.has(key));
      if (present.length === 0) return state;
      const decorations = state.decorations.remove(decorationsOf(state, present));
      const suggestions = new Map(state.suggestions);
      for (const key of present) suggestions.delete(key);
      const selectedKey =
        state.selectedKey !== null && suggestions.has(state.selectedKey) ? state.selectedKey : null;
      return { ...state, suggestions, decorations, selectedKey };
    }
    case 'batch':
      return action.actions.reduce((current, each) => applySuggestionAction(current, each, doc), state);
    case 'select': {
      const key = action.key !== null && state.suggestions.has(action.key) ? action.key : null;
      if (key === state.selectedKey) return state;
      const changed = [state.selectedKey, key].filter((value): value is string => value !== null);
      const redrawn = changed.flatMap((changedKey) => {
        const suggestion = state.suggestions.get(changedKey);
        return suggestion ? [suggestionDecoration(state.spans, suggestion, changedKey === key)] : [];
      });
      const decorations = state.decorations.remove(decorationsOf(state, changed)).add(doc, redrawn);
      return { ...state, selectedKey: key, decorations };
    }
  }
}

/// The suggestions covering a document position, shortest first.
export function suggestionKeysAt(state: SuggestionPluginState, pos: number): string[] {
  return state.decorations
    .find(pos, pos, isSuggestionSpec)
    .filter((decoration) => decoration.from <= pos && pos <= decoration.to)
    .sort((a, b) => a.to - a.from - (b.to - b.from))
    .flatMap((decoration) => (isSuggestionSpec(decoration.spec) ? [decoration.spec.suggestionKey] : []));
}

/// Decides what a key press means for suggestions: Alt+↓ and Alt+↑ step to the next and
/// previous suggestion; on a selected one, Enter accepts it, Shift+Delete or X rejects it and
/// Escape deselects it.
export function suggestionKeyCommand(state: EditorState, key: KeyPress): SuggestionKeyCommand | null {
  const pluginState = suggestionPluginKey.getState(state);
  if (!pluginState || key.ctrlKey || key.metaKey) return null;
  if (key.altKey) {
    if (key.shiftKey || (key.key !== 'ArrowDown' && key.key !== 'ArrowUp')) return null;
    const direction = key.key === 'ArrowDown' ? 1 : -1;
    const current =
      pluginState.selectedKey === null
        ? null
        : (pluginState.suggestions.get(pluginState.selectedKey) ?? null);
    const caret = posToOffset(pluginState.spans, direction === 1 ? state.selection.to : state.selection.from);
    const suggestion = adjacentSpan(pluginState.suggestions.values(), current, caret, direction, (a, b) =>
      a.key < b.key ? -1 : a.key > b.key ? 1 : 0,
    );
    return suggestion ? { type: 'step', suggestion } : null;
  }
  const selectedKey = pluginState.selectedKey;
  if (selectedKey === null) return null;
  if (key.key === 'Enter' && !key.shiftKey) return { type: 'accept', key: selectedKey };
  if ((key.key === 'Delete' && key.shiftKey) || key.key === 'x' || key.key === 'X') {
    return { type: 'reject', key: selectedKey };
  }
  if (key.key === 'Escape') return { type: 'deselect' };
  return null;
}

/// Builds a transaction that sends `action` to the plugin.
export function suggestionTransaction(state: EditorState, action: SuggestionAction): Transaction {
  return state.tr.setMeta(suggestionPluginKey, action);
}

/// What the plugin reports to its host.
export interface SuggestionPluginCallbacks {
  /// The user selected a suggestion (or clicked elsewhere: null).
  readonly onSelectSuggestion: (key: string | null) => void;
  readonly onAcceptSuggestion: (key: string) => void;
  readonly onRejectSuggestion: (key: string) => void;
}

/// Creates the suggestion plugin: glossary matches not yet annotated, drawn dashed, selectable by
/// click or Alt+↓/↑, accepted with Enter and rejected with Shift+Delete or X.
export function suggestionPlugin(
  initial: readonly EditorSuggestion[],
  callbacks: SuggestionPluginCallbacks,
): Plugin<SuggestionPluginState> {
  const selectAtClick = (view: EditorView, pos: number): boolean => {
    const pluginState = suggestionPluginKey.getState(view.state);
    if (pluginState) callbacks.onSelectSuggestion(suggestionKeysAt(pluginState, pos)[0] ?? null);
    return false;
  };
  return new Plugin<SuggestionPluginState>({
    key: suggestionPluginKey,
    state: {
      init: (_config, state) => initSuggestionState(state.doc, initial),
      apply: (tr, value) => {
        const action = tr.getMeta(suggestionPluginKey) as SuggestionAction | undefined;
        const mapped = mapDecorationState(value, tr);
        return action ? applySuggestionAction(mapped, action, tr.doc) : mapped;
      },
    },
    props: {
      decorations: (state) => suggestionPluginKey.getState(state)?.decorations,
      handleClick: selectAtClick,
      // A click soon after another nearby one counts as a double or triple click: it selects too.
      handleDoubleClick: selectAtClick,
      handleTripleClick: selectAtClick,
      handleKeyDown: (view, event) => {
        const command = suggestionKeyCommand(view.state, event);
        if (!command) return false;
        if (command.type === 'accept') callbacks.onAcceptSuggestion(command.key);
        else if (command.type === 'reject') callbacks.onRejectSuggestion(command.key);
        else if (command.type === 'deselect') callbacks.onSelectSuggestion(null);
        else {
          placeCaret(view, suggestionPluginKey.getState(view.state)!.spans, command.suggestion.start);
          callbacks.onSelectSuggestion(command.suggestion.key);
        }
        return true;
      },
    },
  });
}
