import { describe, expect, it } from 'vitest';
import { articleText, textBlockSpans } from '../../shared/articleText';
import { articleSchema } from '../../shared/schema';
import { claimSelectionSpan, selectionSpan } from './selectionSpan';

describe('selectionSpan', () => {
  const doc = articleSchema.node('doc', null, [
    articleSchema.node('heading', { level: 1 }, [articleSchema.text('Titre')]),
    articleSchema.node('paragraph', null, [
      articleSchema.text('Jensen Huang, CEO de '),
      articleSchema.text('NVIDIA', [articleSchema.marks.strong.create()]),
      articleSchema.text(', a parlé d’Alibaba.'),
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

  const selected = (from: number, to: number) => {
    const span = selectionSpan(spans, text, { from, to });
    return span && text.slice(span.start, span.end);
  };

  it('maps a selection in the second block to offsets of article.text, without the spaces around it', () => {
    const from = positionOf('NVIDIA');
    expect(selected(from - 1, from + 'NVIDIA'.length + 1)).toBe('NVIDIA');
  });

  it('snaps a partial selection to the whole word', () => {
    const from = positionOf('Huang');
    expect(selected(from + 1, from + 3)).toBe('Huang');
  });

  it('drops the elided article and the final full stop', () => {
    const from = positionOf('d’Alibaba.');
    expect(selected(from, from + 'd’Alibaba.'.length)).toBe('Alibaba');
  });

  it('is null for an empty selection or one holding only punctuation', () => {
    expect(selectionSpan(spans, text, { from: 3, to: 3 })).toBeNull();
    const comma = positionOf(', CEO');
    expect(selectionSpan(spans, text, { from: comma, to: comma + 2 })).toBeNull();
  });

  it('keeps the elision of a claim and drops its final full stop', () => {
    const from = positionOf('a parlé d’Alibaba.');
    const span = claimSelectionSpan(spans, text, { from, to: from + 'a parlé d’Alibaba.'.length });
    expect(span && text.slice(span.start, span.end)).toBe('a parlé d’Alibaba');
    const elided = positionOf('d’Alibaba');
    const claim = claimSelectionSpan(spans, text, { from: elided, to: elided + 'd’Alibaba'.length });
    expect(claim && text.slice(claim.start, claim.end)).toBe('d’Alibaba');
  });
});
