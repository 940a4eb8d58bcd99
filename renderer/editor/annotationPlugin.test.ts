import { EditorState, TextSelection } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { articleText } from '../../shared/articleText';
import { articleSchema } from '../../shared/schema';
import {
  annotationAttributes,
  annotationIdsAt,
  annotationKeyCommand,
  annotationPlugin,
  annotationPluginKey,
  annotationTransaction,
  isAnnotationSpec,
  type AnnotationAction,
  type EditorAnnotation,
} from './annotationPlugin';
import { readOnlyPlugin } from './readOnlyPlugin';

const doc = articleSchema.node('doc', null, [
  articleSchema.node('paragraph', null, [articleSchema.text('Pékin a donné son feu vert à DeepSeek.')]),
  articleSchema.node('paragraph', null, [articleSchema.text('Jensen Huang dirige NVIDIA.')]),
]);
const text = articleText(doc);

function annotationOf(id: number, phrase: string, label: EditorAnnotation['label']): EditorAnnotation {
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

const keyPress = (key: string) => ({ key, ctrlKey: false, metaKey: false, altKey: false });

describe('annotation plugin', () => {
  it('draws the initial annotations over exactly their text', () => {
    expect(drawn(stateWith([pekin, huang]))).toEqual([
      { text: 'Pékin', id: 1, selected: false },
      { text: 'Jensen Huang', id: 3, selected: false },
    ]);
  });

  it('gives a decoration its label class, its id and, when selected, a selected style and aria-current', () => {
    expect(annotationAttributes(pekin, false)).toEqual({
      class: 'annotation label-place',
      'data-annotation-id': '1',
      'data-label': 'place',
    });
    expect(annotationAttributes(pekin, true)).toMatchObject({
      class: 'annotation label-place is-selected',
      'aria-current': 'true',
    });
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

  it('turns 1–6 on a selection into a mark command and ignores them without one', () => {
    const state = stateWith([]);
    const selected = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 1, 6)));
    expect(annotationKeyCommand(selected, keyPress('2'))).toEqual({ type: 'mark', label: 'organisation' });
    expect(annotationKeyCommand(state, keyPress('2'))).toBeNull();
    expect(annotationKeyCommand(selected, { ...keyPress('2'), ctrlKey: true })).toBeNull();
    expect(annotationKeyCommand(selected, keyPress('7'))).toBeNull();
  });

  it('turns Delete and Backspace into deleting the selected annotation, Escape into deselecting', () => {
    const state = act(stateWith([pekin]), { type: 'select', id: 1 });
    expect(annotationKeyCommand(state, keyPress('Delete'))).toEqual({ type: 'delete', id: 1 });
    expect(annotationKeyCommand(state, keyPress('Backspace'))).toEqual({ type: 'delete', id: 1 });
    expect(annotationKeyCommand(state, keyPress('Escape'))).toEqual({ type: 'deselect' });
    expect(annotationKeyCommand(stateWith([pekin]), keyPress('Delete'))).toBeNull();
  });

  it('refuses any change to the text', () => {
    const state = stateWith([pekin]);
    expect(state.applyTransaction(state.tr.insertText('x', 1)).state.doc.eq(doc)).toBe(true);
  });
});
