import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleText } from '../../../shared/articleText';
import { PasserelleError } from '../../../shared/errors';
import { articleSchema } from '../../../shared/schema';
import { hostileCorpus } from './hostile/hostileCorpus';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parsePage, readHtml, readPage, type Page } from './readHtml';

const corpus = new URL('../../../../shared/corpus/', import.meta.url);
const flamanville = readFileSync(new URL('reacteur-flamanville.fr.html', corpus), 'utf8');
const paragraphs = (count: number) =>
  Array.from(
    { length: count },
    (_, index) =>
      `<p>Paragraphe ${String(index + 1)} du corps de l’article, assez long pour que Readability le retienne comme du texte, avec des virgules, des phrases et des détails.</p>`,
  ).join('');

describe('readHtml', () => {
  const article = readHtml(flamanville, 'reacteur-flamanville.fr.html');
  const text = articleText(article.doc);

  it('reads the Flamanville headline as the title and does not repeat it as the first line of the text', () => {
    expect(article.title).toBe(
      'Flamanville : l’EPR atteint sa pleine puissance, EDF promet une facture maîtrisée',
    );
    expect(text).not.toContain(article.title);
    expect(article.doc.firstChild?.type.name).toBe('paragraph');
    expect(text.startsWith('Dix-sept ans après le début du chantier')).toBe(true);
  });

  it('keeps the Flamanville figure caption as a paragraph', () => {
    const blocks = article.doc.content.content;
    expect(blocks.at(-1)?.type.name).toBe('paragraph');
    expect(blocks.at(-1)?.textContent).toBe('Le site de Flamanville, dans la Manche. © Photo d’illustration');
  });

  it('drops a first block of the body that repeats the title, unless it is the only one', () => {
    const page = readHtml('<body><h1>Un titre</h1><div>Court texte.</div></body>', 'court.html');
    expect(page.title).toBe('Un titre');
    expect(articleText(page.doc)).toBe('Court texte.');
    const alone = readHtml('<body><h1>Un titre</h1></body>', 'seul.html');
    expect(articleText(alone.doc)).toBe('Un titre');
  });

  it('reads the Flamanville metadata: author, date, site from the <title>, language', () => {
    expect(article).toMatchObject({
      byline: 'Claire Lemoine',
      publishedAt: '2026-03-12T07:45:00+01:00',
      siteName: 'Le Courrier du Cotentin',
      sourceUrl: null,
      language: 'fr',
    });
  });

  it('keeps the lead, the body, the sub-heading and the blockquote', () => {
    expect(text).toContain('Dix-sept ans après le début du chantier');
    expect(text).toContain('Le réacteur pressurisé européen (EPR)');
    expect(text).toContain('Bruxelles doit se prononcer');
    const blocks = article.doc.content.content;
    expect(
      blocks.some(
        (node) =>
          node.type.name === 'heading' && node.textContent === 'Des doutes persistants sur le calendrier',
      ),
    ).toBe(true);
    const quote = blocks.find((node) => node.type.name === 'blockquote');
    expect(quote?.textContent).toContain('Chaque mégawattheure produit à Flamanville');
  });

  it('leaves out navigation, ads, related links, comments, footer and byline', () => {
    for (const unwanted of [
      'S’abonner',
      'Publicité',
      'À lire aussi',
      'Prix de l’électricité',
      'Jean-Pierre50',
      'Mentions légales',
      'publié le',
    ]) {
      expect(text).not.toContain(unwanted);
    }
  });

  it('drops relative links but keeps their text, and keeps the lead’s emphasis', () => {
    expect(JSON.stringify(article.doc.toJSON())).not.toContain('"link"');
    expect(JSON.stringify(article.doc.toJSON())).toContain('"strong"');
  });

  it('uses og:title when the page has no headline element', () => {
    const html = `<html><head><meta property="og:title" content="Titre social"><title>Titre long | Site</title></head><body><article>${paragraphs(4)}</article></body></html>`;
    const reading = readHtml(html, 'page.html');
    expect(reading.title).toBe('Titre social');
    expect(reading.doc.firstChild?.type.name).toBe('paragraph');
  });

  it('falls back to the first sentence of the text for a title', () => {
    expect(readHtml('<body><p>Une phrase seule. Et une autre.</p></body>', 'page.html').title).toBe(
      'Une phrase seule.',
    );
  });

  it('falls back to the sanitised body when Readability finds no article', () => {
    const reading = readHtml('<body><div>Court texte.<br>Ligne deux.</div></body>', 'court.html');
    expect(articleText(reading.doc)).toBe('Court texte.\nLigne deux.');
  });

  it('rejects a page without text as an empty file', () => {
    const read = () =>
      readHtml(
        '<html><head><title>Rien</title></head><body><img src="x.png"><script>1</script></body></html>',
        'vide.html',
      );
    expect(read).toThrow(PasserelleError);
    expect(read).toThrow(/vide\.html/);
  });

  it('reduces hostile HTML to schema nodes and safe links only', () => {
    const hostile = `<html><head><meta http-equiv="refresh" content="0;url=http://evil.example/"></head><body><article>
      <h1>Titre</h1>
      <p onclick="steal()" style="background:url(http://evil.example/bg.png)">Texte <a href="javascript:alert(1)">piégé</a>
        et <a href="https://ex.fr/ok">sûr</a><img src="http://evil.example/pixel.gif" onerror="alert(2)"></p>
      <script>alert(3)</script><iframe src="http://evil.example/frame"></iframe>
      <form action="http://evil.example/post"><input name="q"><button>Go</button></form>
      <svg><script>alert(4)</script></svg><object data="http://evil.example/x.swf"></object>
      ${paragraphs(4)}</article></body></html>`;
    for (const reading of [
      readHtml(hostile, 'hostile.html'),
      readHtml(hostile.replace(/<\/?article>/g, ''), 'hostile.html'),
    ]) {
      const json = JSON.stringify(reading.doc.toJSON());
      expect(json).not.toMatch(/javascript:/i);
      expect(json).not.toContain('evil');
      expect(json).not.toMatch(/alert|steal|onerror|onclick/);
      const nodeTypes = new Set<string>();
      const markTypes = new Set<string>();
      reading.doc.descendants((node) => {
        nodeTypes.add(node.type.name);
        node.marks.forEach((mark) => markTypes.add(mark.type.name));
      });
      for (const type of nodeTypes) expect(Object.keys(articleSchema.nodes)).toContain(type);
      for (const type of markTypes) expect(Object.keys(articleSchema.marks)).toContain(type);
      expect(json).toContain('https://ex.fr/ok');
      expect(articleText(reading.doc)).toContain('Texte piégé et sûr');
      expect(() => reading.doc.check()).not.toThrow();
    }
  });

  const pages = [
    ...hostileCorpus.map(({ name, html }) => ({ name, html })),
    { name: 'flamanville', html: flamanville },
    { name: 'short', html: '<body><h1>Un titre</h1><div>Court texte.</div></body>' },
    { name: 'body', html: `<body><div><span>${paragraphs(2)}</span></div></body>` },
    {
      name: 'og',
      html: `<head><meta property="og:title" content="Titre OG"></head><body>${paragraphs(4)}</body>`,
    },
    {
      name: 'based',
      html: `<head><base href="https://autre.example/"></head><body><article>${paragraphs(3)}<p><a href="/rel">lien</a> et <a href="https://ex.fr/a">absolu</a></p></article></body>`,
    },
  ];

  it('reads a page alike whatever pages were read before it', () => {
    const readAll = (order: typeof pages) =>
      new Map(order.map(({ name, html }) => [name, JSON.stringify(readHtml(html, `${name}.html`))]));
    const forward = readAll(pages);
    for (let index = 0; index < 100; index++) readHtml(flamanville, 'again.html');
    const backward = readAll([...pages].reverse());
    for (const { name } of pages) expect(backward.get(name), name).toBe(forward.get(name));
  });

  it('reads every page as it did in a jsdom page (parse5 tree, Readability, the same metadata)', () => {
    const { window } = new JSDOM('', { virtualConsole: new VirtualConsole() });
    // The page as the import parsed it before: jsdom's DOMParser (scripting off), <base> removed.
    const jsdomPage = (html: string): Page => {
      const document = new window.DOMParser().parseFromString(html, 'text/html');
      for (const base of document.querySelectorAll('base')) base.remove();
      return { document, copy: () => document.cloneNode(true) as Document };
    };
    for (const { name, html } of pages) {
      const reading = readHtml(html, `${name}.html`);
      const before = readPage(jsdomPage(html), `${name}.html`);
      expect({ ...reading, doc: reading.doc.toJSON() }, name).toEqual({
        ...before,
        doc: before.doc.toJSON(),
      });
    }
  });

  it('keeps the page it parsed intact while Readability changes a copy', () => {
    const page = parsePage(flamanville, 'flamanville.html');
    const before = page.document.documentElement.outerHTML;
    readPage(page, 'flamanville.html');
    expect(page.document.documentElement.outerHTML).toBe(before);
  });
});
