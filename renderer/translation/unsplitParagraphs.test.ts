import { describe, expect, it } from 'vitest';
import { unsplitParagraphs } from './unsplitParagraphs';

const text = 'Un. Deux.\n\nTrois.\n\nQuatre. Cinq.';

describe('unsplitParagraphs', () => {
  it('lists every paragraph of an article not split at all', () => {
    expect(unsplitParagraphs(text, [])).toEqual([
      { start: 0, end: 9, text: 'Un. Deux.' },
      { start: 11, end: 17, text: 'Trois.' },
      { start: 19, end: 32, text: 'Quatre. Cinq.' },
    ]);
  });

  it('leaves out paragraphs whose words are all in segments, keeps one split in part', () => {
    const segments = [
      { start: 0, end: 3 },
      { start: 4, end: 9 },
      { start: 19, end: 26 },
    ];
    expect(unsplitParagraphs(text, segments).map((paragraph) => paragraph.text)).toEqual([
      'Trois.',
      'Quatre. Cinq.',
    ]);
    expect(unsplitParagraphs(text, [...segments, { start: 11, end: 17 }, { start: 27, end: 32 }])).toEqual(
      [],
    );
  });

  it('has nothing to offer for an empty text or one of spaces only', () => {
    expect(unsplitParagraphs('', [])).toEqual([]);
    expect(unsplitParagraphs(' \n\n ', [])).toEqual([]);
  });
});
