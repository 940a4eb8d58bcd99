import type { Node } from 'prosemirror-model';
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view';
import { offsetToPos, posToOffset, textBlockSpans, type TextBlockSpan } from '../../shared/articleText';
import { claimLabelKey } from '../../shared/claims/claimFields';
import { adjacentSpan } from './adjacentSpan';
import { mapDecorationState } from './mapDecorationState';
import { placeCaret } from './placeCaret';
import { PersistentIdMap } from './persistentIdMap';

/// What the editor needs of an annotation to draw it: its id, label key and text offsets.
export interface EditorAnnotation {
  readonly id: number;
  readonly label: string;
  readonly start: number;
  readonly end: number;
}

/// The plugin's state: the annotations shown, the selected one and their decorations.
export interface AnnotationPluginState {
  /// The document's text blocks, computed once: the article text never changes.
  readonly spans: readonly TextBlockSpan[];
  readonly annotations: PersistentIdMap<EditorAnnotation>;
  readonly selectedId: number | null;
  readonly decorations: DecorationSet;
}

/// A change to the plugin state, carried as transaction meta under `annotationPluginKey`.
/// `update` replaces annotations already shown (a new label or new offsets) under the same ids.
export type AnnotationAction =
  | { readonly type: 'add'; readonly annotations: readonly EditorAnnotation[] }
  | { readonly type: 'update'; readonly annotations: readonly EditorAnnotation[] }
  | { readonly type: 'remove'; readonly ids: readonly number[] }
  | { readonly type: 'select'; readonly id: number | null }
  /// Several actions in one transaction, so the view redraws once (a provisional mark replaced
  /// by the stored one).
  | { readonly type: 'batch'; readonly actions: readonly AnnotationAction[] };

/// What a key press in the editor asks for, decided from the state alone.
export type AnnotationKeyCommand =
  | { readonly type: 'mark'; readonly label: string }
  | { readonly type: 'markClaim' }
  | { readonly type: 'relabel'; readonly id: number; readonly label: string }
  | { readonly type: 'delete'; readonly id: number }
  | { readonly type: 'deselect' }
  | { readonly type: 'step'; readonly annotation: EditorAnnotation };

/// The parts of a key press the editor's commands look at.
export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey?: boolean;
}

/// The plugin's key, to read its state and send it actions.
export const annotationPluginKey = new PluginKey<AnnotationPluginState>('annotations');

/// Nesting depths beyond this one are drawn like it.
export const deepestDrawnDepth = 3;

/// What each annotation decoration carries besides its attributes, to find it again and to
/// know whether it must be redrawn.
export interface AnnotationDecorationSpec {
  readonly annotationId: number;
  readonly selected: boolean;
  readonly depth: number;
}

/// Whether a decoration spec is one of this plugin's.
export function isAnnotationSpec(spec: unknown): spec is AnnotationDecorationSpec {
  return (
    typeof spec === 'object' &&
    spec !== null &&
    typeof (spec as Partial<AnnotationDecorationSpec>).annotationId === 'number'
  );
}

function overlap(a: EditorAnnotation, b: EditorAnnotation): boolean {
  return a.start < b.end && b.start < a.end;
}

/// Whether `a` is drawn outside `b` where they overlap: the longer one, else the earlier, else the older.
export function drawnOutside(a: EditorAnnotation, b: EditorAnnotation): boolean {
  const lengthA = a.end - a.start;
  const lengthB = b.end - b.start;
  if (lengthA !== lengthB) return lengthA > lengthB;
  return a.start !== b.start ? a.start < b.start : a.id < b.id;
}

/// Every annotation's nesting depth: how many overlapping annotations are drawn outside it.
/// One sweep in text order, so opening an article with thousands of annotations stays cheap.
export function nestingDepths(annotations: Iterable<EditorAnnotation>): Map<number, number> {
  const ordered = [...annotations].sort((a, b) => a.start - b.start);
  const depths = new Map(ordered.map((annotation) => [annotation.id, 0]));
  let open: EditorAnnotation[] = [];
  for (const annotation of ordered) {
    open = open.filter((earlier) => earlier.end > annotation.start);
    for (const earlier of open) {
      const inner = drawnOutside(earlier, annotation) ? annotation : earlier;
      depths.set(inner.id, (depths.get(inner.id) ?? 0) + 1);
    }
    open.push(annotation);
  }
  return depths;
}

/// Whether an editor annotation is a claim rather than an entity (claims are stored under one
/// label key no workspace label can have).
export function isClaimAnnotation(annotation: Pick<EditorAnnotation, 'label'>): boolean {
  return annotation.label === claimLabelKey;
}

/// The key that marks the selection as a claim.
export const claimKey = 'c';

/// The attributes of an annotation's decoration: `data-label` carries the colour, `data-kind`
/// draws a claim apart from the entities, `data-depth`
/// the nesting depth when nested, `aria-current` the selection (styled by attribute, as inline
/// styles are forbidden by the CSP), and `data-annotation-id` ties the DOM back to the
/// annotation. The class is the same on every annotation, so when ProseMirror reuses one
/// annotation's DOM for another it sets a few attributes instead of swapping classes. Its own
/// `span` keeps overlapping annotations apart in the DOM.
export function annotationAttributes(
  annotation: EditorAnnotation,
  selected: boolean,
  depth = 0,
): Record<string, string> {
  const attrs: Record<string, string> = {
    nodeName: 'span',
    class: 'annotation',
    'data-label': annotation.label,
    'data-annotation-id': String(annotation.id),
  };
  if (isClaimAnnotation(annotation)) attrs['data-kind'] = 'claim';
  if (depth > 0) attrs['data-depth'] = String(Math.min(depth, deepestDrawnDepth));
  if (selected) attrs['aria-current'] = 'true';
  return attrs;
}

/// The inline decoration drawing one annotation over its text.
export function annotationDecoration(
  spans: readonly TextBlockSpan[],
  annotation: EditorAnnotation,
  selected: boolean,
  depth = 0,
): Decoration {
  const spec: AnnotationDecorationSpec = { annotationId: annotation.id, selected, depth };
  return Decoration.inline(
    offsetToPos(spans, annotation.start),
    offsetToPos(spans, annotation.end),
    annotationAttributes(annotation, selected, depth),
    spec,
  );
}

/// Builds the initial state: the one time every annotation is turned into a decoration.
export function initAnnotationState(
  doc: Node,
  annotations: readonly EditorAnnotation[],
): AnnotationPluginState {
  return drawnAtOnce(doc, textBlockSpans(doc), annotations);
}

/// Every annotation drawn in one pass (one sweep for the nesting depths, one DecorationSet), as
/// on opening an article or when its annotations arrive after its text.
function drawnAtOnce(
  doc: Node,
  spans: readonly TextBlockSpan[],
  annotations: readonly EditorAnnotation[],
): AnnotationPluginState {
  const byId = PersistentIdMap.of(annotations.map((annotation) => [annotation.id, annotation] as const));
  const depths = nestingDepths(byId.values());
  const decorations = DecorationSet.create(
    doc,
    [...byId.values()].map((annotation) =>
      annotationDecoration(spans, annotation, false, depths.get(annotation.id) ?? 0),
    ),
  );
  return { spans, annotations: byId, selectedId: null, decorations };
}

/// The decorations over an annotation's own range (never a search of the whole set).
function decorationsAround(state: AnnotationPluginState, annotation: EditorAnnotation): Decoration[] {
  return state.decorations.find(
    offsetToPos(state.spans, annotation.start),
    offsetToPos(state.spans, annotation.end),
    isAnnotationSpec,
  );
}

/// What is drawn over an annotation's range, from one search: its own decoration and the other
/// annotations overlapping it.
function drawnOver(
  state: AnnotationPluginState,
  annotation: EditorAnnotation,
): { readonly own: Decoration | undefined; readonly overlapping: EditorAnnotation[] } {
  let own: Decoration | undefined;
  const others: EditorAnnotation[] = [];
  for (const decoration of decorationsAround(state, annotation)) {
    const spec: unknown = decoration.spec;
    if (!isAnnotationSpec(spec)) continue;
    if (spec.annotationId === annotation.id) own = decoration;
    else {
      const other = state.annotations.get(spec.annotationId);
      if (other && overlap(other, annotation)) others.push(other);
    }
  }
  return { own, overlapping: others };
}

function decorationOf(state: AnnotationPluginState, id: number): Decoration | undefined {
  const annotation = state.annotations.get(id);
  return annotation ? drawnOver(state, annotation).own : undefined;
}

/// The other annotations shown that overlap `annotation`.
function overlapping(state: AnnotationPluginState, annotation: EditorAnnotation): EditorAnnotation[] {
  return drawnOver(state, annotation).overlapping;
}

/// Redraws the given annotations whose selection or nesting depth changed, and draws those not
/// drawn yet; the rest of the set is untouched.
function redraw(state: AnnotationPluginState, doc: Node, ids: Iterable<number>): AnnotationPluginState {
  const stale: Decoration[] = [];
  const fresh: Decoration[] = [];
  for (const id of new Set(ids)) {
    const annotation = state.annotations.get(id);
    if (!annotation) continue;
    const depth = overlapping(state, annotation).filter((other) => drawnOutside(other, annotation)).length;
    const selected = id === state.selectedId;
    const current = decorationOf(state, id);
    const spec: unknown = current?.spec;
    if (isAnnotationSpec(spec) && spec.depth === depth && spec.selected === selected) continue;
    if (current) stale.push(current);
    fresh.push(annotationDecoration(state.spans, annotation, selected, depth));
  }
  if (stale.length === 0 && fresh.length === 0) return state;
  return { ...state, decorations: state.decorations.remove(stale).add(doc, fresh) };
}

/// The state without the given annotations, and the ids of the annotations they overlapped
/// (whose nesting depth may change).
function withoutAnnotations(
  state: AnnotationPluginState,
  ids: readonly number[],
): { readonly state: AnnotationPluginState; readonly neighbours: number[] } {
  const gone: Decoration[] = [];
  const neighbours: number[] = [];
  let annotations = state.annotations;
  for (const id of ids) {
    const shown = state.annotations.get(id);
    if (!shown) continue;
    const { own, overlapping: others } = drawnOver(state, shown);
    if (own) gone.push(own);
    for (const other of others) neighbours.push(other.id);
    annotations = annotations.without(id);
  }
  if (annotations === state.annotations) return { state, neighbours };
  return { state: { ...state, annotations, decorations: state.decorations.remove(gone) }, neighbours };
}

function withAnnotations(
  state: AnnotationPluginState,
  fresh: readonly EditorAnnotation[],
  doc: Node,
): AnnotationPluginState {
  let annotations = state.annotations;
  for (const annotation of fresh) annotations = annotations.with(annotation.id, annotation);
  const only = fresh.length === 1 ? fresh[0] : undefined;
  if (only && overlapping({ ...state, annotations }, only).length === 0) {
    // The common case, marking a span that overlaps nothing: one decoration, nothing to redraw.
    const decoration = annotationDecoration(state.spans, only, only.id === state.selectedId, 0);
    return { ...state, annotations, decorations: state.decorations.add(doc, [decoration]) };
  }
  // Drawn at depth 0 first, so the neighbours' depths can be read from the set; `redraw` fixes them.
  const added = {
    ...state,
    annotations,
    decorations: state.decorations.add(
      doc,
      fresh.map((annotation) => annotationDecoration(state.spans, annotation, false, 0)),
    ),
  };
  const touched = fresh.flatMap((annotation) => [annotation, ...overlapping(added, annotation)]);
  return redraw(
    added,
    doc,
    touched.map((annotation) => annotation.id),
  );
}

/// Applies one action to the state, touching only the decorations it concerns (and the
/// annotations overlapping them, whose nesting depth may change).
export function applyAnnotationAction(
  state: AnnotationPluginState,
  action: AnnotationAction,
  doc: Node,
): AnnotationPluginState {
  switch (action.type) {
    case 'add': {
      const fresh = action.annotations.filter((annotation) => !state.annotations.has(annotation.id));
      if (fresh.length > 1 && state.annotations.size === 0) return drawnAtOnce(doc, state.spans, fresh);
      return fresh.length === 0 ? state : withAnnotations(state, fresh, doc);
    }
    case 'update': {
      const changed = action.annotations.filter((annotation) => {
        const shown = state.annotations.get(annotation.id);
        return (
          shown &&
          (shown.label !== annotation.label ||
            shown.start !== annotation.start ||
            shown.end !== annotation.end)
        );
      });
      if (changed.length === 0) return state;
      const removed = withoutAnnotations(
        state,
        changed.map((annotation) => annotation.id),
      );
      return redraw(withAnnotations(removed.state, changed, doc), doc, removed.neighbours);
    }
    case 'remove': {
      const removed = withoutAnnotations(state, action.ids);
      if (removed.state === state) return state;
      const selectedId =
        state.selectedId !== null && removed.state.annotations.has(state.selectedId)
          ? state.selectedId
          : null;
      return redraw({ ...removed.state, selectedId }, doc, removed.neighbours);
    }
    case 'batch':
      return action.actions.reduce((current, each) => applyAnnotationAction(current, each, doc), state);
    case 'select': {
      const id = action.id !== null && state.annotations.has(action.id) ? action.id : null;
      if (id === state.selectedId) return state;
      const changed = [state.selectedId, id].filter((value): value is number => value !== null);
      return redraw({ ...state, selectedId: id }, doc, changed);
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

/// Which annotation a click selects among those under it (innermost first): the innermost, or
/// on a repeated click the next one outwards, so nested annotations can each be reached.
export function annotationToSelect(idsAtClick: readonly number[], selectedId: number | null): number | null {
  if (idsAtClick.length === 0) return null;
  const index = selectedId === null ? -1 : idsAtClick.indexOf(selectedId);
  return idsAtClick[(index + 1) % idsAtClick.length] ?? null;
}

/// The annotation after (1) or before (-1) the selected one in reading order, or after/before
/// the caret when none is selected.
export function adjacentAnnotation(state: EditorState, direction: 1 | -1): EditorAnnotation | null {
  const pluginState = annotationPluginKey.getState(state);
  if (!pluginState) return null;
  const current =
    pluginState.selectedId === null ? null : (pluginState.annotations.get(pluginState.selectedId) ?? null);
  const caret = posToOffset(pluginState.spans, direction === 1 ? state.selection.to : state.selection.from);
  return adjacentSpan(pluginState.annotations.values(), current, caret, direction, (a, b) => a.id - b.id);
}

/// Decides what a key press means: a label's key marks a non-empty selection or relabels the
/// selected entity; `C` marks the selection as a claim; Delete/Backspace removes the selected annotation; Escape clears it;
/// Alt+→ and Alt+← step to the next and previous annotation.
export function annotationKeyCommand(
  state: EditorState,
  key: KeyPress,
  labelForKey: (key: string) => string | undefined = () => undefined,
): AnnotationKeyCommand | null {
  const pluginState = annotationPluginKey.getState(state);
  if (!pluginState || key.ctrlKey || key.metaKey) return null;
  if (key.altKey) {
    if (key.shiftKey || (key.key !== 'ArrowRight' && key.key !== 'ArrowLeft')) return null;
    const annotation = adjacentAnnotation(state, key.key === 'ArrowRight' ? 1 : -1);
    return annotation ? { type: 'step', annotation } : null;
  }
  const selectedId = pluginState.selectedId;
  if (key.key.toLowerCase() === claimKey && !state.selection.empty) return { type: 'markClaim' };
  const label = labelForKey(key.key);
  if (label && !state.selection.empty) return { type: 'mark', label };
  const selected = selectedId === null ? undefined : pluginState.annotations.get(selectedId);
  // A claim has no entity label to change.
  if (label && selected && !isClaimAnnotation(selected)) return { type: 'relabel', id: selected.id, label };
  if ((key.key === 'Delete' || key.key === 'Backspace') && selectedId !== null) {
    return { type: 'delete', id: selectedId };
  }
  if (key.key === 'Escape' && selectedId !== null) return { type: 'deselect' };
  return null;
}

/// Builds a transaction that sends `action` to the plugin.
export function annotationTransaction(state: EditorState, action: AnnotationAction): Transaction {
  return state.tr.setMeta(annotationPluginKey, action);
}

/// What the plugin reports to its host; the host owns the data and answers with actions.
export interface AnnotationPluginCallbacks {
  /// The user asked to mark the selection with the label whose key is `label`.
  readonly onMark: (view: EditorView, label: string) => void;
  /// The user asked to mark the selection as a claim.
  readonly onMarkClaim?: (view: EditorView) => void;
  /// The user asked to delete an annotation.
  readonly onDelete: (id: number) => void;
  /// The user selected an annotation (or none).
  readonly onSelect: (id: number | null) => void;
  /// The user asked to give the selected annotation another label.
  readonly onRelabel?: (id: number, label: string) => void;
  /// The label key a key press stands for (a label's shortcut), if any.
  readonly labelForKey?: (key: string) => string | undefined;
}

/// Creates the annotation plugin: stand-off annotations drawn as inline decorations, updated
/// incrementally through `AnnotationAction` meta, with clicks and keys reported to the host.
export function annotationPlugin(
  initial: readonly EditorAnnotation[],
  callbacks: AnnotationPluginCallbacks,
): Plugin<AnnotationPluginState> {
  const selectAtClick = (view: EditorView, pos: number): boolean => {
    const pluginState = annotationPluginKey.getState(view.state);
    if (pluginState) {
      callbacks.onSelect(annotationToSelect(annotationIdsAt(pluginState, pos), pluginState.selectedId));
    }
    // Let ProseMirror place the caret (or select the word) as usual.
    return false;
  };
  return new Plugin<AnnotationPluginState>({
    key: annotationPluginKey,
    state: {
      init: (_config, state) => initAnnotationState(state.doc, initial),
      apply: (tr, value) => {
        const action = tr.getMeta(annotationPluginKey) as AnnotationAction | undefined;
        const mapped = mapDecorationState(value, tr);
        return action ? applyAnnotationAction(mapped, action, tr.doc) : mapped;
      },
    },
    props: {
      decorations: (state) => annotationPluginKey.getState(state)?.decorations,
      handleClick: selectAtClick,
      // ProseMirror counts a click soon after another nearby one as a double or triple click
      // (even when the first was the mousedown of a drag-selection): those select too, so a
      // quick second click still cycles outwards through nested annotations.
      handleDoubleClick: selectAtClick,
      handleTripleClick: selectAtClick,
      handleKeyDown: (view, event) => {
        const command = annotationKeyCommand(view.state, event, callbacks.labelForKey);
        if (!command) return false;
        if (command.type === 'mark') callbacks.onMark(view, command.label);
        else if (command.type === 'markClaim') callbacks.onMarkClaim?.(view);
        else if (command.type === 'relabel') callbacks.onRelabel?.(command.id, command.label);
        else if (command.type === 'delete') callbacks.onDelete(command.id);
        else if (command.type === 'deselect') callbacks.onSelect(null);
        else {
          placeCaret(view, annotationPluginKey.getState(view.state)!.spans, command.annotation.start);
          callbacks.onSelect(command.annotation.id);
        }
        return true;
      },
    },
  });
}
