import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticleHtml, findHeadline } from './extractArticleHtml';
import { parsePage } from './readHtml';

const corpus = new URL('../../../../shared/corpus/', import.meta.url);
const documentOf = (html: string) => parsePage(html, 'test.html').document;

describe('findHeadline', () => {
  it('prefers the <h1> of the <article> over a logo <h1> in the page header', () => {
    const document = documentOf(
      '<header><h1>Le Site</h1></header><article><h1>Le vrai titre</h1><p>x</p></article>',
    );
    expect(findHeadline(document)?.textContent).toBe('Le vrai titre');
  });

  it('takes the page’s only <h1> when there is no <article> or <main>, and none when several compete', () => {
    expect(findHeadline(documentOf('<div><h1>Seul titre</h1></div>'))?.textContent).toBe('Seul titre');
    expect(findHeadline(documentOf('<h1>Un</h1><h1>Deux</h1>'))).toBeNull();
  });
});

describe('extractArticleHtml', () => {
  it('takes the headline and byline out of the Flamanville article, changing only the copy it reads', () => {
    const page = parsePage(
      readFileSync(new URL('reacteur-flamanville.fr.html', corpus), 'utf8'),
      'test.html',
    );
    const before = page.document.documentElement.outerHTML;
    const extracted = extractArticleHtml(page.copy());
    expect(extracted.headline).toBe(
      'Flamanville : l’EPR atteint sa pleine puissance, EDF promet une facture maîtrisée',
    );
    expect(extracted.bylineText).toBe('Par Claire Lemoine — publié le 12 mars 2026 à 7 h 45');
    expect(extracted.contentHtml).toContain('Dix-sept ans après');
    expect(extracted.contentHtml).not.toContain('publié le');
    expect(extracted.contentHtml).not.toContain('<h1');
    expect(extracted.readabilityPublishedTime).toBe('2026-03-12T07:45:00+01:00');
    expect(page.document.documentElement.outerHTML).toBe(before);
    expect(page.copy().documentElement.outerHTML).toBe(before);
  });

  it('returns no content for a page without text', () => {
    expect(extractArticleHtml(documentOf('<body><div></div></body>')).contentHtml).toBeNull();
  });
});
