import { describe, expect, it } from 'vitest';
import { articleText, offsetToPos, posToOffset, textBlockSpans } from './articleText';
import { articleSchema as s } from './schema';

const doc = s.node('doc', null, [
  s.node('heading', { level: 1 }, [s.text('Titre')]),
  s.node('paragraph', null, [
    s.text('Un '),
    s.text('mot', [s.mark('em')]),
    s.node('hard_break'),
    s.text('fin'),
  ]),
  s.node('blockquote', null, [s.node('paragraph', null, [s.text('« Cité »')])]),
  s.node('bullet_list', null, [s.node('list_item', null, [s.node('paragraph', null, [s.text('Point')])])]),
]);

describe('articleText', () => {
  it('joins the text blocks with a blank line and counts a hard break as a newline', () => {
    expect(articleText(doc)).toBe('Titre\n\nUn mot\nfin\n\n« Cité »\n\nPoint');
  });

  it('maps every character offset to the document position holding it and back', () => {
    const text = articleText(doc);
    const spans = textBlockSpans(doc);
    for (const span of spans) {
      for (let offset = span.start; offset < span.end; offset++) {
        const pos = offsetToPos(spans, offset);
        expect(doc.textBetween(pos, pos + 1, undefined, '\n')).toBe(text[offset]);
        expect(posToOffset(spans, pos)).toBe(offset);
      }
    }
  });

  it('slices the same words from the text and from the document', () => {
    const text = articleText(doc);
    const spans = textBlockSpans(doc);
    const start = text.indexOf('Cité');
    const from = offsetToPos(spans, start);
    expect(doc.textBetween(from, offsetToPos(spans, start + 4))).toBe('Cité');
  });

  it('sends a position between blocks to the start of the next block', () => {
    const spans = textBlockSpans(doc);
    const between = spans[1]!.pos - 1;
    expect(posToOffset(spans, between)).toBe(spans[1]!.start);
  });
});
