import { describe, expect, it } from 'vitest';
import { canMergeSegments, splitPointIsValid } from './segmentEdits';
import { segmentSentences } from './segmentSentences';

const text = 'M. Dupont est arrivé.\u00a0 Il a parlé. Puis il est parti.\n\nLe lendemain, rien.';
const [first, second, third, fourth] = segmentSentences(text);

describe('canMergeSegments', () => {
  it('merges neighbours of one line separated by white space only, no-break spaces included', () => {
    expect([first, second, third, fourth].every(Boolean)).toBe(true);
    expect(canMergeSegments(text, first!, second!)).toBe(true);
    expect(canMergeSegments(text, second!, third!)).toBe(true);
  });

  it('refuses segments of different text blocks (a line break between them)', () => {
    expect(canMergeSegments(text, third!, fourth!)).toBe(false);
  });

  it('refuses segments out of order, overlapping, or with text between them', () => {
    expect(canMergeSegments(text, second!, first!)).toBe(false);
    expect(canMergeSegments(text, first!, { start: first!.end - 3, end: second!.end })).toBe(false);
    expect(canMergeSegments(text, first!, third!)).toBe(false);
  });

  it('refuses empty or out-of-bounds spans', () => {
    expect(canMergeSegments(text, { start: 0, end: 0 }, first!)).toBe(false);
    expect(canMergeSegments(text, fourth!, { start: fourth!.end, end: text.length + 1 })).toBe(false);
    expect(canMergeSegments(text, { start: -1, end: 2 }, first!)).toBe(false);
  });

  it('merges a segment that ends where the next starts', () => {
    expect(canMergeSegments('AB', { start: 0, end: 1 }, { start: 1, end: 2 })).toBe(true);
  });
});

describe('splitPointIsValid', () => {
  it('accepts a point strictly inside with text on both sides', () => {
    expect(splitPointIsValid(text, first!, text.indexOf(' est'))).toBe(true);
    expect(splitPointIsValid(text, first!, first!.start + 1)).toBe(true);
    expect(splitPointIsValid(text, first!, first!.end - 1)).toBe(true);
  });

  it('refuses the edges and points outside the segment', () => {
    expect(splitPointIsValid(text, first!, first!.start)).toBe(false);
    expect(splitPointIsValid(text, first!, first!.end)).toBe(false);
    expect(splitPointIsValid(text, second!, first!.start + 2)).toBe(false);
    expect(splitPointIsValid(text, first!, 2.5)).toBe(false);
  });

  it('refuses a point that leaves only white space on one side', () => {
    const spaced = 'A     B';
    const segment = { start: 0, end: spaced.length };
    expect(splitPointIsValid(spaced, segment, 3)).toBe(true);
    expect(splitPointIsValid('A \u00a0', { start: 0, end: 3 }, 1)).toBe(false);
    expect(splitPointIsValid('\u202f B', { start: 0, end: 3 }, 2)).toBe(false);
  });

  it('refuses a point between the two halves of a surrogate pair', () => {
    const emoji = 'Bravo 🎉 à tous.';
    const segment = { start: 0, end: emoji.length };
    const pair = emoji.indexOf('🎉');
    expect(splitPointIsValid(emoji, segment, pair + 1)).toBe(false);
    expect(splitPointIsValid(emoji, segment, pair)).toBe(true);
    expect(splitPointIsValid(emoji, segment, pair + 2)).toBe(true);
  });
});
