import { describe, expect, it } from 'vitest';
import { formatDate } from './formatDate';

describe('formatDate in French', () => {
  it('writes the first day of a month as an ordinal, « 1er décembre »', () => {
    expect(formatDate('2026-12-01', 'fr')).toBe('1er décembre 2026');
    expect(formatDate('2026-12-01', 'fr-CA')).toBe('1er décembre 2026');
  });

  it('writes the other days as cardinals, and English days unchanged', () => {
    expect(formatDate('2026-12-11', 'fr')).toBe('11 décembre 2026');
    expect(formatDate('2026-12-21', 'fr')).toBe('21 décembre 2026');
    expect(formatDate('2026-12-01', 'en')).toBe('December 1, 2026');
    expect(formatDate('2026-12-01', 'en-GB')).toBe('1 December 2026');
  });

  it('writes the ordinal in a date-time too', () => {
    expect(formatDate('2026-03-01T12:00:00Z', 'fr')).toBe('1er mars 2026');
  });
});
