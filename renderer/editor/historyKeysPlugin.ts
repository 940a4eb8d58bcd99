import { Plugin } from 'prosemirror-state';
import { historyShortcut } from '../app/historyShortcut';

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
