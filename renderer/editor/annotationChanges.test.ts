import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../shared/domain';
import { annotationChanges } from './annotationChanges';

function annotation(id: number, start: number, label = 'person'): Annotation {
  return {
    id,
    articleId: 1,
    start,
    end: start + 5,
    kind: 'entity',
    label,
    quote: 'Pékin',
    prefix: '',
    suffix: '',
    glossaryEntryId: null,
    author: null,
    createdAt: '2026-01-01T00:00:00.000Z',
  };
}

const first = annotation(1, 0);
const second = annotation(2, 10);

describe('annotation changes', () => {
  it('finds nothing to do when the list is the same or holds the same annotations', () => {
    const shown = [first, second];
    expect(annotationChanges(shown, shown)).toBeNull();
    expect(annotationChanges(shown, [second, first])).toBeNull();
  });

  it('adds a new annotation and removes a gone one, in one batch when both happen', () => {
    expect(annotationChanges([first], [first, second])).toEqual({
      type: 'add',
      annotations: [{ id: 2, label: 'person', start: 10, end: 15 }],
    });
    expect(annotationChanges([first, second], [first])).toEqual({ type: 'remove', ids: [2] });
    const stored = annotation(3, 10);
    expect(annotationChanges([first, { ...second, id: -1 }], [first, stored])).toEqual({
      type: 'batch',
      actions: [
        { type: 'remove', ids: [-1] },
        { type: 'add', annotations: [{ id: 3, label: 'person', start: 10, end: 15 }] },
      ],
    });
  });

  it('updates an annotation reloaded with another label, and not one reloaded unchanged', () => {
    const reloaded = [{ ...first }, { ...second, label: 'place' }];
    expect(annotationChanges([first, second], reloaded)).toEqual({
      type: 'update',
      annotations: [{ id: 2, label: 'place', start: 10, end: 15 }],
    });
  });
});
