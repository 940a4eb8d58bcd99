import { describe, expect, it } from 'vitest';
import { findTermMatches, foldBoth, foldCaseless, foldExact, irregularPlural, termForm } from './termMatch';

describe('foldExact and foldCaseless', () => {
  it('keep every offset of the text', () => {
    const text = 'İstanbul\u00a0et l’Élysée\u202f: Ǆ ‑ «\u2009x\u2009» 🇫🇷';
    expect(foldExact(text)).toHaveLength(text.length);
    expect(foldCaseless(text)).toHaveLength(text.length);
  });

  it('make every space plain and every apostrophe straight; the caseless one lowers and drops accents', () => {
    expect(foldExact('Conseil\u00a0d’État')).toBe("Conseil d'État");
    expect(foldCaseless('Conseil\u00a0d’État')).toBe("conseil d'etat");
    expect(foldBoth('RÉGIE’s')).toEqual({ exact: "RÉGIE's", caseless: "regie's" });
  });
});

describe('findTermMatches', () => {
  const find = (terms: readonly string[], text: string) => {
    const forms = terms.map((term, index) => termForm(term, true, index === 0 ? 'preferred' : 'avoid')!);
    const { exact, caseless } = foldBoth(text);
    return findTermMatches(forms, caseless, exact).map((match) => text.slice(match.start, match.end));
  };

  it('finds whole words with a plural or possessive ending, in text order', () => {
    expect(find(['Beijing'], 'Beijing’s, beijings, BEIJING’, Beijinger, xBeijing, Beijing.')).toEqual([
      'Beijing',
      'beijing',
      'BEIJING',
      'Beijing',
    ]);
  });

  it('keeps the longest of overlapping matches', () => {
    expect(
      find(['Central Bank', 'European Central Bank'], 'The European Central Bank and the Central Bank.'),
    ).toEqual(['European Central Bank', 'Central Bank']);
  });

  it('finds a plural in -ies', () => {
    expect(irregularPlural('agency')).toBe('agencies');
    expect(irregularPlural('day')).toBeNull();
    expect(find(['agency'], 'Agencies and agency’s.')).toEqual(['Agencies', 'agency']);
  });

  it('has nothing to look for in a term without letters or digits', () => {
    expect(termForm(' – ', true, 'preferred')).toBeNull();
  });
});
