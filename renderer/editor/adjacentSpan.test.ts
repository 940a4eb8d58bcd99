import { describe, expect, it } from 'vitest';
import { adjacentSpan } from './adjacentSpan';

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
const outer = { name: 'outer', start: 10, end: 40 };
const inner = { name: 'inner', start: 10, end: 20 };
const later = { name: 'later', start: 50, end: 55 };
const spans = [later, inner, outer];

describe('adjacentSpan', () => {
  it('steps in reading order, the outer span before the inner one at the same start', () => {
    expect(adjacentSpan(spans, outer, 0, 1, byName)).toBe(inner);
    expect(adjacentSpan(spans, inner, 0, 1, byName)).toBe(later);
    expect(adjacentSpan(spans, inner, 0, -1, byName)).toBe(outer);
  });

  it('starts from the caret when nothing is current', () => {
    expect(adjacentSpan(spans, null, 30, 1, byName)).toBe(later);
    expect(adjacentSpan(spans, null, 30, -1, byName)).toBe(inner);
  });

  it('stops at either end', () => {
    expect(adjacentSpan(spans, later, 0, 1, byName)).toBeNull();
    expect(adjacentSpan(spans, outer, 0, -1, byName)).toBeNull();
  });
});
