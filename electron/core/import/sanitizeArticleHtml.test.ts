import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { sanitizeArticleHtml } from './sanitizeArticleHtml';

const sanitize = (html: string): string => sanitizeArticleHtml(new JSDOM('').window, html).innerHTML;

describe('sanitizeArticleHtml', () => {
  it('keeps basic text structure and strips every attribute but a safe href', () => {
    expect(
      sanitize(
        '<p class="chapo" style="color:red" onclick="x()"><strong>Un</strong> <a href="https://ex.fr/a" title="t">lien</a></p>',
      ),
    ).toBe('<p><strong>Un</strong> <a href="https://ex.fr/a">lien</a></p>');
  });

  it('removes javascript:, data: and relative hrefs but keeps the link text', () => {
    expect(
      sanitize(
        '<p><a href="javascript:alert(1)">a</a><a href="/auteurs/x">b</a><a href="data:text/html,x">c</a></p>',
      ),
    ).toBe('<p><a>a</a><a>b</a><a>c</a></p>');
    expect(sanitize('<p><a href="mailto:redaction@ex.fr">écrire</a></p>')).toBe(
      '<p><a href="mailto:redaction@ex.fr">écrire</a></p>',
    );
  });

  it('drops scripts, styles, embeds, forms and media with their content but keeps figure captions', () => {
    const html =
      '<p>Texte</p><script>alert(1)</script><style>p{}</style><iframe src="https://evil"></iframe><form><input value="x"><button>Envoyer</button></form>' +
      '<svg><script>alert(2)</script></svg><img src="http://evil/x.png"><video src="v.mp4"></video><figure><img src="a.jpg"><figcaption>Légende</figcaption></figure>';
    expect(sanitize(html)).toBe('<p>Texte</p><figure><figcaption>Légende</figcaption></figure>');
  });

  it('unwraps unknown inline tags and keeps their text', () => {
    expect(sanitize('<p><span>un</span> <u>deux</u> <q>trois</q></p>')).toBe('<p>un deux trois</p>');
  });
});
