import { Plugin, PluginKey } from 'prosemirror-state';

/// Keys that would edit the text if the browser handled them.
const editingKeys = new Set(['Enter', 'Backspace', 'Delete']);

/// Key of the read-only plugin.
export const readOnlyPluginKey = new PluginKey('readOnly');

/// Keeps the editor focusable and selectable with the keyboard (which `editable: false` would
/// not allow) while refusing every change to the imported text: typing, deleting, pasting,
/// dropping, cutting.
export function readOnlyPlugin(): Plugin {
  return new Plugin({
    key: readOnlyPluginKey,
    filterTransaction: (tr) => !tr.docChanged,
    props: {
      handleKeyDown: (_view, event) => editingKeys.has(event.key),
      handleTextInput: () => true,
      handlePaste: () => true,
      handleDrop: () => true,
      handleDOMEvents: {
        // Chromium lets every editing input be cancelled here, before the DOM changes.
        beforeinput: (_view, event) => {
          event.preventDefault();
          return true;
        },
        cut: (_view, event) => {
          event.preventDefault();
          return true;
        },
      },
    },
  });
}
