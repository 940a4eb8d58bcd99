import { describe, expect, it } from 'vitest';
import { articleText, textBlockSpans } from '../../shared/articleText';
import { articleSchema } from '../../shared/schema';
import { selectionSpan } from './selectionSpan';
import { trimSpan } from './trimSpan';

describe('trimSpan', () => {
  const text = 'Selon « Pékin », d’Alibaba et l’EPR de Flamanville.';

  const trimmed = (from: string) => {
    const start = text.indexOf(from);
    const span = trimSpan(text, { start, end: start + from.length });
    return span && text.slice(span.start, span.end);
  };

  it('drops surrounding spaces, guillemets and their narrow spaces', () => {
    expect(trimmed('« Pékin »')).toBe('Pékin');
  });

  it('drops trailing punctuation', () => {
    expect(trimmed('Flamanville.')).toBe('Flamanville');
  });

  it('drops the elided article from the span', () => {
    expect(trimmed('d’Alibaba ')).toBe('Alibaba');
    expect(trimmed('l’EPR')).toBe('EPR');
  });

  it('keeps an elision that is the whole selection', () => {
    expect(trimmed('l’')).toBe('l');
  });

  it('returns null when only spaces and punctuation are selected', () => {
    expect(trimmed(' », ')).toBeNull();
  });

  it('accepts a backwards span', () => {
    const start = text.indexOf('Pékin');
    expect(trimSpan(text, { start: start + 5, end: start })).toEqual({ start, end: start + 5 });
  });
});

describe('selectionSpan', () => {
  const doc = articleSchema.node('doc', null, [
    articleSchema.node('heading', { level: 1 }, [articleSchema.text('Titre')]),
    articleSchema.node('paragraph', null, [
      articleSchema.text('Jensen Huang, CEO de '),
      articleSchema.text('NVIDIA', [articleSchema.marks.strong.create()]),
      articleSchema.text('.'),
    ]),
  ]);
  const text = articleText(doc);
  const spans = textBlockSpans(doc);

  const positionOf = (phrase: string) => {
    let found = -1;
    doc.descendants((node, pos) => {
      if (found < 0 && node.isText && node.text!.includes(phrase)) found = pos + node.text!.indexOf(phrase);
    });
    return found;
  };

  it('maps a selection in the second block to offsets of article.text', () => {
    const from = positionOf('NVIDIA');
    const span = selectionSpan(spans, text, { from: from - 1, to: from + 'NVIDIA'.length + 1 });
    expect(span && text.slice(span.start, span.end)).toBe('NVIDIA');
  });

  it('is null for an empty selection', () => {
    expect(selectionSpan(spans, text, { from: 3, to: 3 })).toBeNull();
  });
});
