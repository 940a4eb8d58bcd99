import mammoth from 'mammoth';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import type { Segment } from '../../../../shared/domain';
import { PasserelleError } from '../../../../shared/errors';
import { englishArticle, translationFileName } from './englishArticle';
import {
  articleOf,
  blockquote,
  bulletList,
  hardBreak,
  heading,
  orderedList,
  paragraph,
  segmentOf,
  text,
} from './testing/translationFixtures';
import { zipPart } from './testing/zipPart';

const article = articleOf(
  'Pékin accueille le sommet',
  heading(1, 'Pékin accueille le sommet'),
  paragraph('Le président est arrivé. ', text('Il a salué la foule.', 'em'), ' Puis il est parti.'),
  paragraph(text('Tout est en gras.', 'strong')),
  paragraph('Première ligne.', hardBreak(), 'Deuxième ligne.'),
  blockquote(paragraph('« Nous sommes prêts », a-t-il dit.')),
  bulletList([paragraph('Un.')], [paragraph('Deux.')]),
  orderedList(3, [paragraph('Trois.')], [paragraph('Quatre.')]),
  paragraph('Une phrase non segmentée.'),
);

const translations: readonly (readonly [string, string])[] = [
  ['Pékin accueille le sommet', 'Beijing hosts the summit'],
  ['Le président est arrivé.', 'The president arrived.'],
  ['Il a salué la foule.', 'He greeted the crowd.'],
  ['Puis il est parti.', ''],
  ['Tout est en gras.', 'Everything is bold.'],
  ['Première ligne.', 'First line.'],
  ['Deuxième ligne.', 'Second line.'],
  ['« Nous sommes prêts », a-t-il dit.', '“We are ready,” he said.'],
  ['Un.', 'One.'],
  ['Deux.', 'Two.'],
  ['Trois.', 'Three.'],
  ['Quatre.', 'Four.'],
];
const segments: Segment[] = translations.map(([source, target], index) =>
  segmentOf(article, index + 1, source, target),
);

const exported = (
  format: 'html' | 'md' | 'txt' | 'docx',
  untranslated: 'refuse' | 'mark' | 'omit',
  rows = segments,
) => englishArticle({ article, segments: rows, format, untranslated });

describe('englishArticle', () => {
  it('writes Markdown with the source’s headings, emphasis, hard breaks, quotes and lists, untranslated French marked', async () => {
    const file = await exported('md', 'mark');
    expect(file).toMatchObject({
      fileName: 'pekin-accueille-le-sommet.en.md',
      mimeType: 'text/markdown;charset=utf-8',
      encoding: 'utf-8',
      untranslated: 2,
    });
    expect(file.content).toBe(`# Beijing hosts the summit

The president arrived. *He greeted the crowd.* [FR: Puis il est parti.]

**Everything is bold.**

First line.\\
Second line.

> “We are ready,” he said.

- One.
- Two.

3. Three.
4. Four.

[FR: Une phrase non segmentée.]
`);
    const html = new MarkdownIt().render(file.content);
    expect(html).toContain(
      '<p>The president arrived. <em>He greeted the crowd.</em> [FR: Puis il est parti.]</p>',
    );
    expect(html).toContain('<p>First line.<br>\nSecond line.</p>');
    expect(html).toContain('<blockquote>\n<p>“We are ready,” he said.</p>\n</blockquote>');
    expect(html).toContain('<ol start="3">\n<li>Three.</li>\n<li>Four.</li>\n</ol>');
  });

  it('leaves untranslated passages out when asked, dropping a block left empty', async () => {
    const file = await exported('md', 'omit');
    expect(file.untranslated).toBe(2);
    expect(file.content).toContain('The president arrived. *He greeted the crowd.*\n\n**Everything');
    expect(file.content).not.toContain('FR:');
    expect(file.content.trimEnd().endsWith('4. Four.')).toBe(true);
  });

  it('refuses to export with untranslated passages, saying how many', async () => {
    const refusal = exported('txt', 'refuse');
    await expect(refusal).rejects.toBeInstanceOf(PasserelleError);
    await expect(refusal).rejects.toMatchObject({
      code: 'invalid_input',
      message:
        'The English article cannot be exported: 1 segment has no English text yet and 1 passage is not segmented. Translate them, or export with untranslated text marked or left out.',
      params: { untranslated: 2, emptySegments: 1, unsegmented: 1 },
    });
  });

  it('exports a wholly translated article under refuse', async () => {
    const complete = articleOf('Titre', paragraph('Une phrase.'));
    const file = await englishArticle({
      article: complete,
      segments: [segmentOf(complete, 1, 'Une phrase.', 'A sentence.')],
      format: 'txt',
      untranslated: 'refuse',
    });
    expect(file).toMatchObject({ content: 'A sentence.\n', untranslated: 0 });
  });

  it('writes plain text with quotes, list markers and line breaks but no emphasis', async () => {
    const file = await exported('txt', 'mark');
    expect(file.content).toBe(`Beijing hosts the summit

The president arrived. He greeted the crowd. [FR: Puis il est parti.]

Everything is bold.

First line.
Second line.

> “We are ready,” he said.

- One.
- Two.

3. Three.
4. Four.

[FR: Une phrase non segmentée.]
`);
  });

  it('writes a complete English HTML document, its title the translated headline, untranslated French in a marked span', async () => {
    const file = await exported('html', 'mark');
    expect(file.mimeType).toBe('text/html;charset=utf-8');
    expect(file.content).toMatch(
      /^<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Beijing hosts the summit<\/title>/,
    );
    expect(file.content).toContain('<h1>Beijing hosts the summit</h1>');
    expect(file.content).toContain(
      '<p>The president arrived. <em>He greeted the crowd.</em> <span class="untranslated" lang="fr" title="Not translated yet">Puis il est parti.</span></p>',
    );
    expect(file.content).toContain('<p><strong>Everything is bold.</strong></p>');
    expect(file.content).toContain('<p>First line.<br>Second line.</p>');
    expect(file.content).toContain('<blockquote>\n  <p>“We are ready,” he said.</p>\n</blockquote>');
    expect(file.content).toContain('<ul>\n  <li>One.</li>\n  <li>Two.</li>\n</ul>');
    expect(file.content).toContain('<ol start="3">\n  <li>Three.</li>\n  <li>Four.</li>\n</ol>');
    expect(file.content.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('escapes HTML and keeps the French title when the first block is not the headline', async () => {
    const plain = articleOf('Un « titre » & co', paragraph('Une phrase.'));
    const file = await englishArticle({
      article: plain,
      segments: [segmentOf(plain, 1, 'Une phrase.', '<script>alert("x")</script> & \'co\'')],
      format: 'html',
      untranslated: 'mark',
    });
    expect(file.content).toContain('<title>Un « titre » &amp; co</title>');
    expect(file.content).toContain(
      '<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;</p>',
    );
    expect(file.content).not.toContain('<script>');
  });

  it('escapes what Markdown would read as markup, and block starts at the start of a line', async () => {
    const plain = articleOf('Titre', paragraph('Une.', hardBreak(), 'Deux.'), paragraph('Trois.'));
    const file = await englishArticle({
      article: plain,
      segments: [
        segmentOf(plain, 1, 'Une.', '*Not* a [link] <b> `code` & co &amp; _x_ | ~y~ \\'),
        segmentOf(plain, 2, 'Deux.', '1. Not a list'),
        segmentOf(plain, 3, 'Trois.', '# Not a heading, - nor a list'),
      ],
      format: 'md',
      untranslated: 'mark',
    });
    expect(file.content).toBe(
      '\\*Not\\* a \\[link\\] \\<b\\> \\`code\\` & co \\&amp; \\_x\\_ \\| \\~y\\~ \\\\\\\n1\\. Not a list\n\n\\# Not a heading, - nor a list\n',
    );
    expect(new MarkdownIt().render(file.content)).toBe(
      '<p>*Not* a [link] &lt;b&gt; `code` &amp; co &amp;amp; _x_ | ~y~ \\<br>\n1. Not a list</p>\n<p># Not a heading, - nor a list</p>\n',
    );
  });

  it('turns a line break typed in the English into a hard break', async () => {
    const plain = articleOf('Titre', paragraph('Une phrase.'));
    const file = await englishArticle({
      article: plain,
      segments: [segmentOf(plain, 1, 'Une phrase.', 'One line.\nAnother line.')],
      format: 'html',
      untranslated: 'mark',
    });
    expect(file.content).toContain('<p>One line.<br>Another line.</p>');
  });

  it('writes a Word document whose headings, paragraphs, emphasis and lists read back, untranslated French highlighted', async () => {
    const file = await exported('docx', 'mark');
    expect(file).toMatchObject({
      fileName: 'pekin-accueille-le-sommet.en.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      encoding: 'base64',
      untranslated: 2,
    });
    const bytes = Buffer.from(file.content, 'base64');
    const { value: html } = await mammoth.convertToHtml({ buffer: bytes });
    expect(html).toContain('<h1>Beijing hosts the summit</h1>');
    expect(html).toContain('<p>The president arrived. <em>He greeted the crowd.</em> Puis il est parti.</p>');
    expect(html).toContain('<p><strong>Everything is bold.</strong></p>');
    expect(html).toContain('<p>First line.<br />Second line.</p>');
    expect(html).toContain('<ul><li>One.</li><li>Two.</li></ul>');
    expect(html).toContain('<ol><li>Three.</li><li>Four.</li></ol>');
    const documentXml = zipPart(bytes, 'word/document.xml') ?? '';
    const untranslatedRun =
      /<w:r>(?:(?!<\/w:r>).)*Puis il est parti\.(?:(?!<\/w:r>).)*<\/w:r>/s.exec(documentXml)?.[0] ?? '';
    expect(untranslatedRun).toContain('<w:highlight w:val="yellow"/>');
    expect(untranslatedRun).toContain('w:val="fr-FR"');
    const core = zipPart(bytes, 'docProps/core.xml') ?? '';
    expect(core).toContain('<dc:title>Beijing hosts the summit</dc:title>');
    const numbering = zipPart(bytes, 'word/numbering.xml') ?? '';
    expect(numbering).toContain('<w:start w:val="3"/>');
  });
});

describe('translationFileName', () => {
  it('folds the title to ASCII words, or names the article by its id', () => {
    expect(translationFileName({ id: 3, title: 'L’État & « la » Sécu !' }, '.en', 'md')).toBe(
      'l-etat-la-secu.en.md',
    );
    expect(translationFileName({ id: 3, title: '« »' }, '.en', 'md')).toBe('article-3.en.md');
  });
});
