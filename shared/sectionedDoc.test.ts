import { describe, expect, it } from 'vitest';
import { articleText, textBlockSpans } from './articleText';
import { articleSchema as s } from './schema';
import { sectionedDoc } from './sectionedDoc';

const doc = s.node(
  'doc',
  null,
  Array.from({ length: 10 }, (_, i) =>
    i % 4 === 3
      ? s.node('blockquote', null, [s.node('paragraph', null, [s.text(`Citation ${i}`)])])
      : s.node('paragraph', null, [s.text(`Paragraphe ${i} avec « Pékin ».`)]),
  ),
);

describe('sectionedDoc', () => {
  it('groups top-level blocks into sections of the given size', () => {
    const sectioned = sectionedDoc(doc, 4);
    expect(sectioned.childCount).toBe(3);
    expect(sectioned.child(0).type.name).toBe('article_section');
    expect(sectioned.child(2).childCount).toBe(2);
    sectioned.check();
  });

  it('keeps the plain text and every text offset', () => {
    const sectioned = sectionedDoc(doc, 4);
    expect(articleText(sectioned)).toBe(articleText(doc));
    const spans = (node: typeof doc) => textBlockSpans(node).map(({ start, end }) => [start, end]);
    expect(spans(sectioned)).toEqual(spans(doc));
  });

  it('nests sections while the top level would still hold more than the size', () => {
    const long = s.node(
      'doc',
      null,
      Array.from({ length: 20 }, (_, i) => s.node('paragraph', null, [s.text(`Paragraphe ${i}.`)])),
    );
    const sectioned = sectionedDoc(long, 3);
    // 20 blocks → 7 sections → 3 sections → the top level holds those 3.
    expect(sectioned.childCount).toBe(3);
    expect(sectioned.child(0).child(0).type.name).toBe('article_section');
    expect(sectioned.child(0).child(0).child(0).type.name).toBe('paragraph');
    expect(articleText(sectioned)).toBe(articleText(long));
    sectioned.check();
  });

  it('leaves a short document as it is', () => {
    expect(sectionedDoc(doc, 32)).toBe(doc);
  });
});
