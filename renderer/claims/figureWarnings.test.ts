import { describe, expect, it } from 'vitest';
import { figureWarnings } from './figureWarnings';

const claim = 'jusqu’à 400 000 GPU pourraient être concernés, soit 25 % des ventes';

describe('figureWarnings', () => {
  it('says nothing while there is no translation', () => {
    expect(figureWarnings(claim, '  ')).toEqual([]);
  });

  it('flags a changed figure with both renderings', () => {
    expect(figureWarnings(claim, 'up to 40,000 GPUs could be affected, or 25% of sales')).toEqual([
      { type: 'changed', source: '400 000', target: '40,000' },
    ]);
  });

  it('is empty once the translation keeps every figure', () => {
    expect(figureWarnings(claim, 'up to 400,000 GPUs could be affected, or 25% of sales')).toEqual([]);
  });

  it('flags a figure left out and one added', () => {
    expect(figureWarnings(claim, 'up to 400,000 GPUs could be affected')).toEqual([
      { type: 'missing', source: '25 %' },
    ]);
    expect(figureWarnings(claim, 'up to 400,000 GPUs could be affected, or 25% of sales in 2026')).toEqual([
      { type: 'extra', target: '2026' },
    ]);
  });
});
