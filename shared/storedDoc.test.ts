import { describe, expect, it } from 'vitest';
import { articleText } from './articleText';
import { articleSchema } from './schema';
import { compactDocJson, storedDocJson } from './storedDoc';

const { nodes, marks } = articleSchema;
const text = (value: string, ...applied: ReturnType<typeof marks.em.create>[]) =>
  articleSchema.text(value, applied);

// Every kind of node and mark the schema has, empty blocks, line breaks and characters outside
// the BMP and in decomposed form.
const doc = nodes.doc.create(null, [
  nodes.heading.create({ level: 1 }, [text('Le 🏛️ budget de Rouen')]),
  nodes.paragraph.create(null, [
    text('Le maire '),
    text('Nicolas Mayer-Rossignol', marks.strong.create()),
    text(' a dit : « '),
    text(
      'nous avons fait des choix',
      marks.em.create(),
      marks.link.create({ href: 'https://example.org/a' }),
    ),
    text(' ».'),
    nodes.hard_break.create(),
    text('E\u0301tat 𠀀 😀'),
  ]),
  nodes.paragraph.create(),
  nodes.blockquote.create(null, [nodes.paragraph.create(null, [text('Une citation')])]),
  nodes.bullet_list.create(null, [
    nodes.list_item.create(null, [
      nodes.paragraph.create(null, [text('un')]),
      nodes.ordered_list.create({ order: 3 }, [
        nodes.list_item.create(null, [nodes.paragraph.create(null, [nodes.hard_break.create()])]),
      ]),
    ]),
  ]),
  nodes.article_section.create(null, [
    nodes.heading.create({ level: 2 }, [text('Section')]),
    nodes.article_section.create(null, [nodes.paragraph.create(null, [text('Fin.')])]),
  ]),
]);

describe('the stored document', () => {
  it('comes back as the document’s JSON from its compact form and the article’s text', () => {
    doc.check();
    const stored = compactDocJson(doc);
    expect(stored).not.toContain('Nicolas');
    expect(storedDocJson(stored, articleText(doc))).toEqual(doc.toJSON());
  });

  it('is much smaller than the full JSON for an article of long paragraphs', () => {
    const paragraph = 'Le conseil municipal a adopté jeudi le budget de la ville. '.repeat(10);
    const long = nodes.doc.create(
      null,
      Array.from({ length: 15 }, () => nodes.paragraph.create(null, [text(paragraph)])),
    );
    expect(compactDocJson(long).length * 10).toBeLessThan(JSON.stringify(long.toJSON()).length);
    expect(storedDocJson(compactDocJson(long), articleText(long))).toEqual(long.toJSON());
  });

  it('reads a document stored in full, as rows written before the compact form are, as it is', () => {
    const full = JSON.stringify(doc.toJSON());
    expect(storedDocJson(full, articleText(doc))).toEqual(doc.toJSON());
  });

  it('refuses a text that does not fit the document', () => {
    const stored = compactDocJson(doc);
    const plain = articleText(doc);
    expect(() => storedDocJson(stored, plain.slice(0, -1))).toThrow(/shorter/);
    expect(() => storedDocJson(stored, `${plain}x`)).toThrow(/longer/);
    expect(() => storedDocJson(stored, plain.replace('\n\n', '\n '))).toThrow(/separate its blocks/);
    expect(() => storedDocJson(stored, plain.replace('.\n', '. '))).toThrow(/hard_break/);
  });
});
