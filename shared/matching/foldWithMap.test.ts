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

  it('keeps offsets exact after a character outside the Basic Multilingual Plane', () => {
    const text = '😀 Pékin 𝒜 Lyon';
    const { folded, starts, ends } = foldWithMap(text);
    expect(folded).toBe('😀 pekin 𝒜 lyon');
    const at = folded.indexOf('lyon');
    expect(text.slice(starts[at]!, ends[at + 3]!)).toBe('Lyon');
    expect(starts).toHaveLength(folded.length);
  });

  it('folds the same text the same way every time', () => {
    const text = 'À l’ŒUVRE, Ça\u00a0va ; Ève';
    expect(foldWithMap(text)).toEqual(foldWithMap(text));
    expect(foldWithMap(text).folded).toBe("a l'œuvre, ca va ; eve");
  });
});
