import { describe, expect, it } from 'vitest';
import { frenchTokens } from './frenchTokens';

const words = (text: string) => frenchTokens(text).map((token) => token.text);

describe('frenchTokens', () => {
  it('splits elisions from the word after them', () => {
    expect(words('l’Élysée et d’Alibaba')).toEqual(['l’', 'Élysée', 'et', 'd’', 'Alibaba']);
    expect(words("qu'il jusqu’à l’homme")).toEqual(["qu'", 'il', 'jusqu’', 'à', 'l’', 'homme']);
    expect(words('aujourd’hui')).toEqual(['aujourd’hui']);
  });

  it('keeps hyphenated names, decimals, abbreviations and acronyms whole', () => {
    expect(words('Jean-Luc Mélenchon à Saint-Denis')).toEqual(['Jean-Luc', 'Mélenchon', 'à', 'Saint-Denis']);
    expect(words('3,3 milliards, art. 49.3 de la S.N.C.F.')).toEqual([
      '3,3',
      'milliards',
      ',',
      'art.',
      '49.3',
      'de',
      'la',
      'S.N.C.F.',
    ]);
    expect(words('M. Macron et Mme Dupont.')).toEqual(['M.', 'Macron', 'et', 'Mme', 'Dupont', '.']);
  });

  it('makes each punctuation mark a token and splits on no-break spaces', () => {
    expect(words('« Non ! » a-t-il dit\u00a0: 23\u202f%')).toEqual([
      '«',
      'Non',
      '!',
      '»',
      'a-t-il',
      'dit',
      ':',
      '23',
      '%',
    ]);
  });

  it('gives offsets that slice the text, also after an emoji', () => {
    const text = '😀 Le groupe d’Alibaba, à Pékin.';
    for (const token of frenchTokens(text)) expect(text.slice(token.start, token.end)).toBe(token.text);
  });
});
