import { EditorState, TextSelection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { describe, expect, it } from 'vitest';
import { articleText } from '../../shared/articleText';
import { articleSchema } from '../../shared/schema';
import {
  adjacentAnnotation,
  annotationAttributes,
  deepestDrawnDepth,
  annotationIdsAt,
  annotationToSelect,
  annotationKeyCommand,
  annotationPlugin,
  annotationPluginKey,
  annotationTransaction,
  isAnnotationSpec,
  nestingDepths,
  type AnnotationAction,
  type EditorAnnotation,
} from './annotationPlugin';
import { readOnlyPlugin } from './readOnlyPlugin';
import { claimLabelKey } from '../../shared/claims/claimFields';

const doc = articleSchema.node('doc', null, [
  articleSchema.node('paragraph', null, [articleSchema.text('Pékin a donné son feu vert à DeepSeek.')]),
  articleSchema.node('paragraph', null, [articleSchema.text('Jensen Huang dirige NVIDIA.')]),
]);
const text = articleText(doc);

function annotationOf(id: number, phrase: string, label: string): EditorAnnotation {
  const start = text.indexOf(phrase);
  return { id, label, start, end: start + phrase.length };
}

const pekin = annotationOf(1, 'Pékin', 'place');
const deepSeek = annotationOf(2, 'DeepSeek', 'organisation');
const huang = annotationOf(3, 'Jensen Huang', 'person');

const noCallbacks = { onMark: () => {}, onDelete: () => {}, onSelect: () => {} };

function stateWith(annotations: readonly EditorAnnotation[]): EditorState {
  return EditorState.create({ doc, plugins: [annotationPlugin(annotations, noCallbacks), readOnlyPlugin()] });
}

function act(state: EditorState, action: AnnotationAction): EditorState {
  return state.apply(annotationTransaction(state, action));
}

function drawn(state: EditorState) {
  const pluginState = annotationPluginKey.getState(state)!;
  return pluginState.decorations.find().map((decoration) => {
    const spec: unknown = decoration.spec;
    return {
      text: state.doc.textBetween(decoration.from, decoration.to),
      id: isAnnotationSpec(spec) ? spec.annotationId : null,
      selected: isAnnotationSpec(spec) ? spec.selected : null,
    };
  });
}

function depthOf(state: EditorState, id: number): number | null {
  const decoration = annotationPluginKey
    .getState(state)!
    .decorations.find()
    .find((found) => isAnnotationSpec(found.spec) && found.spec.annotationId === id);
  const spec: unknown = decoration?.spec;
  return isAnnotationSpec(spec) ? spec.depth : null;
}

const shortcuts: Record<string, string> = { '1': 'person', '2': 'organisation', '3': 'place' };
const labelForKey = (key: string) => shortcuts[key];

const keyPress = (key: string) => ({ key, ctrlKey: false, metaKey: false, altKey: false });

describe('annotation plugin', () => {
  it('draws the initial annotations over exactly their text', () => {
    expect(drawn(stateWith([pekin, huang]))).toEqual([
      { text: 'Pékin', id: 1, selected: false },
      { text: 'Jensen Huang', id: 3, selected: false },
    ]);
  });

  it('gives a decoration its own span, its label, its id and, when nested or selected, its depth and aria-current', () => {
    expect(annotationAttributes(pekin, false)).toEqual({
      nodeName: 'span',
      class: 'annotation',
      'data-label': 'place',
      'data-annotation-id': '1',
    });
    expect(annotationAttributes(pekin, true, 2)).toEqual({
      nodeName: 'span',
      class: 'annotation',
      'data-label': 'place',
      'data-annotation-id': '1',
      'data-depth': '2',
      'aria-current': 'true',
    });
    expect(annotationAttributes(pekin, false, 7)).toMatchObject({ 'data-depth': String(deepestDrawnDepth) });
  });

  it('adds an annotation without redrawing the others', () => {
    const before = stateWith([pekin]);
    const beforeSpec: unknown = annotationPluginKey.getState(before)!.decorations.find()[0]!.spec;
    const after = act(before, { type: 'add', annotations: [deepSeek] });
    const specs: unknown[] = annotationPluginKey
      .getState(after)!
      .decorations.find()
      .map((decoration) => decoration.spec);
    expect(specs).toHaveLength(2);
    expect(specs).toContain(beforeSpec);
  });

  it('ignores an annotation it already shows', () => {
    const state = stateWith([pekin]);
    expect(annotationPluginKey.getState(act(state, { type: 'add', annotations: [pekin] }))).toBe(
      annotationPluginKey.getState(state),
    );
  });

  it('removes an annotation and forgets its selection', () => {
    const selected = act(stateWith([pekin, deepSeek]), { type: 'select', id: 2 });
    const removed = act(selected, { type: 'remove', ids: [2] });
    expect(drawn(removed).map((shown) => shown.text)).toEqual(['Pékin']);
    expect(annotationPluginKey.getState(removed)!.selectedId).toBeNull();
  });

  it('marks the selected annotation and unmarks the previous one', () => {
    const first = act(stateWith([pekin, deepSeek]), { type: 'select', id: 1 });
    const second = act(first, { type: 'select', id: 2 });
    expect(drawn(second)).toEqual([
      { text: 'Pékin', id: 1, selected: false },
      { text: 'DeepSeek', id: 2, selected: true },
    ]);
    expect(annotationPluginKey.getState(second)!.selectedId).toBe(2);
  });

  it('keeps its state on transactions that do not concern it', () => {
    const state = stateWith([pekin]);
    const moved = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 3, 6)));
    expect(annotationPluginKey.getState(moved)).toBe(annotationPluginKey.getState(state));
  });

  it('finds the innermost annotation at a position', () => {
    const outer = annotationOf(4, 'Jensen Huang dirige NVIDIA', 'other');
    const state = stateWith([outer, huang]);
    const pluginState = annotationPluginKey.getState(state)!;
    const inside = pluginState.decorations
      .find()
      .find((decoration) => decoration.to - decoration.from === 'Jensen Huang'.length)!;
    expect(annotationIdsAt(pluginState, inside.from + 2)).toEqual([3, 4]);
    expect(annotationIdsAt(pluginState, inside.to + 3)).toEqual([4]);
  });

  it('turns a label key on a selection into a mark command and ignores it without one', () => {
    const state = stateWith([]);
    const selected = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 1, 6)));
    expect(annotationKeyCommand(selected, keyPress('2'), labelForKey)).toEqual({
      type: 'mark',
      label: 'organisation',
    });
    expect(annotationKeyCommand(state, keyPress('2'), labelForKey)).toBeNull();
    expect(annotationKeyCommand(selected, { ...keyPress('2'), ctrlKey: true }, labelForKey)).toBeNull();
    expect(annotationKeyCommand(selected, keyPress('7'), labelForKey)).toBeNull();
  });

  it('turns C on a selection into marking a claim, whatever the labels, and ignores it without one', () => {
    const state = stateWith([]);
    const selected = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 1, 6)));
    expect(annotationKeyCommand(selected, keyPress('c'), labelForKey)).toEqual({ type: 'markClaim' });
    expect(annotationKeyCommand(selected, keyPress('C'), labelForKey)).toEqual({ type: 'markClaim' });
    expect(annotationKeyCommand(state, keyPress('c'), labelForKey)).toBeNull();
    expect(annotationKeyCommand(selected, { ...keyPress('c'), ctrlKey: true }, labelForKey)).toBeNull();
  });

  it('draws a claim apart from the entities and never relabels it with an entity label', () => {
    const claim = annotationOf(5, 'Pékin a donné son feu vert', claimLabelKey);
    expect(annotationAttributes(claim, false)).toMatchObject({ 'data-kind': 'claim' });
    expect(annotationAttributes(pekin, false)).not.toHaveProperty('data-kind');
    const state = act(stateWith([claim, pekin]), { type: 'select', id: 5 });
    expect(annotationKeyCommand(state, keyPress('1'), labelForKey)).toBeNull();
    expect(annotationKeyCommand(state, keyPress('Delete'), labelForKey)).toEqual({ type: 'delete', id: 5 });
  });

  it('turns a label key on a selected annotation into relabelling it', () => {
    const state = act(stateWith([pekin]), { type: 'select', id: 1 });
    expect(annotationKeyCommand(state, keyPress('1'), labelForKey)).toEqual({
      type: 'relabel',
      id: 1,
      label: 'person',
    });
  });

  it('turns Delete and Backspace into deleting the selected annotation, Escape into deselecting', () => {
    const state = act(stateWith([pekin]), { type: 'select', id: 1 });
    expect(annotationKeyCommand(state, keyPress('Delete'))).toEqual({ type: 'delete', id: 1 });
    expect(annotationKeyCommand(state, keyPress('Backspace'))).toEqual({ type: 'delete', id: 1 });
    expect(annotationKeyCommand(state, keyPress('Escape'))).toEqual({ type: 'deselect' });
    expect(annotationKeyCommand(stateWith([pekin]), keyPress('Delete'))).toBeNull();
  });

  it('steps with Alt+arrows from the caret to the next annotation, then from annotation to annotation', () => {
    const state = stateWith([huang, pekin, deepSeek]);
    const alt = (key: string) => ({ ...keyPress(key), altKey: true });
    expect(annotationKeyCommand(state, alt('ArrowRight'))).toEqual({ type: 'step', annotation: pekin });
    const onDeepSeek = act(state, { type: 'select', id: 2 });
    expect(annotationKeyCommand(onDeepSeek, alt('ArrowRight'))).toEqual({ type: 'step', annotation: huang });
    expect(annotationKeyCommand(onDeepSeek, alt('ArrowLeft'))).toEqual({ type: 'step', annotation: pekin });
    expect(annotationKeyCommand(act(state, { type: 'select', id: 3 }), alt('ArrowRight'))).toBeNull();
  });

  it('steps into a nested annotation after the one around it', () => {
    const outer = annotationOf(4, 'Jensen Huang dirige NVIDIA', 'other');
    const state = act(stateWith([outer, huang]), { type: 'select', id: 4 });
    expect(adjacentAnnotation(state, 1)).toEqual(huang);
    expect(adjacentAnnotation(act(state, { type: 'select', id: 3 }), -1)).toEqual(outer);
  });

  it('selects the innermost annotation on a first click and the next one outwards on a repeated click', () => {
    expect(annotationToSelect([3, 4], null)).toBe(3);
    expect(annotationToSelect([3, 4], 3)).toBe(4);
    expect(annotationToSelect([3, 4], 4)).toBe(3);
    expect(annotationToSelect([3, 4], 1)).toBe(3);
    expect(annotationToSelect([], 3)).toBeNull();
  });

  it('counts how many overlapping annotations are drawn outside each one', () => {
    const outer = annotationOf(4, 'Jensen Huang dirige NVIDIA', 'other');
    const nvidia = annotationOf(5, 'NVIDIA', 'organisation');
    const crossing = annotationOf(6, 'Huang dirige', 'other');
    expect(nestingDepths([outer, huang, nvidia, pekin])).toEqual(
      new Map([
        [4, 0],
        [3, 1],
        [5, 1],
        [1, 0],
      ]),
    );
    expect(nestingDepths([outer, huang, crossing]).get(6)).toBe(2);
  });

  it('draws a nested annotation one level deeper and lifts it back when the outer one goes', () => {
    const outer = annotationOf(4, 'Jensen Huang dirige NVIDIA', 'other');
    const withInner = stateWith([huang]);
    expect(depthOf(withInner, 3)).toBe(0);
    const nested = act(withInner, { type: 'add', annotations: [outer] });
    expect(depthOf(nested, 3)).toBe(1);
    expect(depthOf(nested, 4)).toBe(0);
    expect(depthOf(act(nested, { type: 'remove', ids: [4] }), 3)).toBe(0);
  });

  it('redraws an annotation given a new label, keeping it selected', () => {
    const state = act(stateWith([pekin]), { type: 'select', id: 1 });
    const relabelled = act(state, { type: 'update', annotations: [{ ...pekin, label: 'organisation' }] });
    const [decoration] = annotationPluginKey.getState(relabelled)!.decorations.find();
    expect(relabelled.doc.textBetween(decoration!.from, decoration!.to)).toBe('Pékin');
    expect(annotationPluginKey.getState(relabelled)!.annotations.get(1)!.label).toBe('organisation');
    expect(drawn(relabelled)).toEqual([{ text: 'Pékin', id: 1, selected: true }]);
  });

  it('draws annotations arriving after the text as opening with them would, nesting depths included', () => {
    const outer = annotationOf(4, 'Jensen Huang dirige', 'event');
    const late = act(stateWith([]), { type: 'add', annotations: [pekin, huang, outer] });
    const atOnce = stateWith([pekin, huang, outer]);
    expect(drawn(late)).toEqual(drawn(atOnce));
    expect(depthOf(late, huang.id)).toBe(1);
    expect(depthOf(late, outer.id)).toBe(0);
  });

  it('applies a batch of actions in one transaction: a provisional mark replaced by the stored one', () => {
    const provisional = { ...deepSeek, id: -1 };
    const shown = act(stateWith([pekin]), { type: 'add', annotations: [provisional] });
    const stored = act(shown, {
      type: 'batch',
      actions: [
        { type: 'remove', ids: [provisional.id] },
        { type: 'add', annotations: [deepSeek] },
      ],
    });
    expect(drawn(stored)).toEqual([
      { text: 'Pékin', id: pekin.id, selected: false },
      { text: 'DeepSeek', id: deepSeek.id, selected: false },
    ]);
  });

  it('refuses any change to the text', () => {
    const state = stateWith([pekin]);
    expect(state.applyTransaction(state.tr.insertText('x', 1)).state.doc.eq(doc)).toBe(true);
  });

  it('selects the annotation under a click even when ProseMirror counts it as a double or triple click', () => {
    const selected: (number | null)[] = [];
    const plugin = annotationPlugin([pekin], { ...noCallbacks, onSelect: (id) => selected.push(id) });
    const state = EditorState.create({ doc, plugins: [plugin] });
    // Only `state` is read by the click handlers; a whole EditorView needs a DOM.
    const view = { state } as unknown as EditorView;
    const pos = 3;
    const event = new Event('mousedown') as MouseEvent;
    plugin.props.handleClick?.call(plugin, view, pos, event);
    plugin.props.handleDoubleClick?.call(plugin, view, pos, event);
    plugin.props.handleTripleClick?.call(plugin, view, pos, event);
    expect(selected).toEqual([pekin.id, pekin.id, pekin.id]);
  });
});
