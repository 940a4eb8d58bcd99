import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../../../shared/schema';
import { englishDocument } from './englishBlocks';
import { englishMarkdown } from './englishMarkdown';
import { articleOf, bulletList, heading, paragraph, segmentOf, text } from './testing/translationFixtures';

describe('englishDocument', () => {
  it('carries emphasis only where the whole segment is emphasised in the source', () => {
    const article = articleOf(
      'Titre',
      paragraph('Il a dit ', text('non', 'em'), '. ', text('Vraiment ', 'em', 'strong'), text('pas.', 'em')),
    );
    const { blocks } = englishDocument(
      article,
      [
        segmentOf(article, 1, 'Il a dit non.', 'He said no.'),
        segmentOf(article, 2, 'Vraiment pas.', 'Really not.'),
      ],
      true,
    );
    expect(blocks).toEqual([
      {
        type: 'paragraph',
        inlines: [
          { kind: 'text', text: 'He said no.', untranslated: false, em: false, strong: false },
          { kind: 'text', text: ' ', untranslated: false, em: false, strong: false },
          { kind: 'text', text: 'Really not.', untranslated: false, em: true, strong: false },
        ],
      },
    ]);
  });

  it('counts each segment without English and each stretch no segment covers, and keeps nested lists', () => {
    const article = articleOf(
      'Titre',
      heading(2, 'Un titre'),
      bulletList([paragraph('Un. Deux.'), bulletList([paragraph('Trois.')])]),
    );
    const english = englishDocument(
      article,
      [segmentOf(article, 1, 'Un.', 'One.'), segmentOf(article, 2, 'Trois.', '')],
      true,
    );
    expect(english.untranslated).toBe(3);
    expect(english.translatedTitle).toBeUndefined();
    expect(englishMarkdown(english.blocks)).toBe(
      '## [FR: Un titre]\n\n- One. [FR: Deux.]\n\n  - [FR: Trois.]\n',
    );
    const omitted = englishDocument(article, [segmentOf(article, 1, 'Un.', 'One.')], false);
    expect(englishMarkdown(omitted.blocks)).toBe('- One.\n');
  });

  it('reads blocks inside the editor’s sections as if they were at the top', () => {
    const sectioned = articleSchema.nodes.doc.create(null, [
      articleSchema.nodes.article_section.create(null, [paragraph('Une phrase.')]),
    ]);
    const plain = articleOf('Titre', paragraph('Une phrase.'));
    const article = { ...plain, doc: sectioned.toJSON() as typeof plain.doc };
    const { blocks } = englishDocument(article, [segmentOf(plain, 1, 'Une phrase.', 'A sentence.')], true);
    expect(englishMarkdown(blocks)).toBe('A sentence.\n');
  });

  it('escapes a heading’s trailing hashes, which Markdown would drop', () => {
    const article = articleOf('Titre', heading(1, 'Numéro un'));
    const { blocks } = englishDocument(article, [segmentOf(article, 1, 'Numéro un', 'We are #1 ##')], true);
    expect(englishMarkdown(blocks)).toBe('# We are #1 \\##\n');
  });
});
