import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../shared/domain';
import { followedSelection } from './followedSelection';

const shown = (id: number, start: number, label = 'organisation') =>
  ({ id, start, end: start + 7, label }) as Annotation;

describe('followedSelection', () => {
  it('follows a pending mark to its stored self, and keeps any other selection', () => {
    const pending = [shown(1, 0), shown(-1, 20)];
    const stored = [shown(1, 0), shown(2, 20)];
    expect(followedSelection(-1, pending, stored)).toBe(2);
    expect(followedSelection(1, pending, stored)).toBe(1);
    expect(followedSelection(null, pending, stored)).toBeNull();
    // A mark taken back (refused) leaves nothing to follow.
    expect(followedSelection(-1, pending, [shown(1, 0)])).toBe(-1);
    // Another label over the same span is another annotation.
    expect(followedSelection(-1, pending, [shown(1, 0), shown(3, 20, 'place')])).toBe(-1);
  });
});
