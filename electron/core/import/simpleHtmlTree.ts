import type { DefaultTreeAdapterTypes } from 'parse5';

type Parse5Element = DefaultTreeAdapterTypes.Element;
type Parse5Text = DefaultTreeAdapterTypes.TextNode;

// Markdown-it and mammoth write HTML of a few tags, properly nested, with text escaped and no white
// space of their own between Word's paragraphs, and so does linkedom when it serialises what
// Readability kept of a simple page: HTML that parse5 builds into the tree its tags spell out, as
// would any parser. Reading that tree directly costs a tenth of parse5's tokenizer and
// tree builder, which were most of the time of a Markdown or Word import. Anything outside what is
// checked here (another tag or character reference, a table, a block inside a paragraph, a link in
// a link, a line feed right after <pre>, a NUL or carriage return) is left to parse5 (`null`).

const xhtml = 'http://www.w3.org/1999/xhtml' as DefaultTreeAdapterTypes.Element['namespaceURI'];
// Elements holding text and inline elements only.
const inline = new Set(['a', 'b', 'code', 'del', 'em', 'i', 'ins', 's', 'span', 'strong', 'sub', 'sup', 'u']);
const textBlocks = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre']);
// Elements that may hold blocks, inline elements and text; lists hold only items.
const containers = new Set([
  'article',
  'aside',
  'blockquote',
  'div',
  'figcaption',
  'figure',
  'footer',
  'header',
  'li',
  'main',
  'nav',
  'section',
]);
const lists = new Set(['ul', 'ol']);
const voids = new Set(['br', 'hr', 'img']);
const voidInline = new Set(['br', 'img']);
const escapes: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' };
const tag = /<(\/?)([a-z][a-z0-9]*)((?:\s+[a-z][a-z-]*="[^"<]*")*)\s*(\/?)>/iy;
const attribute = /([a-z][a-z-]*)="([^"<]*)"/gi;
// Text the tree may hold as it is: no markup, no character reference but the four escapes and
// numeric ones, and none of what parse5's input stream changes or drops.
// (A NUL, which parse5 drops, is looked for apart.)
const plainText = /^(?:[^<&\r]|&(?:amp|lt|gt|quot|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});)*$/;
const reference = /&(?:(amp|lt|gt|quot)|#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6}));/g;

// A numeric reference parse5 reads as the character it numbers: printable ASCII, or from U+00A0
// on but the surrogates (it maps or replaces NUL, the C1 controls and the rest).
const plainCode = (code: number): boolean =>
  (code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff));

// `raw` with its references replaced by their characters; null when parse5 would read it otherwise.
function unescape(raw: string): string | null {
  if (!plainText.test(raw) || raw.includes('\u0000')) return null;
  if (!raw.includes('&')) return raw;
  let plain = true;
  const value = raw.replace(
    reference,
    (whole, name: string | undefined, decimal: string | undefined, hex: string | undefined) => {
      if (name !== undefined) return escapes[name] ?? whole;
      const code = decimal === undefined ? Number.parseInt(hex ?? '', 16) : Number(decimal);
      if (!plainCode(code)) plain = false;
      return plain ? String.fromCodePoint(code) : whole;
    },
  );
  return plain ? value : null;
}

// Whether `child` may stand in `parent` without parse5 building anything else than that nesting
// (an item in an item, for one, becomes its sibling).
function fits(parent: string, child: string, openLinks: number): boolean {
  if (child === 'a' && openLinks > 0) return false;
  if (inline.has(parent) || textBlocks.has(parent)) return inline.has(child) || voidInline.has(child);
  if (lists.has(parent)) return child === 'li';
  return (containers.has(parent) || parent === 'body') && child !== 'li';
}

function element(
  tagName: string,
  attrs: DefaultTreeAdapterTypes.Element['attrs'],
  parent: Parse5Element,
): Parse5Element {
  return {
    nodeName: tagName,
    tagName,
    attrs,
    namespaceURI: xhtml,
    childNodes: [],
    parentNode: parent,
    sourceCodeLocation: undefined,
  };
}

/// The `<body>` parse5 would build from `html` (what goes between `<body>` and `</body>`), when the
/// HTML is of the simple kind checked above; null otherwise, and then parse5 reads it.
export function simpleHtmlTree(html: string): Parse5Element | null {
  const body: Parse5Element = {
    nodeName: 'body',
    tagName: 'body',
    attrs: [],
    namespaceURI: xhtml,
    childNodes: [],
    parentNode: null,
    sourceCodeLocation: undefined,
  };
  const open: Parse5Element[] = [body];
  let openLinks = 0;
  let index = 0;
  const addText = (raw: string): boolean => {
    if (raw === '') return true;
    const parent = open[open.length - 1] ?? body;
    if (lists.has(parent.tagName) && /[^\n ]/.test(raw)) return false;
    const value = unescape(raw);
    if (value === null) return false;
    const last = parent.childNodes[parent.childNodes.length - 1];
    // parse5 puts consecutive characters in one text node.
    if (last !== undefined && last.nodeName === '#text') (last as Parse5Text).value += value;
    else
      parent.childNodes.push({ nodeName: '#text', value, parentNode: parent, sourceCodeLocation: undefined });
    return true;
  };
  while (index < html.length) {
    const next = html.indexOf('<', index);
    if (!addText(html.slice(index, next === -1 ? html.length : next))) return null;
    if (next === -1) break;
    tag.lastIndex = next;
    const match = tag.exec(html);
    if (match === null) return null;
    const [whole, closing, tagName = '', attributeText = '', selfClosing] = match;
    // parse5 lowercases names (linkedom writes the <DIV>s Readability makes in capitals).
    const name = tagName.toLowerCase();
    const parent = open[open.length - 1] ?? body;
    if (closing === '/') {
      if (attributeText !== '' || selfClosing === '/' || parent.tagName !== name || parent === body)
        return null;
      open.pop();
      if (name === 'a') openLinks--;
    } else {
      const known =
        inline.has(name) ||
        textBlocks.has(name) ||
        containers.has(name) ||
        lists.has(name) ||
        voids.has(name);
      if (!known || !fits(parent.tagName, name, openLinks)) return null;
      if (selfClosing === '/' && !voids.has(name)) return null;
      const attrs: DefaultTreeAdapterTypes.Element['attrs'] = [];
      for (const [, attributeName = '', raw = ''] of attributeText.matchAll(attribute)) {
        const lowerName = attributeName.toLowerCase();
        const value = unescape(raw);
        if (value === null || attrs.some((existing) => existing.name === lowerName)) return null;
        attrs.push({ name: lowerName, value });
      }
      const child = element(name, attrs, parent);
      parent.childNodes.push(child);
      if (!voids.has(name)) {
        open.push(child);
        if (name === 'a') openLinks++;
        // parse5 drops a line feed right after <pre>.
        if (name === 'pre' && html.charCodeAt(next + whole.length) === 0x0a) return null;
      }
    }
    index = next + whole.length;
  }
  return open.length === 1 ? body : null;
}
