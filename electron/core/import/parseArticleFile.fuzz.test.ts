import { describe, expect, it } from 'vitest';
import { PasserelleError } from '../../../shared/errors';
import { importExtensions } from '../../../shared/importFormats';
import { parseArticleFile } from './parseArticleFile';
import { buildDocx } from './testing/buildZip';
import { seededRandom } from '../testing/seededRandom';

const validDocx = buildDocx([{ style: 'Heading1', runs: ['Titre'] }, { runs: ['Un paragraphe de texte.'] }]);
const htmlish = utf8('<html><body><article><h1>T</h1><p>Le texte « ici ».</p></article></body></html>');

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

// Random bytes, or a valid file with random bytes flipped, cut or spliced in.
function randomCase(random: () => number, extension: string): Uint8Array {
  const kind = Math.floor(random() * 3);
  const base = extension === '.docx' ? validDocx : htmlish;
  if (kind === 0) {
    const bytes = new Uint8Array(Math.floor(random() * 2048));
    for (let index = 0; index < bytes.length; index++) bytes[index] = Math.floor(random() * 256);
    return bytes;
  }
  const bytes = Uint8Array.from(base);
  if (kind === 1) {
    for (let flips = 1 + Math.floor(random() * 8); flips > 0; flips--) {
      bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
    }
    return bytes;
  }
  return bytes.subarray(0, Math.floor(random() * bytes.length));
}

describe('parseArticleFile on random bytes', () => {
  for (const extension of importExtensions) {
    it(`ends every case in an article or a PasserelleError, never another exception: ${extension}`, async () => {
      const random = seededRandom(0x5eed + extension.length * 7919 + extension.charCodeAt(1));
      for (let index = 0; index < 40; index++) {
        const bytes = randomCase(random, extension);
        try {
          const article = await parseArticleFile(`fuzz-${index}${extension}`, bytes);
          expect(article.title.length).toBeGreaterThan(0);
        } catch (error) {
          if (!(error instanceof PasserelleError)) {
            throw new Error(`case ${index} of ${extension} threw ${String(error)}`, { cause: error });
          }
        }
      }
    });
  }
});
