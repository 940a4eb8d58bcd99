import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { articleText } from '../../../shared/articleText';
import { maxImportBytes } from '../../../shared/limits';
import { PasserelleError } from '../../../shared/errors';
import { maxHtmlNesting } from './checkHtmlShape';
import { parseArticleFile } from './parseArticleFile';
import { buildDocx, buildZip } from './testing/buildZip';

const corpus = new URL('../../../../shared/corpus/', import.meta.url);
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const french =
  'Le conseil municipal de Rouen a adopté jeudi le budget de la ville. « Nous avons fait des choix », a dit le maire, qui promet une hausse limitée de la taxe foncière pour les familles et les écoles de la ville.';

async function failure(run: () => Promise<unknown>): Promise<PasserelleError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof PasserelleError) return error;
    throw error;
  }
  throw new Error('expected a PasserelleError');
}

describe('parseArticleFile', () => {
  it('rejects an unsupported extension with a message naming it and the supported ones', async () => {
    const error = await failure(() => parseArticleFile('notes.pdf', utf8('%PDF-1.7')));
    expect(error.code).toBe('unsupported_format');
    expect(error.message).toBe(
      'notes.pdf: .pdf files are not supported (use .txt, .text, .html, .htm, .xhtml, .md, .markdown, .docx).',
    );
    expect((await failure(() => parseArticleFile('LISEZMOI', utf8('x')))).message).toContain(
      'without an extension',
    );
  });

  it('chooses the reader by extension, whatever its case', async () => {
    expect((await parseArticleFile('NOTE.TXT', utf8('<p>Pas du HTML.</p>'))).title).toBe(
      '<p>Pas du HTML.</p>',
    );
    expect((await parseArticleFile('Page.HTM', utf8('<p>Du HTML.</p>'))).title).toBe('Du HTML.');
    expect((await parseArticleFile('note.text', utf8('Texte.'))).encoding).toBe('utf-8');
    expect((await parseArticleFile('note.MD', utf8('# Titre\n\nTexte *mis en valeur*.'))).title).toBe(
      'Titre',
    );
  });

  it('rejects files over the import limit, empty files, white space only and binary data', async () => {
    const big = await failure(() => parseArticleFile('big.html', new Uint8Array(maxImportBytes + 1)));
    expect(big.code).toBe('too_large');
    expect(big.message).toContain('20 MB import limit');
    expect((await failure(() => parseArticleFile('big.docx', new Uint8Array(maxImportBytes + 1)))).code).toBe(
      'too_large',
    );
    expect((await failure(() => parseArticleFile('vide.txt', new Uint8Array(0)))).code).toBe('empty_file');
    expect((await failure(() => parseArticleFile('vide.docx', new Uint8Array(0)))).code).toBe('empty_file');
    expect((await failure(() => parseArticleFile('blanc.txt', utf8(' \n\t\u00a0\n')))).code).toBe(
      'empty_file',
    );
    expect(
      (await failure(() => parseArticleFile('image.txt', Uint8Array.from([0x47, 0x49, 0x46, 0x00, 0x01]))))
        .code,
    ).toBe('binary_file');
    const controls = Uint8Array.from({ length: 400 }, (_, index) => (index % 10 === 0 ? 0x01 : 0x41));
    expect((await failure(() => parseArticleFile('controls.md', controls))).code).toBe('binary_file');
  });

  it('reads the windows-1252 corpus article exactly, reports its encoding and warns it was guessed', async () => {
    const article = await parseArticleFile(
      'budget-rouen.fr.cp1252.txt',
      readFileSync(new URL('budget-rouen.fr.cp1252.txt', corpus)),
    );
    expect(article.encoding).toBe('windows-1252');
    expect(article.warnings).toEqual([
      {
        code: 'encoding_guessed',
        encoding: 'windows-1252',
        message: 'The file declares no encoding and is not UTF-8; it was read as windows-1252.',
      },
    ]);
    expect(article.title).toBe('Budget 2027 : la mairie de Rouen augmente la taxe foncière de 4 %');
    const text = articleText(article.doc);
    for (const expected of ['l’État', '52 €', 'cœur', '« Nous']) expect(text).toContain(expected);
  });

  it('reads every supported text encoding exactly', async () => {
    const text = `Œuvre d’État : « À Noël, 52 € pour le cœur » — Élise, Ça, Île.\n\n${french}`;
    const cases: [string, Uint8Array][] = [
      ['utf-8', utf8(text)],
      ['utf-8', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(text)])],
      ['utf-16le', Uint8Array.from([0xff, 0xfe, ...iconv.encode(text, 'utf-16le')])],
      ['utf-16be', Uint8Array.from([0xfe, 0xff, ...iconv.encode(text, 'utf-16be')])],
      ['windows-1252', iconv.encode(text, 'windows-1252')],
    ];
    for (const [encoding, bytes] of cases) {
      const article = await parseArticleFile('texte.txt', bytes);
      expect(article.encoding).toBe(encoding);
      expect(articleText(article.doc)).toBe(text);
    }
    const latin =
      'Un cœur à 12 € et une Œuvre, À Ça.\n\nLe texte de la ville et de la région pour les écoles.';
    expect((await parseArticleFile('latin9.txt', iconv.encode(latin, 'iso-8859-15'))).encoding).toBe(
      'iso-8859-15',
    );
    const latin1 = 'Élise à Noël, Ça et È.\n\nLe texte de la ville et de la région.';
    const read = await parseArticleFile('latin1.txt', iconv.encode(latin1, 'iso-8859-1'));
    expect(read.encoding).toBe('iso-8859-1');
    expect(articleText(read.doc)).toBe(latin1);
  });

  it('reads UTF-16 text with a byte order mark and normalises line ends and composition', async () => {
    const body = 'Titre court\r\n\r\nE\u0301te\u0301 à Rouen.\r\nSuite.';
    const bytes = Uint8Array.from([0xfe, 0xff, ...iconv.encode(body, 'utf-16be')]);
    const article = await parseArticleFile('note.txt', bytes);
    expect(article.encoding).toBe('utf-16be');
    expect(articleText(article.doc)).toBe('Titre court\n\nÉté à Rouen.\nSuite.');
  });

  it('honours the charset a page declares', async () => {
    const html =
      '<html><head><meta charset="windows-1252"></head><body><p>Œuvre à 52 € pour l’État.</p></body></html>';
    const article = await parseArticleFile('page.html', iconv.encode(html, 'windows-1252'));
    expect(article.encoding).toBe('windows-1252');
    expect(article.warnings).toEqual([]);
    expect(articleText(article.doc)).toBe('Œuvre à 52 € pour l’État.');
  });

  it('reads the seed and the Flamanville corpus files end to end', async () => {
    const seed = await parseArticleFile(
      'seed-h200-chine.fr.txt',
      readFileSync(new URL('seed-h200-chine.fr.txt', corpus)),
    );
    expect(seed).toMatchObject({
      publishedAt: '2026-01-30',
      encoding: 'utf-8',
      language: 'fr',
      warnings: [],
    });
    const page = await parseArticleFile(
      'reacteur-flamanville.fr.html',
      readFileSync(new URL('reacteur-flamanville.fr.html', corpus)),
    );
    expect(page).toMatchObject({
      byline: 'Claire Lemoine',
      publishedAt: '2026-03-12T07:45:00+01:00',
      encoding: 'utf-8',
    });
  });

  it('sets the language and warns when the text is clearly not French', async () => {
    const english =
      'The city council of Rouen adopted the budget on Thursday. “We have made choices,” said the mayor, who has promised that the increase in the property tax will be limited for the families and schools of the city.';
    const article = await parseArticleFile('english.txt', utf8(english));
    expect(article.language).toBe('en');
    expect(article.warnings).toEqual([
      {
        code: 'not_french',
        language: 'en',
        message: 'The text looks English, not French; its language was set to en.',
      },
    ]);
    const declared = await parseArticleFile(
      'page.html',
      utf8(`<html lang="en-GB"><body><p>${english}</p></body></html>`),
    );
    expect(declared.language).toBe('en-GB');
    expect((await parseArticleFile('fr.txt', utf8(french))).warnings).toEqual([]);
  });

  it('reads a Word document: headings, paragraphs, lists, quotes and emphasis', async () => {
    const docx = buildDocx([
      { style: 'Title', runs: ['Budget de Rouen'] },
      { style: 'Heading2', runs: ['Les écoles'] },
      {
        runs: [
          'Le conseil a voté ',
          { text: 'jeudi', italic: true },
          ' un budget ',
          { text: 'serré', bold: true },
          '.',
        ],
      },
      { style: 'Quote', runs: ['« Nous avons fait des choix »'] },
    ]);
    const article = await parseArticleFile('budget.docx', docx);
    expect(article.title).toBe('Budget de Rouen');
    expect(article.encoding).toBeNull();
    const json = article.doc.toJSON() as { content: { type: string; attrs?: unknown }[] };
    expect(json.content.map((node) => node.type)).toEqual(['heading', 'heading', 'paragraph', 'blockquote']);
    const marks: string[] = [];
    article.doc.descendants((node) => {
      for (const mark of node.marks) marks.push(mark.type.name);
    });
    expect(marks).toEqual(['em', 'strong']);
    expect(articleText(article.doc)).toContain('Le conseil a voté jeudi un budget serré.');
  });

  it('refuses a truncated, a corrupt and a non-Word zip with specific errors', async () => {
    const docx = buildDocx([{ runs: [french] }]);
    const truncated = await failure(() => parseArticleFile('coupé.docx', docx.subarray(0, docx.length - 30)));
    expect(truncated.code).toBe('parse_failed');
    expect(truncated.message).toContain('truncated or corrupt');
    const corrupt = Buffer.from(docx);
    corrupt.fill(0x41, 60, 200);
    expect((await failure(() => parseArticleFile('abîmé.docx', corrupt))).code).toBe('parse_failed');
    const notWord = buildZip([{ name: 'notes.txt', data: 'Bonjour' }]);
    expect((await failure(() => parseArticleFile('autre.docx', notWord))).message).toContain(
      'not a Word document',
    );
    expect((await failure(() => parseArticleFile('texte.docx', utf8(french)))).code).toBe('parse_failed');
  });

  it('refuses a zip bomb before inflating it', async () => {
    const huge = new Uint8Array(50 * 1024 * 1024);
    const bomb = buildDocx([{ runs: ['x'] }], [{ name: 'word/media/zeros.bin', data: huge }]);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const ratio = await failure(() => parseArticleFile('bombe.docx', bomb));
    expect(ratio.code).toBe('too_large');
    expect(ratio.message).toContain('zip bomb');
    const many = buildDocx(
      [{ runs: ['x'] }],
      Array.from({ length: 5000 }, (_, index) => ({ name: `word/x${index}.xml`, data: '' })),
    );
    expect((await failure(() => parseArticleFile('entrées.docx', many))).message).toContain(
      '5005 files inside',
    );
    // A directory that lies about the size is caught without inflating past what it announced.
    const liar = buildDocx(
      [{ runs: ['x'] }],
      [{ name: 'word/lie.xml', data: huge.subarray(0, 4 * 1024 * 1024), uncompressedSize: 10 }],
    );
    expect((await failure(() => parseArticleFile('menteur.docx', liar))).message).toContain(
      'does not inflate',
    );
  });

  it('reads Markdown with its front matter through the same sanitiser', async () => {
    const md = `---\ntitle: "Budget de Rouen"\nauthor: Claire Lemoine\ndate: 2026-03-12\n---\n# Le budget\n\n${french}\n\n> Une citation\n\n- un\n- deux\n\n[piège](javascript:alert(1)) <script>alert(1)</script> [site](https://example.org)\n`;
    const article = await parseArticleFile('budget.md', utf8(md));
    expect(article).toMatchObject({
      title: 'Budget de Rouen',
      byline: 'Claire Lemoine',
      publishedAt: '2026-03-12',
    });
    const json = JSON.stringify(article.doc.toJSON());
    expect(json).not.toMatch(/"href":"(?!https:\/\/example\.org)/);
    expect(json).not.toContain('<script');
    expect(json).toContain('"href":"https://example.org"');
    expect(
      (article.doc.toJSON() as { content: { type: string }[] }).content.map((node) => node.type),
    ).toEqual(['heading', 'paragraph', 'blockquote', 'bullet_list', 'paragraph']);
  });

  it('refuses HTML nested 10,000 levels deep before parsing it, with a specific error', async () => {
    const deep = `<html><body>${'<div>'.repeat(10_000)}texte${'</div>'.repeat(10_000)}</body></html>`;
    const error = await failure(() => parseArticleFile('profond.html', utf8(deep)));
    expect(error.code).toBe('parse_failed');
    expect(error.message).toContain(`at most ${maxHtmlNesting}`);
    const unclosed = await failure(() =>
      parseArticleFile('ouvert.html', utf8(`<p>${'<b>'.repeat(10_000)}x`)),
    );
    expect(unclosed.code).toBe('parse_failed');
  });

  it('reads a 10 MB single line as text, and refuses one made of 10 MB of tags', async () => {
    const line = 'Le conseil de la ville a voté le budget. '.repeat(250_000);
    const text = await parseArticleFile('ligne.txt', utf8(line));
    expect(articleText(text.doc).length).toBe(line.trim().length);
    const tags = await failure(() =>
      parseArticleFile('balises.html', utf8(`<p>${'<span>a</span>'.repeat(700_000)}</p>`)),
    );
    expect(tags.code).toBe('too_large');
    expect(tags.message).toContain('elements');
  }, 60_000);
});
