import { readFileSync } from 'node:fs';
import { Node } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../../shared/schema';
import { storedDocJson } from '../../../shared/storedDoc';
import { parseArticleFile } from './parseArticleFile';
import { storedForm } from './storedForm';
import { buildDocx } from './testing/buildZip';

const corpus = new URL('../../../../shared/corpus/', import.meta.url);

describe('storedForm', () => {
  it('stores documents that come back whole from their text: the corpus and a file of each format', async () => {
    const files: [string, Uint8Array][] = [
      'budget-rouen.fr.cp1252.txt',
      'reacteur-flamanville.fr.html',
      'seed-h200-chine.fr.txt',
    ].map((name) => [name, readFileSync(new URL(name, corpus))]);
    const paragraph = 'Le conseil municipal de Rouen a adopté jeudi le budget 🏛️ de la ville, E\u0301tat.';
    files.push(
      [
        'article.md',
        Buffer.from(
          `# Le budget\n\n*${paragraph}* avec **du gras** et [un lien](https://example.org).\n\n- un\n- deux\n  suite\n\n> ${paragraph}`,
        ),
      ],
      [
        'page.html',
        Buffer.from(
          `<html lang="fr"><body><article><h1>Titre</h1><p>${paragraph}<br>ligne <em>deux</em></p><figure><img src="a.jpg"><figcaption>Légende</figcaption></figure><ol><li>un</li></ol></article></body></html>`,
        ),
      ],
      [
        'document.docx',
        buildDocx([
          { style: 'Title', runs: ['Le budget'] },
          { runs: [paragraph, { text: ' en italique', italic: true }, { text: ' en gras', bold: true }] },
          { style: 'Quote', runs: [paragraph] },
        ]),
      ],
    );
    for (const [name, bytes] of files) {
      const { doc } = await parseArticleFile(name, bytes);
      const stored = storedForm(doc);
      const back = Node.fromJSON(articleSchema, storedDocJson(stored.docJson, stored.text));
      expect(back.eq(doc), name).toBe(true);
    }
  });
});
