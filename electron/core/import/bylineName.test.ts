import { describe, expect, it } from 'vitest';
import { bylineName } from './bylineName';

describe('bylineName', () => {
  it('keeps only the name from a French byline with its date', () => {
    expect(bylineName('Par Claire Lemoine — publié le 12 mars 2026 à 7 h 45')).toBe('Claire Lemoine');
    expect(bylineName('Par  Jean Martin, publié le 3 avril')).toBe('Jean Martin');
  });

  it('handles English bylines and bare names', () => {
    expect(bylineName('By Anne Smith | March 3')).toBe('Anne Smith');
    expect(bylineName('Hélène Desfontaines')).toBe('Hélène Desfontaines');
  });

  it('keeps hyphenated names whole', () => {
    expect(bylineName('Par Jean-Pierre Durand-Lefèvre')).toBe('Jean-Pierre Durand-Lefèvre');
  });

  it('returns null when nothing is left', () => {
    expect(bylineName('Par ')).toBeNull();
  });
});
