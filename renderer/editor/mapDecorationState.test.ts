import { EditorState } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { describe, expect, it } from 'vitest';
import { textBlockSpans } from '../../shared/articleText';
import { articleSchema as s } from '../../shared/schema';
import { mapDecorationState } from './mapDecorationState';

const doc = s.node('doc', null, [s.node('paragraph', null, [s.text('Pékin et Paris')])]);
const state = EditorState.create({ doc });
const value = {
  spans: textBlockSpans(doc),
  decorations: DecorationSet.create(doc, [Decoration.inline(10, 15, { class: 'annotation' })]),
};

describe('mapDecorationState', () => {
  it('returns the same state when the document did not change', () => {
    expect(mapDecorationState(value, state.tr.setMeta('x', 1))).toBe(value);
  });

  it('maps decorations and recomputes text blocks when it did', () => {
    const mapped = mapDecorationState(value, state.tr.insertText('À ', 1));
    expect(mapped.decorations.find().map(({ from, to }) => [from, to])).toEqual([[12, 17]]);
    expect(mapped.spans[0]!.end).toBe(value.spans[0]!.end + 2);
  });
});
