import { readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { articleText } from '../../../shared/articleText';
import { PasserelleError } from '../../../shared/errors';
import { articleSchema } from '../../../shared/schema';
import { fragmentToDoc } from './fragmentToDoc';
import { hostileCorpus } from './hostile/hostileCorpus';
import { DOMParser } from 'prosemirror-model';
import { extractArticleHtml } from './extractArticleHtml';
import { JSDOM } from 'jsdom';
import { parsePage } from './readHtml';
import { sanitizeArticleHtml } from './sanitizeArticleHtml';
import { buildDocx } from './testing/buildZip';
import { tidyDoc } from './tidyDoc';

const corpus = new URL('../../../../shared/corpus/', import.meta.url);

const { window } = new JSDOM('');

// The path every reader took before: DOMPurify in a jsdom window, ProseMirror's parser.
function throughDomPurify(html: string): unknown {
  return (
    tidyDoc(DOMParser.fromSchema(articleSchema).parse(sanitizeArticleHtml(window, html)))?.toJSON() ?? null
  );
}

// As readHtmlFragment read before: a whole jsdom page, then DOMPurify.
function throughJsdom(html: string): unknown {
  const page = new window.DOMParser().parseFromString(
    `<!doctype html><html><head></head><body>${html}</body></html>`,
    'text/html',
  );
  return throughDomPurify(page.body.innerHTML);
}

const samples: readonly string[] = [
  '<p>Un <em>texte</em> <strong>simple</strong> avec <a href="https://ex.fr/a">un lien</a>.</p>',
  '<h1>Titre</h1><h2>Sous-titre</h2><h4>Quatre</h4><p>Corps</p>',
  '<blockquote><p>« Citation »</p><p>Suite</p></blockquote><blockquote>nu</blockquote>',
  '<ul><li>un</li><li><p>deux</p><ul><li>imbriqué</li></ul></li></ul><ol start="3"><li>trois</li></ol>',
  '<ul><li>un</li><ul><li>directement imbriqué</li></ul><li>deux</li></ul>',
  '<p>Ligne un<br>ligne deux<br></p><br><p>  espaces   multiples \n et retour  </p>',
  '<pre><code>  code   gardé\n  sur deux lignes</code></pre>',
  '<table><thead><tr><th>en-tête</th></tr></thead><tbody><tr><td>a</td><td>b</td></tr></tbody></table>',
  '<dl><dt>terme</dt><dd>définition</dd></dl><div>bloc <span>inline</span> <u>souligné</u></div>',
  '<figure><img src="a.jpg"><figcaption>Légende © Photo</figcaption></figure><p>après</p>',
  '<p><a href=" https://ex.fr/espace ">espace</a> <a href="/relatif">relatif</a> <a href="mailto:a@ex.fr">m</a> <a>nu</a></p>',
  '<p><a href="ht tps://ex.fr">cassé</a><a href="https://ex.fr/--&gt;x">sortie</a></p>',
  '<p>texte <!-- commentaire --> suite</p><template><p>caché</p></template><noscript><p>noscript</p></noscript>',
  '<svg><text>svg</text></svg><math><mi>x</mi></math><p>après <i>italique <b>gras</b></i></p>',
  '<nav>menu</nav><aside>à côté</aside><footer>pied</footer><form>champ<button>ok</button></form><p>corps</p>',
  'texte nu<p>puis un paragraphe</p>encore du texte nu',
  '<p>&amp; &lt;b&gt; &nbsp;insécable&#x301; &#0; fin</p>',
  '<h1><p>dans un titre</p></h1><p><div>div dans p</div></p><li>li seul</li>',
  '<section><article><header><h2>Titre</h2></header><main><p>corps</p></main></article></section>',
  '<b><p>gras autour d’un bloc</p></b><em>em</em> ouvert <p>fin',
  '<p style="font-style: italic" class="x">style ignoré</p><span style="font-weight:bold">gras?</span>',
  '<p></p><p> </p><div><br></div>',
];

describe('fragmentToDoc', () => {
  it('gives the same document as the jsdom page, DOMPurify and ProseMirror path', () => {
    for (const html of samples)
      expect(fragmentToDoc(html, 'test.html')?.toJSON() ?? null, html).toEqual(throughJsdom(html));
  });

  it('gives the same document on every hostile page of the corpus', () => {
    for (const { name, html } of hostileCorpus) {
      expect(fragmentToDoc(html, 'test.html')?.toJSON() ?? null, name).toEqual(throughJsdom(html));
    }
  });

  it('gives the same document as DOMPurify on what Readability extracts from the hostile pages and Flamanville', () => {
    const flamanville = readFileSync(new URL('reacteur-flamanville.fr.html', corpus), 'utf8');
    for (const { name, html } of [...hostileCorpus, { name: 'flamanville', html: flamanville }]) {
      const extracted = extractArticleHtml(parsePage(html, 'test.html').copy()).contentHtml;
      expect(extracted, name).not.toBeNull();
      expect(fragmentToDoc(extracted ?? '', 'test.html')?.toJSON() ?? null, name).toEqual(
        throughDomPurify(extracted ?? ''),
      );
    }
  });

  it('gives the same document on the Flamanville page and on Markdown and Word output', async () => {
    const page = readFileSync(new URL('reacteur-flamanville.fr.html', corpus), 'utf8');
    const markdown = new MarkdownIt({ html: true }).render(
      '# Titre\n\nUn *texte* avec **gras**, `code` et [un lien](https://ex.fr).\n\n> cité\n\n1. un\n2. deux\n   - sous\n\n<div onclick="x()">brut <script>alert(1)</script></div>\n\n---\n\n| a | b |\n|---|---|\n| 1 | 2 |\n',
    );
    const docx = buildDocx([
      { style: 'Title', runs: ['Budget de Rouen'] },
      {
        runs: [
          'Le conseil a voté ',
          { text: 'jeudi', italic: true },
          ' un budget ',
          { text: 'serré', bold: true },
        ],
      },
      { style: 'Quote', runs: ['« Nous avons fait des choix »'] },
    ]);
    const word = (await mammoth.convertToHtml({ buffer: docx })).value;
    for (const html of [page, markdown, word]) {
      expect(fragmentToDoc(html, 'test.html')?.toJSON() ?? null).toEqual(throughJsdom(html));
    }
  });

  it('keeps only schema nodes, schema marks and safe links', () => {
    const doc = fragmentToDoc(
      '<p onclick="x()">a <a href="javascript:alert(1)">b</a> <a href="https://ex.fr">c</a><script>alert(2)</script></p><iframe src="https://evil"></iframe>',
      'test.html',
    );
    const json = JSON.stringify(doc?.toJSON());
    expect(json).not.toMatch(/javascript|alert|onclick|evil/);
    expect(json).toContain('https://ex.fr');
    doc?.descendants((node) => {
      expect(Object.keys(articleSchema.nodes)).toContain(node.type.name);
    });
    expect(articleText(doc!)).toBe('a b c');
  });

  it('answers null when no text is left, and refuses HTML nested too deeply', () => {
    expect(fragmentToDoc('<p> </p><img src="x.png"><script>1</script>', 'vide.html')).toBeNull();
    expect(() => fragmentToDoc('<div>'.repeat(2000) + 'x', 'profond.html')).toThrow(PasserelleError);
  });
});
