import { parseHTML } from 'linkedom';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import type { Node } from 'prosemirror-model';
import { articleText } from '../../../shared/articleText';
import { PasserelleError } from '../../../shared/errors';
import { bylineName } from './bylineName';
import { checkHtmlShape, maxHtmlNesting } from './checkHtmlShape';
import { extractArticleHtml } from './extractArticleHtml';
import { firstSentenceTitle } from './firstSentenceTitle';
import { fragmentToDoc } from './fragmentToDoc';
import type { ArticleReading } from './parsedArticle';
import { readHtmlMetadata, isoDateOrNull } from './readHtmlMetadata';
import { titleFromFileName } from './titleFromFileName';

type Parse5Node = DefaultTreeAdapterTypes.Node;
type Parse5Parent = DefaultTreeAdapterTypes.ParentNode;

const titleSeparator = /\s+[|–—·-]\s+|\s+::\s+/;
const htmlNamespace = 'http://www.w3.org/1999/xhtml';

// Copies the tree parse5 built under `from` into `into` (a node of `document`), without recursion:
// elements, text and comments, every attribute a DOM accepts, and no <base> (it would make
// Readability turn every relative link into one to the base's host). Throws when the elements nest
// deeper than the import reads (`checkHtmlShape` only estimated it).
function copyTree(document: Document, from: Parse5Parent, into: ParentNode, fileName: string): void {
  const pending: [Parse5Parent, ParentNode, number][] = [[from, into, 1]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [source, target, depth] = next;
    if (depth > maxHtmlNesting * 2) {
      throw new PasserelleError(
        'parse_failed',
        `${fileName}: the HTML nests elements ${depth} levels deep (at most ${maxHtmlNesting} are read).`,
      );
    }
    for (const child of source.childNodes) {
      const copy = copyNode(document, child);
      if (copy === null) continue;
      target.appendChild(copy);
      if ('childNodes' in child && child.childNodes.length > 0 && 'tagName' in child) {
        pending.push([child, copy as Element, depth + 1]);
      }
    }
  }
}

function copyNode(document: Document, node: Parse5Node): ChildNode | null {
  if (node.nodeName === '#text' && 'value' in node) return document.createTextNode(node.value);
  if (node.nodeName === '#comment' && 'data' in node) return document.createComment(node.data);
  if (!('tagName' in node)) return null;
  if (node.namespaceURI === htmlNamespace && node.tagName === 'base') return null;
  const element =
    node.namespaceURI === htmlNamespace
      ? document.createElement(node.tagName)
      : document.createElementNS(node.namespaceURI, node.tagName);
  copyAttributes(node, element);
  return element;
}

function copyAttributes(from: DefaultTreeAdapterTypes.Element, into: Element): void {
  for (const { prefix, name, value } of from.attrs) {
    try {
      into.setAttribute(prefix ? `${prefix}:${name}` : name, value);
    } catch {
      // A name the parser allows but a DOM refuses (`a"b`) carries nothing an article needs.
    }
  }
}

/// A parsed page: its document, and a fresh copy of it on each call (for readers that mutate it).
export interface Page {
  readonly document: Document;
  readonly copy: () => Document;
}

/// Parses untrusted HTML after refusing HTML too deep or too large to handle in bounded time
/// (`checkHtmlShape`): parse5 builds the tree as a browser (and jsdom) would, with scripting off,
/// so <noscript> content is markup; the tree is copied into a linkedom document (a small DOM,
/// several times cheaper to build and for Readability to walk than a jsdom page) that runs no
/// script and fetches nothing. Each page is a document of its own: nothing of one page is seen
/// while reading another.
export function parsePage(html: string, fileName: string): Page {
  checkHtmlShape(html, fileName);
  let tree: DefaultTreeAdapterTypes.Document;
  try {
    tree = parse(html, { scriptingEnabled: false });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new PasserelleError('parse_failed', `${fileName}: the HTML could not be parsed (${reason}).`);
  }
  const root = tree.childNodes.find((node) => 'tagName' in node && node.tagName === 'html');
  // linkedom's cloneNode keeps the original's ownerDocument and leaves the clone's nodes
  // unconnected, so each copy is built from the parsed tree again.
  const copy = (): Document => {
    const { document } = parseHTML('<!doctype html><html></html>') as unknown as { document: Document };
    if (root !== undefined && 'tagName' in root) {
      copyAttributes(root, document.documentElement);
      copyTree(document, root, document.documentElement, fileName);
    }
    return document;
  };
  return { document: copy(), copy };
}

// "Headline | Site name" in <title> names the site when the part before the separator is the headline.
function siteNameFromTitle(
  documentTitle: string | null,
  headlines: readonly (string | null)[],
): string | null {
  if (documentTitle === null) return null;
  const parts = documentTitle.split(titleSeparator);
  const site = parts.at(-1);
  const rest = documentTitle
    .slice(0, documentTitle.length - (site?.length ?? 0))
    .replace(titleSeparator, '')
    .trim();
  if (parts.length < 2 || site === undefined) return null;
  return headlines.some((headline) => headline !== null && headline === rest) ? site.trim() : null;
}

// The article view shows the title above the text, so a first block saying the same again is
// dropped (unless it is the whole text).
function withoutRepeatedTitle(doc: Node, headline: string | null): Node {
  const first = doc.firstChild;
  if (headline === null || first === null || doc.childCount < 2 || !first.isTextblock) return doc;
  const collapsed = first.textContent.replace(/\s+/g, ' ').trim();
  return collapsed === headline ? doc.type.create(doc.attrs, doc.content.cut(first.nodeSize)) : doc;
}

/// Reads a normalised HTML page into an article: Readability extracts the article, which is
/// sanitised and parsed into the schema by `fragmentToDoc` (DOMPurify's rules applied while
/// copying, so only schema nodes and safe links survive); when Readability finds nothing the
/// sanitised `<body>` is used instead. The title is
/// the visible headline (first `<h1>` of `<article>`/`<main>`), because og:title is often a
/// shortened social-media variant; then og:title, then Readability's title, then the first
/// sentence, then the file name. A first block repeating the headline is dropped.
export function readHtml(html: string, fileName: string): ArticleReading {
  return readPage(parsePage(html, fileName), fileName);
}

/// `readHtml` on a page already parsed (by `parsePage`, or into another DOM).
export function readPage({ document, copy }: Page, fileName: string): ArticleReading {
  const metadata = readHtmlMetadata(document);
  const extracted = extractArticleHtml(copy());

  const headline =
    extracted.headline ?? metadata.ogTitle ?? metadata.jsonLdHeadline ?? extracted.readabilityTitle;
  const body =
    (extracted.contentHtml === null ? null : fragmentToDoc(extracted.contentHtml, fileName)) ??
    fragmentToDoc(document.body?.innerHTML ?? '', fileName);
  if (body === null) throw new PasserelleError('empty_file', `${fileName}: the page holds no article text.`);
  const doc = withoutRepeatedTitle(body, headline);

  const title =
    headline ?? metadata.documentTitle ?? firstSentenceTitle(articleText(doc)) ?? titleFromFileName(fileName);
  const byline =
    metadata.author ??
    extracted.readabilityByline ??
    (extracted.bylineText === null ? null : bylineName(extracted.bylineText));
  return {
    title,
    byline,
    publishedAt: metadata.publishedAt ?? isoDateOrNull(extracted.readabilityPublishedTime),
    sourceUrl: metadata.sourceUrl,
    siteName:
      metadata.siteName ??
      extracted.readabilitySiteName ??
      siteNameFromTitle(metadata.documentTitle, [
        extracted.headline,
        metadata.ogTitle,
        extracted.readabilityTitle,
      ]),
    language: metadata.language ?? 'fr',
    doc,
  };
}
