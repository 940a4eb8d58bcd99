import { describe, expect, it } from 'vitest';
import { foldText } from './foldText';

describe('foldText', () => {
  it('ignores case and accents', () => {
    expect(foldText('PÉKIN')).toBe(foldText('pekin'));
    expect(foldText('Élysée')).toBe('elysee');
  });

  it('treats decomposed input like composed input', () => {
    expect(foldText('E\u0301lyse\u0301e')).toBe(foldText('Élysée'));
  });

  it('unifies apostrophes and every kind of space', () => {
    expect(foldText('l’État')).toBe(foldText("l'Etat"));
    expect(foldText('Jensen\u00a0 Huang')).toBe('jensen huang');
    expect(foldText(' Jensen\u202fHuang ')).toBe('jensen huang');
  });
});
