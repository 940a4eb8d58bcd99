/// A span of `article.text` the keyboard can step through (an annotation or a suggestion).
export interface SteppableSpan {
  readonly start: number;
  readonly end: number;
}

/// Reading order: earlier start first; at the same start, the longer (outer) span first; `tie`
/// settles the rest so the order is total.
function readingOrder<T extends SteppableSpan>(tie: (a: T, b: T) => number): (a: T, b: T) => number {
  return (a, b) => a.start - b.start || b.end - a.end || tie(a, b);
}

/// The span after (`direction` 1) or before (-1) `current` in reading order; with no current
/// span, the first one starting at or after `offset` (forward) or the last starting before it
/// (backward). Null at either end: stepping does not wrap around.
export function adjacentSpan<T extends SteppableSpan>(
  spans: Iterable<T>,
  current: T | null,
  offset: number,
  direction: 1 | -1,
  tie: (a: T, b: T) => number,
): T | null {
  const ordered = [...spans].sort(readingOrder(tie));
  if (current) {
    const index = ordered.indexOf(current);
    if (index >= 0) return ordered[index + direction] ?? null;
  }
  if (direction === 1) return ordered.find((span) => span.start >= offset) ?? null;
  return ordered.findLast((span) => span.start < offset) ?? null;
}
