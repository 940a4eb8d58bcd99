import type { Annotation } from '../../shared/domain';
import type { AnnotationAction, EditorAnnotation } from './annotationPlugin';

/// What the editor needs of an annotation to draw it.
export function editorAnnotation(annotation: Annotation): EditorAnnotation {
  return { id: annotation.id, label: annotation.label, start: annotation.start, end: annotation.end };
}

/// The plugin action that takes the editor from drawing `shown` to drawing `wanted`, or null when
/// nothing changed. Annotation lists are immutable, so an annotation object present in both is
/// unchanged and only the others are compared: a mark or an undo costs a pass over object
/// identities, not a look-up per annotation.
export function annotationChanges(
  shown: readonly Annotation[],
  wanted: readonly Annotation[],
): AnnotationAction | null {
  if (shown === wanted) return null;
  const kept = new Set(shown);
  const arriving = wanted.filter((annotation) => !kept.has(annotation));
  const staying = new Set(wanted);
  const leaving = new Map(
    shown.filter((annotation) => !staying.has(annotation)).map((annotation) => [annotation.id, annotation]),
  );
  const added: EditorAnnotation[] = [];
  const changed: EditorAnnotation[] = [];
  for (const annotation of arriving) {
    const before = leaving.get(annotation.id);
    leaving.delete(annotation.id);
    if (!before) added.push(editorAnnotation(annotation));
    else if (
      before.label !== annotation.label ||
      before.start !== annotation.start ||
      before.end !== annotation.end
    )
      changed.push(editorAnnotation(annotation));
  }
  const actions: AnnotationAction[] = [];
  if (leaving.size > 0) actions.push({ type: 'remove', ids: [...leaving.keys()] });
  if (changed.length > 0) actions.push({ type: 'update', annotations: changed });
  if (added.length > 0) actions.push({ type: 'add', annotations: added });
  // One action, so the view redraws once.
  return actions.length === 0 ? null : actions.length === 1 ? actions[0]! : { type: 'batch', actions };
}
