import { describe, expect, it } from 'vitest';
import { firstStageMargin, stageFilter, stageLength } from './drawingStages';

const inView = { start: 100_000, end: 101_500 };
const span = (start: number, end = start + 5) => ({ start, end });
const nothingPinned = () => false;

describe('stageFilter', () => {
  it('draws the part in view, widened by the margin, and what is pinned first', () => {
    const { includes, done } = stageFilter(inView, 0, 400_000, (item) => item.start === 5);
    expect(done).toBe(false);
    expect(includes(span(100_500))).toBe(true);
    expect(includes(span(inView.start - firstStageMargin + 1))).toBe(true);
    expect(includes(span(inView.end + firstStageMargin - 1))).toBe(true);
    // A long span reaching into the window counts as in view.
    expect(includes(span(80_000, 99_000))).toBe(true);
    expect(includes(span(inView.end + firstStageMargin))).toBe(false);
    expect(includes(span(10))).toBe(false);
    expect(includes(span(5))).toBe(true);
  });

  it('adds the text in slices from its start, stage after stage, and says when all is drawn', () => {
    const second = stageFilter(inView, 2, 400_000, nothingPinned);
    expect(second.includes(span(2 * stageLength - 1))).toBe(true);
    expect(second.includes(span(2 * stageLength))).toBe(false);
    expect(second.includes(span(100_200))).toBe(true);
    const last = stageFilter(inView, Math.ceil(400_000 / stageLength), 400_000, nothingPinned);
    expect(last.done).toBe(true);
    expect(last.includes(span(399_990))).toBe(true);
  });

  it('is done at once when the text is shorter than a slice', () => {
    expect(stageFilter({ start: 0, end: 0 }, 1, stageLength - 1, nothingPinned).done).toBe(true);
  });
});
