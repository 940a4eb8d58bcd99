import { expect } from 'vitest';
import type { SentenceSpan } from '../segmentSentences';

/// Checks `segmentSentences`' contract for `spans` cut from `range` of `text`: each span inside
/// the range, in order, not overlapping, not empty, without white space at its edges or a line
/// feed inside, and every character of the range that is not white space inside some span.
export function expectSegmentContract(
  text: string,
  spans: readonly SentenceSpan[],
  range: SentenceSpan = { start: 0, end: text.length },
): void {
  let previousEnd = range.start;
  const covered: boolean[] = [];
  for (const span of spans) {
    const piece = text.slice(span.start, span.end);
    expect(span.start, JSON.stringify(piece)).toBeGreaterThanOrEqual(previousEnd);
    expect(span.end, JSON.stringify(piece)).toBeGreaterThan(span.start);
    expect(span.end, JSON.stringify(piece)).toBeLessThanOrEqual(range.end);
    expect(piece.trim(), 'trimmed').toBe(piece);
    expect(piece, 'no line feed inside').not.toContain('\n');
    for (let offset = span.start; offset < span.end; offset += 1) covered[offset] = true;
    previousEnd = span.end;
  }
  const uncovered: number[] = [];
  for (let offset = range.start; offset < range.end; offset += 1)
    if (!covered[offset] && /\S/.test(text[offset] ?? '')) uncovered.push(offset);
  expect(uncovered, 'non-space characters outside every span').toEqual([]);
}
