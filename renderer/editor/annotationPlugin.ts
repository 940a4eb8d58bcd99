import type { Node } from 'prosemirror-model';
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view';
import { offsetToPos, textBlockSpans, type TextBlockSpan } from '../../shared/articleText';
import { labelForShortcut, type EntityLabel } from '../../shared/labels';

/// What the editor needs of an annotation to draw it: its id, label and text offsets.
export interface EditorAnnotation {
  readonly id: number;
  readonly label: EntityLabel;
  readonly start: number;
  readonly end: number;
}

/// The plugin's state: the annotations shown, the selected one and their decorations.
export interface AnnotationPluginState {
  /// The document's text blocks, computed once: the article text never changes.
  readonly spans: readonly TextBlockSpan[];
  readonly annotations: ReadonlyMap<number, EditorAnnotation>;
  readonly selectedId: number | null;
  readonly decorations: DecorationSet;
}

/// A change to the plugin state, carried as transaction meta under `annotationPluginKey`.
export type AnnotationAction =
  | { readonly type: 'add'; readonly annotations: readonly EditorAnnotation[] }
  | { readonly type: 'remove'; readonly ids: readonly number[] }
  | { readonly type: 'select'; readonly id: number | null };

/// What a key press in the editor asks for, decided from the state alone.
export type AnnotationKeyCommand =
  | { readonly type: 'mark'; readonly label: EntityLabel }
  | { readonly type: 'delete'; readonly id: number }
  | { readonly type: 'deselect' };

/// The plugin's key, to read its state and send it actions.
export const annotationPluginKey = new PluginKey<AnnotationPluginState>('annotations');

/// What each annotation decoration carries besides its attributes, to find it again.
export interface AnnotationDecorationSpec {
  readonly annotationId: number;
  readonly selected: boolean;
}

/// Whether a decoration spec is one of this plugin's.
export function isAnnotationSpec(spec: unknown): spec is AnnotationDecorationSpec {
  return (
    typeof spec === 'object' &&
    spec !== null &&
    typeof (spec as Partial<AnnotationDecorationSpec>).annotationId === 'number'
  );
}

/// The attributes of an annotation's decoration: classes carry the colour (no inline styles,
/// which the CSP forbids) and `data-annotation-id` ties the DOM back to the annotation.
export function annotationAttributes(
  annotation: EditorAnnotation,
  selected: boolean,
): Record<string, string> {
  const attrs: Record<string, string> = {
    class: `annotation label-${annotation.label}${selected ? ' is-selected' : ''}`,
    'data-annotation-id': String(annotation.id),
    'data-label': annotation.label,
  };
  if (selected) attrs['aria-current'] = 'true';
  return attrs;
}

/// The inline decoration drawing one annotation over its text.
export function annotationDecoration(
  spans: readonly TextBlockSpan[],
  annotation: EditorAnnotation,
  selected: boolean,
): Decoration {
  const spec: AnnotationDecorationSpec = { annotationId: annotation.id, selected };
  return Decoration.inline(
    offsetToPos(spans, annotation.start),
    offsetToPos(spans, annotation.end),
    annotationAttributes(annotation, selected),
    spec,
  );
}

/// Builds the initial state: the one time every annotation is turned into a decoration.
export function initAnnotationState(
  doc: Node,
  annotations: readonly EditorAnnotation[],
): AnnotationPluginState {
  const spans = textBlockSpans(doc);
  const byId = new Map(annotations.map((annotation) => [annotation.id, annotation]));
  const decorations = DecorationSet.create(
    doc,
    [...byId.values()].map((annotation) => annotationDecoration(spans, annotation, false)),
  );
  return { spans, annotations: byId, selectedId: null, decorations };
}

function decorationsOf(state: AnnotationPluginState, ids: readonly number[]): Decoration[] {
  const wanted = new Set(ids);
  const found: Decoration[] = [];
  for (const id of wanted) {
    const annotation = state.annotations.get(id);
    if (!annotation) continue;
    // Search only the annotation's own range, not the whole set.
    const from = offsetToPos(state.spans, annotation.start);
    const to = offsetToPos(state.spans, annotation.end);
    found.push(
      ...state.decorations.find(
        from,
        to,
        (spec: unknown) => isAnnotationSpec(spec) && spec.annotationId === id,
      ),
    );
  }
  return found;
}

/// Applies one action to the state, touching only the decorations it concerns.
export function applyAnnotationAction(
  state: AnnotationPluginState,
  action: AnnotationAction,
  doc: Node,
): AnnotationPluginState {
  switch (action.type) {
    case 'add': {
      const fresh = action.annotations.filter((annotation) => !state.annotations.has(annotation.id));
      if (fresh.length === 0) return state;
      const annotations = new Map(state.annotations);
      for (const annotation of fresh) annotations.set(annotation.id, annotation);
      const decorations = state.decorations.add(
        doc,
        fresh.map((annotation) =>
          annotationDecoration(state.spans, annotation, annotation.id === state.selectedId),
        ),
      );
      return { ...state, annotations, decorations };
    }
    case 'remove': {
      const present = action.ids.filter((id) => state.annotations.has(id));
      if (present.length === 0) return state;
      const decorations = state.decorations.remove(decorationsOf(state, present));
      const annotations = new Map(state.annotations);
      for (const id of present) annotations.delete(id);
      const selectedId =
        state.selectedId !== null && annotations.has(state.selectedId) ? state.selectedId : null;
      return { ...state, annotations, decorations, selectedId };
    }
    case 'select': {
      const id = action.id !== null && state.annotations.has(action.id) ? action.id : null;
      if (id === state.selectedId) return state;
      const changed = [state.selectedId, id].filter((value): value is number => value !== null);
      const redrawn = changed.flatMap((changedId) => {
        const annotation = state.annotations.get(changedId);
        return annotation ? [annotationDecoration(state.spans, annotation, changedId === id)] : [];
      });
      const decorations = state.decorations.remove(decorationsOf(state, changed)).add(doc, redrawn);
      return { ...state, selectedId: id, decorations };
    }
  }
}

/// The annotations covering a document position, shortest (innermost) first.
export function annotationIdsAt(state: AnnotationPluginState, pos: number): number[] {
  return state.decorations
    .find(pos, pos, isAnnotationSpec)
    .filter((decoration) => decoration.from <= pos && pos <= decoration.to)
    .sort((a, b) => a.to - a.from - (b.to - b.from))
    .flatMap((decoration) => (isAnnotationSpec(decoration.spec) ? [decoration.spec.annotationId] : []));
}

/// Decides what a key press means: 1–6 on a non-empty selection marks it, Delete/Backspace
/// removes the selected annotation, Escape clears the selection.
export function annotationKeyCommand(
  state: EditorState,
  key: {
    readonly key: string;
    readonly ctrlKey: boolean;
    readonly metaKey: boolean;
    readonly altKey: boolean;
  },
): AnnotationKeyCommand | null {
  if (key.ctrlKey || key.metaKey || key.altKey) return null;
  const pluginState = annotationPluginKey.getState(state);
  if (!pluginState) return null;
  const label = labelForShortcut(key.key);
  if (label && !state.selection.empty) return { type: 'mark', label };
  if ((key.key === 'Delete' || key.key === 'Backspace') && pluginState.selectedId !== null) {
    return { type: 'delete', id: pluginState.selectedId };
  }
  if (key.key === 'Escape' && pluginState.selectedId !== null) return { type: 'deselect' };
  return null;
}

/// Builds a transaction that sends `action` to the plugin.
export function annotationTransaction(state: EditorState, action: AnnotationAction): Transaction {
  return state.tr.setMeta(annotationPluginKey, action);
}

/// What the plugin reports to its host; the host owns the data and answers with actions.
export interface AnnotationPluginCallbacks {
  /// The user asked to mark the selection with `label`.
  readonly onMark: (view: EditorView, label: EntityLabel) => void;
  /// The user asked to delete an annotation.
  readonly onDelete: (id: number) => void;
  /// The user selected an annotation (or none).
  readonly onSelect: (id: number | null) => void;
}

/// Creates the annotation plugin: stand-off annotations drawn as inline decorations, updated
/// incrementally through `AnnotationAction` meta, with clicks and keys reported to the host.
export function annotationPlugin(
  initial: readonly EditorAnnotation[],
  callbacks: AnnotationPluginCallbacks,
): Plugin<AnnotationPluginState> {
  return new Plugin<AnnotationPluginState>({
    key: annotationPluginKey,
    state: {
      init: (_config, state) => initAnnotationState(state.doc, initial),
      apply: (tr, value) => {
        const action = tr.getMeta(annotationPluginKey) as AnnotationAction | undefined;
        // The text is read-only, so this mapping is normally skipped; it keeps positions right if not.
        const mapped = tr.docChanged
          ? {
              ...value,
              spans: textBlockSpans(tr.doc),
              decorations: value.decorations.map(tr.mapping, tr.doc),
            }
          : value;
        return action ? applyAnnotationAction(mapped, action, tr.doc) : mapped;
      },
    },
    props: {
      decorations: (state) => annotationPluginKey.getState(state)?.decorations,
      handleClick: (view, pos) => {
        const pluginState = annotationPluginKey.getState(view.state);
        if (!pluginState) return false;
        callbacks.onSelect(annotationIdsAt(pluginState, pos)[0] ?? null);
        // Let ProseMirror place the caret as usual.
        return false;
      },
      handleKeyDown: (view, event) => {
        const command = annotationKeyCommand(view.state, event);
        if (!command) return false;
        if (command.type === 'mark') callbacks.onMark(view, command.label);
        else if (command.type === 'delete') callbacks.onDelete(command.id);
        else callbacks.onSelect(null);
        return true;
      },
    },
  });
}
