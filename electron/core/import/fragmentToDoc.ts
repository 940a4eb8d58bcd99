import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { DOMParser, type Node } from 'prosemirror-model';
import { PasserelleError } from '../../../shared/errors';
import { articleSchema } from '../../../shared/schema';
import { checkHtmlShape, maxHtmlNesting } from './checkHtmlShape';
import { allowedTags, forbiddenContents, forbiddenTags } from './sanitizeArticleHtml';
import { SchemaParserElement, SchemaParserText } from './schemaParserDom';
import { simpleHtmlTree } from './simpleHtmlTree';
import { tidyDoc } from './tidyDoc';

type Parse5Node = DefaultTreeAdapterTypes.Node;
type Parse5Element = DefaultTreeAdapterTypes.Element;

const kept = new Set<string>(allowedTags);
for (const tag of forbiddenTags) kept.delete(tag);
// DOMPurify's own FORBID_CONTENTS (3.x), to which `sanitizeArticleHtml` adds `forbiddenContents`:
// the same elements lose their text on both paths.
const droppedWithText = new Set<string>([
  'annotation-xml',
  'audio',
  'colgroup',
  'desc',
  'foreignobject',
  'head',
  'iframe',
  'math',
  'mi',
  'mn',
  'mo',
  'ms',
  'mtext',
  'noembed',
  'noframes',
  'noscript',
  'plaintext',
  'script',
  'selectedcontent',
  'style',
  'svg',
  'template',
  'thead',
  'title',
  'video',
  'xmp',
  ...forbiddenContents,
]);
// DOMPurify's tests for a kept href: an allowed scheme once white space is taken out, and nothing
// that could end a surrounding comment or raw-text element.
// DOMPurify's ATTR_WHITESPACE: C0 controls, space, and the Unicode spaces and separators.
const isAttributeWhiteSpace = (code: number): boolean =>
  code <= 0x20 ||
  code === 0xa0 ||
  code === 0x1680 ||
  code === 0x180e ||
  (code >= 0x2000 && code <= 0x2029) ||
  code === 0x205f ||
  code === 0x3000;
const withoutAttributeWhiteSpace = (value: string): string =>
  Array.from(value)
    .filter((character) => !isAttributeWhiteSpace(character.charCodeAt(0)))
    .join('');
const allowedUri = /^(?:https?:|mailto:)/i;
const attributeBreakout =
  /((--!?|])>)|<\/(style|script|title|xmp|textarea|noscript|iframe|noembed|noframes)/i;

function keptAttributes(element: Parse5Element): Map<string, string> {
  const attributes = new Map<string, string>();
  const href = element.attrs.find((attribute) => attribute.name === 'href' && !attribute.namespace);
  if (
    href !== undefined &&
    allowedUri.test(withoutAttributeWhiteSpace(href.value)) &&
    !attributeBreakout.test(href.value)
  ) {
    attributes.set('href', href.value);
  }
  return attributes;
}

function isElement(node: Parse5Node): node is Parse5Element {
  return 'tagName' in node;
}

// Copies the sanitised content of `from` under `into`: the rules of `sanitizeArticleHtml` applied
// while copying, so an element outside the allowed list is unwrapped or, with its text, dropped.
function copySanitised(
  from: Parse5Element,
  into: SchemaParserElement,
  depth: number,
  fileName: string,
): void {
  if (depth > maxHtmlNesting * 2) {
    throw new PasserelleError(
      'parse_failed',
      `${fileName}: the HTML nests elements ${depth} levels deep (at most ${maxHtmlNesting} are read).`,
    );
  }
  for (const child of from.childNodes) {
    if (child.nodeName === '#text' && 'value' in child) {
      into.appendChild(new SchemaParserText(child.value));
      continue;
    }
    if (!isElement(child)) continue;
    // Outside the HTML namespace (inside <svg> or <math>, dropped whole) nothing is kept.
    const html = child.namespaceURI === 'http://www.w3.org/1999/xhtml';
    if (html && kept.has(child.tagName)) {
      const element = into.appendChild(new SchemaParserElement(child.tagName, keptAttributes(child)));
      copySanitised(child, element, depth + 1, fileName);
    } else if (html && !droppedWithText.has(child.tagName)) {
      copySanitised(child, into, depth + 1, fileName);
    }
  }
}

// The <body> parse5 builds from `page`.
function parsedBody(page: string): Parse5Node | undefined {
  // As jsdom parses when it runs no script: <noscript> content is markup (dropped whole), not text.
  const document = parse(page, { scriptingEnabled: false });
  const root = document.childNodes.find(isElement);
  return root?.childNodes.find((node) => isElement(node) && node.tagName === 'body');
}

/// Reads article HTML (from mammoth or markdown-it, pasted, or what Readability extracted from a
/// page) straight into the schema without a jsdom page: parse5 parses it as a browser would (HTML
/// of the simple kind markdown-it and mammoth write is read by `simpleHtmlTree`, into the tree
/// parse5 would build), the
/// sanitiser's rules are applied while copying the tree, ProseMirror's schema parser reads the
/// copy, and the result is tidied. The same document as DOMPurify in a jsdom window gives
/// (`fragmentToDoc.test.ts`), in a fraction of the time and memory. Null when no text is left.
export function fragmentToDoc(html: string, fileName: string): Node | null {
  const page = `<!doctype html><html><head></head><body>${html}</body></html>`;
  checkHtmlShape(page, fileName);
  const copy = new SchemaParserElement('body');
  const body = simpleHtmlTree(html) ?? parsedBody(page);
  if (body !== undefined && isElement(body)) copySanitised(body, copy, 2, fileName);
  // ProseMirror's parser is typed for a browser DOM; the copy has exactly the members it reads
  // (see `schemaParserDom.ts`), and `fragmentToDoc.test.ts` checks the two give the same document.
  try {
    return tidyDoc(DOMParser.fromSchema(articleSchema).parse(copy as unknown as HTMLElement));
  } catch (error) {
    // The nesting check keeps recursion shallow; this is the last guard if it ever is not.
    if (error instanceof RangeError) {
      throw new PasserelleError('parse_failed', `${fileName}: the HTML is nested too deeply to be read.`);
    }
    throw error;
  }
}
