import { describe, expect, it } from 'vitest';
import { formatTermList, isWikidataId, parseTermList } from './termList';

describe('term lists', () => {
  it('splits on commas, trims, drops empty items and repeats', () => {
    expect(parseTermList(' Pékin,  Beijing ,, Pékin ')).toEqual(['Pékin', 'Beijing']);
    expect(parseTermList('')).toEqual([]);
  });

  it('shows a list as one comma-separated line', () => {
    expect(formatTermList(['Peking', 'Beiping'])).toBe('Peking, Beiping');
  });
});

describe('isWikidataId', () => {
  it('accepts Q followed by digits, or nothing', () => {
    expect(isWikidataId('Q956')).toBe(true);
    expect(isWikidataId('')).toBe(true);
  });

  it('refuses anything else', () => {
    expect(isWikidataId('956')).toBe(false);
    expect(isWikidataId('Q0')).toBe(false);
    expect(isWikidataId('q956')).toBe(false);
    expect(isWikidataId('Q95a')).toBe(false);
  });
});
