import { describe, expect, it } from 'vitest';
import { foldWithMap } from './foldWithMap';

describe('foldWithMap', () => {
  it('folds case, accents, apostrophes and spaces', () => {
    expect(foldWithMap('L’ÉTAT  à\u00a0Paris').folded).toBe("l'etat a paris");
  });

  it('keeps for every folded character the original range it came from', () => {
    const text = 'Œuvre de Ce\u0301line';
    const { folded, starts, ends } = foldWithMap(text);
    const at = folded.indexOf('celine');
    expect(text.slice(starts[at]!, ends[at + 5]!)).toBe('Ce\u0301line');
    expect(folded.startsWith('oeuvre') || folded.startsWith('œuvre')).toBe(true);
  });
});
