import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../../shared/schema';
import { tidyDoc } from './tidyDoc';

const { doc, paragraph, blockquote, bullet_list, list_item, hard_break, heading } = articleSchema.nodes;
const text = (value: string) => articleSchema.text(value);

describe('tidyDoc', () => {
  it('drops empty and white-space-only text blocks', () => {
    const tidy = tidyDoc(
      doc.create(null, [
        paragraph.create(),
        paragraph.create(null, text(' \u00a0 ')),
        paragraph.create(null, text('Texte')),
      ]),
    );
    expect(tidy?.toJSON()).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Texte' }] }],
    });
  });

  it('drops containers left without content', () => {
    const tidy = tidyDoc(
      doc.create(null, [
        blockquote.create(null, paragraph.create()),
        heading.create({ level: 2 }, text('Intertitre')),
      ]),
    );
    expect(tidy?.childCount).toBe(1);
    expect(tidy?.firstChild?.type.name).toBe('heading');
  });

  it('trims white space and hard breaks from the edges of a block but keeps inner breaks', () => {
    const block = paragraph.create(null, [
      hard_break.create(),
      text('  un '),
      hard_break.create(),
      text(' deux  '),
      hard_break.create(),
    ]);
    const tidy = tidyDoc(doc.create(null, block));
    expect(tidy?.firstChild?.childCount).toBe(3);
    expect(tidy?.firstChild?.textBetween(0, tidy.firstChild.content.size, undefined, () => '\n')).toBe(
      'un \n deux',
    );
  });

  it('normalises text that entities produced: NFC, no control characters', () => {
    const tidy = tidyDoc(
      doc.create(null, paragraph.create(null, text('Ce\u0301sar\u0000 et l\u2019e\u0301te\u0301'))),
    );
    expect(tidy?.textContent).toBe('César et l’été');
  });

  it('keeps a list item whose first paragraph was empty by giving it the paragraph it needs', () => {
    const nested = bullet_list.create(
      null,
      list_item.create(null, paragraph.create(null, text('Sous-point'))),
    );
    const item = list_item.create(null, [paragraph.create(), nested]);
    const tidy = tidyDoc(doc.create(null, bullet_list.create(null, item)));
    expect(tidy?.textContent).toBe('Sous-point');
    expect(() => tidy?.check()).not.toThrow();
  });

  it('returns null when no text is left', () => {
    expect(tidyDoc(doc.create(null, [paragraph.create(), paragraph.create(null, text('   '))]))).toBeNull();
  });
});
