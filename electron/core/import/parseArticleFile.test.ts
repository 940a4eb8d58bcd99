import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { articleText } from '../../../shared/articleText';
import { maxImportBytes } from '../../../shared/contract';
import { PasserelleError } from '../../../shared/errors';
import { parseArticleFile } from './parseArticleFile';

const corpus = new URL('../../../../shared/corpus/', import.meta.url);
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function failure(run: () => unknown): PasserelleError {
  try {
    run();
  } catch (error) {
    if (error instanceof PasserelleError) return error;
    throw error;
  }
  throw new Error('expected a PasserelleError');
}

describe('parseArticleFile', () => {
  it('rejects an unsupported extension with a message naming it and the supported ones', () => {
    const error = failure(() => parseArticleFile('notes.pdf', utf8('%PDF-1.7')));
    expect(error.code).toBe('unsupported_format');
    expect(error.message).toBe('notes.pdf: .pdf files are not supported (use .txt, .text, .html, .htm).');
    expect(failure(() => parseArticleFile('LISEZMOI', utf8('x'))).message).toContain('without an extension');
  });

  it('chooses the reader by extension, whatever its case', () => {
    expect(parseArticleFile('NOTE.TXT', utf8('<p>Pas du HTML.</p>')).title).toBe('<p>Pas du HTML.</p>');
    expect(parseArticleFile('Page.HTM', utf8('<p>Du HTML.</p>')).title).toBe('Du HTML.');
    expect(parseArticleFile('note.text', utf8('Texte.')).encoding).toBe('utf-8');
  });

  it('rejects files over the import limit, empty files, white space only and binary data', () => {
    expect(failure(() => parseArticleFile('big.html', new Uint8Array(maxImportBytes + 1))).code).toBe(
      'too_large',
    );
    expect(failure(() => parseArticleFile('vide.txt', new Uint8Array(0))).code).toBe('empty_file');
    expect(failure(() => parseArticleFile('blanc.txt', utf8(' \n\t\u00a0\n'))).code).toBe('empty_file');
    expect(
      failure(() => parseArticleFile('image.txt', Uint8Array.from([0x47, 0x49, 0x46, 0x00, 0x01]))).code,
    ).toBe('binary_file');
  });

  it('reads the windows-1252 corpus article exactly and reports its encoding', () => {
    const article = parseArticleFile(
      'budget-rouen.fr.cp1252.txt',
      readFileSync(new URL('budget-rouen.fr.cp1252.txt', corpus)),
    );
    expect(article.encoding).toBe('windows-1252');
    expect(article.title).toBe('Budget 2027 : la mairie de Rouen augmente la taxe foncière de 4 %');
    const text = articleText(article.doc);
    for (const expected of ['l’État', '52 €', 'cœur', '« Nous']) expect(text).toContain(expected);
  });

  it('reads UTF-16 text with a byte order mark and normalises line ends and composition', () => {
    const body = 'Titre court\r\n\r\nE\u0301te\u0301 à Rouen.\r\nSuite.';
    const bytes = Uint8Array.from([0xfe, 0xff, ...iconv.encode(body, 'utf-16be')]);
    const article = parseArticleFile('note.txt', bytes);
    expect(article.encoding).toBe('utf-16be');
    expect(articleText(article.doc)).toBe('Titre court\n\nÉté à Rouen.\nSuite.');
  });

  it('honours the charset a page declares', () => {
    const html =
      '<html><head><meta charset="windows-1252"></head><body><p>Œuvre à 52 € pour l’État.</p></body></html>';
    const article = parseArticleFile('page.html', iconv.encode(html, 'windows-1252'));
    expect(article.encoding).toBe('windows-1252');
    expect(articleText(article.doc)).toBe('Œuvre à 52 € pour l’État.');
  });

  it('reads the seed and the Flamanville corpus files end to end', () => {
    const seed = parseArticleFile(
      'seed-h200-chine.fr.txt',
      readFileSync(new URL('seed-h200-chine.fr.txt', corpus)),
    );
    expect(seed).toMatchObject({ publishedAt: '2026-01-30', encoding: 'utf-8', language: 'fr' });
    const page = parseArticleFile(
      'reacteur-flamanville.fr.html',
      readFileSync(new URL('reacteur-flamanville.fr.html', corpus)),
    );
    expect(page).toMatchObject({
      byline: 'Claire Lemoine',
      publishedAt: '2026-03-12T07:45:00+01:00',
      encoding: 'utf-8',
    });
  });
});
