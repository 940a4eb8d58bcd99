import { describe, expect, it } from 'vitest';
import { segmentSourceKey } from './segmentSourceKey';

describe('segmentSourceKey', () => {
  it('collapses every kind of white space, no-break spaces included, into one plain space and trims', () => {
    expect(segmentSourceKey('  Il\u00a0pleut\u202f!\t\nVraiment  ')).toBe('Il pleut ! Vraiment');
  });

  it('composes accents so a decomposed é finds its repeat', () => {
    expect(segmentSourceKey('Le ciel est bleu, de\u0301cide\u0301.')).toBe(
      segmentSourceKey('Le ciel est bleu, décidé.'),
    );
  });

  it('keeps case and accents apart', () => {
    expect(segmentSourceKey('Il pleut.')).not.toBe(segmentSourceKey('il pleut.'));
    expect(segmentSourceKey('Élu.')).not.toBe(segmentSourceKey('Elu.'));
  });
});
