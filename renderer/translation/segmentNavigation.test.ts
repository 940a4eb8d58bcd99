import { describe, expect, it } from 'vitest';
import { adjacentSegmentId, nextUnconfirmedId, segmentCounts, withSegments } from './segmentNavigation';
import { segmentOf } from './testing/segmentOf';

const segments = [
  { id: 1, status: 'translated' },
  { id: 2, status: 'new' },
  { id: 3, status: 'reviewed' },
  { id: 4, status: 'draft' },
] as const;

describe('segment navigation', () => {
  it('steps to the adjacent segment and stops at either end', () => {
    expect(adjacentSegmentId(segments, 2, 1)).toBe(3);
    expect(adjacentSegmentId(segments, 2, -1)).toBe(1);
    expect(adjacentSegmentId(segments, 4, 1)).toBeNull();
    expect(adjacentSegmentId(segments, 1, -1)).toBeNull();
    expect(adjacentSegmentId(segments, 9, 1)).toBeNull();
  });

  it('finds the next unconfirmed segment, going round to the top', () => {
    expect(nextUnconfirmedId(segments, 1)).toBe(2);
    expect(nextUnconfirmedId(segments, 2)).toBe(4);
    expect(nextUnconfirmedId(segments, 4)).toBe(2);
    expect(
      nextUnconfirmedId(
        [
          { id: 1, status: 'new' },
          { id: 2, status: 'translated' },
        ],
        1,
      ),
    ).toBeNull();
  });

  it('counts reviewed segments as translated too', () => {
    expect(segmentCounts(segments)).toEqual({ segments: 4, translated: 2, reviewed: 1 });
  });

  it('puts changed segments in place and keeps the list when none of them is in it', () => {
    const shown = [segmentOf(1, 'Un.', 0, { target: 'a' }), segmentOf(2, 'Deux.', 4, { target: 'b' })];
    const changed = segmentOf(2, 'Deux.', 4, { target: 'c' });
    expect(withSegments(shown, [changed]).map((segment) => segment.target)).toEqual(['a', 'c']);
    const elsewhere = segmentOf(7, 'Ailleurs.', 0, { articleId: 2 });
    expect(withSegments(shown, [elsewhere])).toBe(shown);
  });
});
