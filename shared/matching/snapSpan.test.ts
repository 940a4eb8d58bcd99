import { describe, expect, it } from 'vitest';
import { entityWords, snapClaimSpan, snapSpan } from './snapSpan';

function snapped(text: string, selected: string, occurrence = 0): string | null {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(selected, start + 1);
  const span = snapSpan(text, start, start + selected.length);
  return span ? text.slice(span.start, span.end) : null;
}

describe('snapSpan', () => {
  const text =
    'Pékin a donné son feu vert à DeepSeek, un feu vert qui s’étend à ByteDance, d’Alibaba et l’EPR de Jean-Pierre.';

  it('trims surrounding spaces and punctuation', () => {
    expect(snapped(text, ' DeepSeek, ')).toBe('DeepSeek');
  });

  it('extends a partial selection to the whole word', () => {
    expect(snapped(text, 'eepSe')).toBe('DeepSeek');
  });

  it('drops an elided article with a typographic apostrophe', () => {
    expect(snapped(text, 'd’Alibaba')).toBe('Alibaba');
    expect(snapped(text, 'l’EPR')).toBe('EPR');
  });

  it('drops an elided article with a straight apostrophe', () => {
    expect(snapped("jusqu'Alibaba", "jusqu'Alibaba")).toBe('Alibaba');
    expect(snapped("Lorsqu'Huawei", "Lorsqu'Huawei")).toBe('Huawei');
  });

  it('keeps a hyphenated name whole', () => {
    expect(snapped(text, 'Pierre')).toBe('Jean-Pierre');
  });

  it('returns null for a selection without a word', () => {
    expect(snapped(text, ', ')).toBeNull();
  });

  it('keeps several words when several are selected', () => {
    expect(snapped('CEO de NVIDIA, Jensen Huang, a dit', 'Jensen Huang,')).toBe('Jensen Huang');
  });
});

describe('entityWords', () => {
  it('names an entity by its snapped words', () => {
    expect(entityWords('d’Alibaba', 0, 9)).toBe('Alibaba');
  });

  it('keeps the trimmed span when no word is left to snap to', () => {
    expect(entityWords(' « » ', 0, 5)).toBe('« »');
  });
});

describe('snapClaimSpan', () => {
  const text =
    'Selon plusieurs informations concordantes, jusqu’à 400 000 GPU pourraient être concernés. « Les licences sont toujours en cours », a-t-il dit. Les ventes ont bondi de 23 %.';

  function claimed(selected: string, from = selected): string | null {
    const start = text.indexOf(from);
    const span = snapClaimSpan(text, start, start + selected.length);
    return span ? text.slice(span.start, span.end) : null;
  }

  it('keeps the leading elision that an entity span drops', () => {
    const phrase = 'jusqu’à 400 000 GPU pourraient être concernés';
    expect(claimed(phrase)).toBe(phrase);
    expect(snapped(text, phrase)).toBe('à 400 000 GPU pourraient être concernés');
  });

  it('extends partial words at both ends', () => {
    expect(claimed('squ’à 400 000 GPU pourraient être concer', 'squ’à')).toBe(
      'jusqu’à 400 000 GPU pourraient être concernés',
    );
  });

  it('drops the surrounding quotation marks, spaces and the final full stop', () => {
    expect(claimed('« Les licences sont toujours en cours »')).toBe('Les licences sont toujours en cours');
    expect(claimed('jusqu’à 400 000 GPU pourraient être concernés. ')).toBe(
      'jusqu’à 400 000 GPU pourraient être concernés',
    );
  });

  it('keeps the percent sign of a figure at its end', () => {
    expect(claimed('Les ventes ont bondi de 23 %.')).toBe('Les ventes ont bondi de 23 %');
  });

  it('returns null for a selection without a word', () => {
    expect(claimed('. « ')).toBeNull();
    expect(snapClaimSpan('23 %', 2, 4)).toBeNull();
  });
});
