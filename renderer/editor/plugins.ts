import type { Plugin } from 'prosemirror-state';
import { historyKeysPlugin } from './historyKeysPlugin';
import { annotationPlugin, type AnnotationPluginCallbacks, type EditorAnnotation } from './annotationPlugin';
import { readOnlyPlugin } from './readOnlyPlugin';
import { suggestionPlugin, type EditorSuggestion, type SuggestionPluginCallbacks } from './suggestionPlugin';

const noSuggestionCallbacks: SuggestionPluginCallbacks = {
  onSelectSuggestion: () => {},
  onAcceptSuggestion: () => {},
  onRejectSuggestion: () => {},
};

/// The article editor's plugins, in order.
export function articleEditorPlugins(
  annotations: readonly EditorAnnotation[],
  callbacks: AnnotationPluginCallbacks,
  suggestions: {
    readonly initial: readonly EditorSuggestion[];
    readonly callbacks: SuggestionPluginCallbacks;
  } = { initial: [], callbacks: noSuggestionCallbacks },
  onHistoryKey: (command: 'undo' | 'redo') => void = () => {},
): Plugin[] {
  return [
    // Before the others, which would read a Z or Y (and ProseMirror, after every plugin, would
    // cancel Ctrl/Cmd+Z and Ctrl+Y for a history of its own).
    historyKeysPlugin(onHistoryKey),
    // Before the annotation plugin: ProseMirror asks plugins' handleKeyDown in this order; on a
    // selected suggestion, Shift+Delete must reject it before the annotation plugin reads Delete,
    // and its click handler must report the suggestion before the annotation plugin reports the
    // annotation.
    suggestionPlugin(suggestions.initial, suggestions.callbacks),
    // Before the read-only plugin: Delete/Backspace on a selected annotation must delete it
    // before the read-only plugin swallows those keys.
    annotationPlugin(annotations, callbacks),
    // Last: it only refuses what nobody before it handled.
    readOnlyPlugin(),
  ];
}
