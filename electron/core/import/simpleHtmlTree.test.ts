import MarkdownIt from 'markdown-it';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { convertDocxToHtml } from './convertDocxToHtml';
import { extractArticleHtml } from './extractArticleHtml';
import { hostileCorpus } from './hostile/hostileCorpus';
import { parsePage } from './readHtml';
import { docxConversion } from './readDocx';
import { simpleHtmlTree } from './simpleHtmlTree';
import { buildDocx } from './testing/buildZip';
import { seededRandom } from '../testing/seededRandom';

type Parse5Node = DefaultTreeAdapterTypes.Node;

// A tree as nested arrays: an element as [tag, attributes, ...children], a text as its string.
function shape(node: Parse5Node): unknown {
  if ('value' in node && node.nodeName === '#text') return node.value;
  if (!('tagName' in node)) return `#${node.nodeName}`;
  return [
    node.tagName,
    node.attrs.map(({ name, value }) => `${name}=${value}`),
    ...node.childNodes.map(shape),
  ];
}

function parse5Body(html: string): Parse5Node {
  const document = parse(`<!doctype html><html><head></head><body>${html}</body></html>`, {
    scriptingEnabled: false,
  });
  const root = document.childNodes.find((node) => 'tagName' in node);
  const body =
    root !== undefined && 'childNodes' in root
      ? root.childNodes.find((node) => node.nodeName === 'body')
      : undefined;
  if (body === undefined) throw new Error('parse5 built no body');
  return body;
}

// As readMarkdown configures it.
const markdown = new MarkdownIt({ html: true, linkify: false, typographer: false });

const snippets = [
  '# Le budget de Rouen',
  '## Une section',
  '###### Petit titre',
  'Le maire a dit : « nous avons fait des choix ».',
  'Du *texte en italique*, du **gras**, du ***gras italique*** et du ~~barré~~.',
  'Un [lien](https://example.org/a?b=1&c=2 "Un titre") et <https://example.org/auto>.',
  'Une image ![la légende *belle*](https://example.org/i.png "titre") ici.',
  'Du `code` et des `<balises>` & des "guillemets" > autres.',
  'Ligne un  \nligne deux\\\nligne trois\nligne quatre',
  '- un\n- deux\n  - deux bis\n  - deux ter\n- trois',
  '1. premier\n2. second\n\n   avec un paragraphe\n3. troisième',
  '3. commence à trois\n4. suite',
  '> Une citation\n> sur deux lignes\n>\n> - avec une liste',
  '    du code\n    indenté',
  '```js\nconst a = "<b>";\n```',
  '```\n\nligne vide en tête\n```',
  '---',
  '| a | b |\n|---|:-:|\n| 1 | 2 |',
  'Un <b>gras</b> écrit en HTML et <span class="x">une étiquette</span>.',
  '<div>un bloc HTML</div>',
  '<!-- un commentaire -->',
  'Une entité &copy; et &amp; et &#233; et \\*échappé\\*.',
  'Emoji 😀 et 𠀀, E\u0301tat décomposé.',
  '* liste lâche\n\n* deuxième',
  'Texte\n===',
  '[lien **gras** et `code`](https://example.org)',
  '<pre>\ndu texte préformaté</pre>',
  '<p>un paragraphe <p>dans un paragraphe</p>',
  '<a href="https://a.example">un <a href="https://b.example">lien</a> dans un lien</a>',
];

function markdownSamples(): string[] {
  const random = seededRandom(31);
  const samples = snippets.map((snippet) => snippet);
  for (let index = 0; index < 1500; index++) {
    const count = 1 + Math.floor(random() * 5);
    const parts = Array.from({ length: count }, () => snippets[Math.floor(random() * snippets.length)] ?? '');
    samples.push(parts.join(random() < 0.7 ? '\n\n' : '\n'));
  }
  return samples;
}

describe('simpleHtmlTree', () => {
  it('builds the tree parse5 builds from what markdown-it writes, or leaves it to parse5', () => {
    let simple = 0;
    const samples = markdownSamples();
    for (const source of samples) {
      const html = markdown.render(source);
      const tree = simpleHtmlTree(html);
      if (tree === null) continue;
      simple++;
      expect(shape(tree), html).toEqual(shape(parse5Body(html)));
    }
    // Most of them are simple; the tables, raw HTML and comments are not.
    expect(simple).toBeGreaterThan(samples.length * 0.3);
    expect(simple).toBeLessThan(samples.length);
  });

  it('builds the tree parse5 builds from what mammoth writes of a Word document', async () => {
    const runs = [
      'Le conseil municipal & la « ville » <adopte> le "budget".',
      { text: ' en italique', italic: true },
      { text: ' en gras', bold: true },
      { text: ' les deux', bold: true, italic: true },
    ];
    const styles = [undefined, 'Title', 'Heading1', 'Heading2', 'Quote', 'ListParagraph'];
    for (const style of styles) {
      const html = (
        await convertDocxToHtml(
          { buffer: buildDocx([{ style, runs }, { runs: runs.slice(1) }]) },
          docxConversion,
        )
      ).value;
      const tree = simpleHtmlTree(html);
      expect(tree, html).not.toBeNull();
      expect(shape(tree as Parse5Node), html).toEqual(shape(parse5Body(html)));
    }
  });

  it('builds the tree parse5 builds from what Readability kept of a page, as linkedom writes it', () => {
    const flamanville = readFileSync(
      new URL('../../../../shared/corpus/reacteur-flamanville.fr.html', import.meta.url),
      'utf8',
    );
    const paragraphs = Array.from(
      { length: 6 },
      (_, index) =>
        `<p>Paragraphe ${index} de l’article, assez long pour que Readability le retienne&nbsp;: avec des virgules, des «&#160;guillemets&#160;» &amp; des <em>détails</em>, <a href="https://example.org/?a=1&amp;b=2">un lien</a>.</p>`,
    ).join('');
    const pages = [
      ...hostileCorpus.map(({ html }) => html),
      flamanville,
      `<html><body><header><nav><a href="/">Accueil</a></nav></header><main><article><h1>Titre</h1>${paragraphs}</article></main><footer>© Le Journal</footer></body></html>`,
      `<body><div><section><h2>Une section</h2>${paragraphs}<figure><img src="a.jpg" alt="x"><figcaption>Une légende</figcaption></figure><blockquote><p>Une citation</p></blockquote></section></div></body>`,
    ];
    let simple = 0;
    for (const page of pages) {
      const html = extractArticleHtml(parsePage(page, 'page.html').copy()).contentHtml;
      if (html === null) continue;
      const tree = simpleHtmlTree(html);
      if (tree === null) continue;
      simple++;
      expect(shape(tree), html).toEqual(shape(parse5Body(html)));
    }
    expect(simple).toBeGreaterThanOrEqual(3);
  });

  it('reads capitals and numeric references as parse5 does', () => {
    for (const html of [
      '<P>majuscules</P>',
      '<DIV CLASS="a" Id="b"><p>x</p></DIV>',
      '<p>un &#233; &#x1F600; &#160;&#x41;&#39;</p>',
    ]) {
      const tree = simpleHtmlTree(html);
      expect(tree, html).not.toBeNull();
      expect(shape(tree as Parse5Node), html).toEqual(shape(parse5Body(html)));
    }
  });

  it('leaves to parse5 what it would build otherwise, or reads otherwise', () => {
    for (const html of [
      '<p>un <p>deux</p>',
      '<p>un <ul><li>deux</li></ul></p>',
      '<a href="x">un <a href="y">deux</a></a>',
      '<ul><li>un<li>deux</li></ul>',
      '<ul><li>un<li>deux</li></li></ul>',
      '<li>hors d’une liste</li>',
      '<ul>texte</ul>',
      '<table><tr><td>1</td></tr></table>',
      '<h1>un <h2>deux</h2></h1>',
      '<pre>\nligne</pre>',
      '<p>un &copy; deux</p>',
      '<p>un &nbsp;</p>',
      '<p>un &#150; (un C1 que parse5 lit en tiret)</p>',
      '<p>un &#0;</p>',
      '<p>un &#xD800;</p>',
      '<p>un &#65 sans point-virgule</p>',
      '<p>un\u0000deux</p>',
      '<p>un\rdeux</p>',
      '<p>non fermé',
      'texte</p>',
      '<p>un</em></p>',
      '<!-- commentaire --><p>un</p>',
      '<script>alert(1)</script>',
      "<p title='simple'>un</p>",
      '<p a="1" a="2">un</p>',
      '<br/>x</br>',
      '<em/>',
    ]) {
      expect(simpleHtmlTree(html), html).toBeNull();
    }
  });
});
