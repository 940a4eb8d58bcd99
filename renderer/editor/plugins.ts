import { Plugin } from 'prosemirror-state';
import { historyShortcut } from '../historyShortcut';
import { annotationPlugin, type AnnotationPluginCallbacks, type EditorAnnotation } from './annotationPlugin';
import { readOnlyPlugin } from './readOnlyPlugin';
import { suggestionPlugin, type EditorSuggestion, type SuggestionPluginCallbacks } from './suggestionPlugin';

const noSuggestionCallbacks: SuggestionPluginCallbacks = {
  onSelectSuggestion: () => {},
  onAcceptSuggestion: () => {},
  onRejectSuggestion: () => {},
};

/// Hands Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z and Ctrl+Y in the article text to the workspace's history.
/// ProseMirror would otherwise cancel Ctrl/Cmd+Z and Ctrl+Y itself (for a history of its own,
/// which the read-only text has not), and the page-wide shortcut skips cancelled key presses.
export function historyKeysPlugin(onHistoryKey: (command: 'undo' | 'redo') => void): Plugin {
  return new Plugin({
    props: {
      handleKeyDown: (_view, event) => {
        const command = historyShortcut(event);
        if (!command) return false;
        onHistoryKey(command);
        return true;
      },
    },
  });
}

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
    historyKeysPlugin(onHistoryKey),
    // First: ProseMirror asks plugins' handleKeyDown in this order; on a selected suggestion,
    // Shift+Delete must reject it before the annotation plugin reads Delete, and its click
    // handler must report the suggestion before the annotation plugin reports the annotation.
    suggestionPlugin(suggestions.initial, suggestions.callbacks),
    // Before the read-only plugin: Delete/Backspace on a selected annotation must delete it
    // before the read-only plugin swallows those keys.
    annotationPlugin(annotations, callbacks),
    // Last: it only refuses what nobody before it handled.
    readOnlyPlugin(),
  ];
}
