import type { Plugin } from 'prosemirror-state';
import { annotationPlugin, type AnnotationPluginCallbacks, type EditorAnnotation } from './annotationPlugin';
import { readOnlyPlugin } from './readOnlyPlugin';

/// The article editor's plugins, in order.
export function articleEditorPlugins(
  annotations: readonly EditorAnnotation[],
  callbacks: AnnotationPluginCallbacks,
): Plugin[] {
  return [
    // First: ProseMirror asks plugins' handleKeyDown in this order, and Delete/Backspace on a
    // selected annotation must delete it before the read-only plugin swallows those keys.
    annotationPlugin(annotations, callbacks),
    // Last: it only refuses what nobody before it handled.
    readOnlyPlugin(),
  ];
}
