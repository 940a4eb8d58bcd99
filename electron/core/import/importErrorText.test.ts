import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { PasserelleError } from '../../../shared/errors';
import { errorText } from '../../../shared/errorText';
import { uiTranslator } from '../../../shared/testing/uiTranslator';
import { checkImportBytes } from './checkImportBytes';
import { checkFetchUrl } from './fetch/checkFetchUrl';
import { fetchArticlePage } from './fetch/fetchArticlePage';
import { parseArticleFile } from './parseArticleFile';

// Words of the English details that French never uses (not "web", "page" or "extension", which it
// shares); the names and addresses in the params are removed from the text before looking.
const englishWords =
  /\b(the|is|are|file|files|only|holds|save|it|address|addresses|public|fetched|server|answered|within|answer|larger|than|limit|not|supported|use|loopback|private|serves)\b/i;

async function refusal(action: () => unknown): Promise<PasserelleError> {
  try {
    await action();
  } catch (error) {
    if (error instanceof PasserelleError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

function withoutParams(text: string, error: PasserelleError): string {
  return Object.values(error.params ?? {}).reduce<string>(
    (rest, value) => rest.split(String(value)).join(' '),
    text,
  );
}

describe('import errors in French', () => {
  it('carry params, and read without a word of English', async () => {
    const server = createServer((req, res) => {
      if (req.url === '/missing') res.writeHead(404, 'Not Found').end();
      else res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const errors = [
        await refusal(() => checkImportBytes('empty.txt', new Uint8Array())),
        await refusal(() => checkImportBytes('junk.txt', new Uint8Array([0, 1, 2, 3]))),
        await refusal(() => checkImportBytes('huge.txt', new Uint8Array(21 * 1024 * 1024))),
        await refusal(() => parseArticleFile('notes.pdf', new Uint8Array([1]))),
        await refusal(() => parseArticleFile('README', new Uint8Array([1]))),
        await refusal(() => parseArticleFile('blank.txt', new TextEncoder().encode(' \n\t '))),
        await refusal(() => checkFetchUrl('http://127.0.0.1/')),
        await refusal(() => checkFetchUrl('http://192.168.1.1/')),
        await refusal(() => checkFetchUrl('http://[fe80::1]/')),
        await refusal(() => checkFetchUrl('ftp://example.org/')),
        await refusal(() => fetchArticlePage(`${origin}/missing`, { allowLoopbackForTests: true })),
        await refusal(() => fetchArticlePage(`${origin}/doc.pdf`, { allowLoopbackForTests: true })),
      ];
      const french = await uiTranslator('fr');
      const english = await uiTranslator('en');
      for (const error of errors) {
        expect(error.params?.detail, error.message).toEqual(expect.any(String));
        const text = errorText(french, error);
        expect(withoutParams(text, error), text).not.toMatch(englishWords);
        expect(text).not.toContain(error.message);
        expect(errorText(english, error), error.message).toMatch(/\(.+\)$/);
      }
      expect(errorText(french, errors[0]!)).toBe('Le fichier est vide (empty.txt)');
      expect(errorText(french, errors[6]!)).toBe(
        'Cette adresse n’est pas autorisée (127.0.0.1 est une adresse de bouclage (cet ordinateur) ; seules les adresses web publiques sont récupérées)',
      );
      expect(errorText(french, errors[10]!)).toBe(
        `La page n’a pas pu être récupérée (${origin}/missing : le serveur a répondu HTTP 404)`,
      );
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
