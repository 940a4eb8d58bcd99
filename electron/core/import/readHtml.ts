import { JSDOM, VirtualConsole, type DOMWindow } from 'jsdom';
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

const titleSeparator = /\s+[|–—·-]\s+|\s+::\s+/;

/// A parsed page and the jsdom window it was parsed in (whose `Document` Readability's copy needs).
export interface Page {
  readonly window: DOMWindow;
  readonly document: Document;
}

/// How many pages are parsed in one jsdom window before it is replaced. Creating a window (its
/// hundreds of interfaces and CSS properties) cost more than parsing and reading the page itself,
/// so pages share one; replacing it now and then keeps what a window accumulates bounded.
export const pagesPerWindow = 100;
let shared: { readonly window: DOMWindow; pages: number } | null = null;

function pageWindow(): DOMWindow {
  if (shared === null || shared.pages >= pagesPerWindow) {
    shared?.window.close();
    // No `runScripts` and no `resources`: scripts never run and nothing is fetched. The silent
    // console keeps jsdom's CSS parse errors out of the app's output.
    shared = { window: new JSDOM('', { virtualConsole: new VirtualConsole() }).window, pages: 0 };
  }
  shared.pages++;
  return shared.window;
}

/// Parses untrusted HTML into a document of the shared jsdom window (`pagesPerWindow`), which
/// runs no script and fetches nothing, after refusing HTML too deep or too large to handle in
/// bounded time (`checkHtmlShape`). Each page is a document of its own: nothing of one page is
/// seen while reading another.
export function parsePage(html: string, fileName: string): Page {
  checkHtmlShape(html, fileName);
  const window = pageWindow();
  let document: Document;
  try {
    // A document made by DOMParser has no browsing context, so, as in a window that runs no
    // script, <noscript> content is parsed as markup and nothing on the page is ever loaded.
    document = new window.DOMParser().parseFromString(html, 'text/html');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new PasserelleError('parse_failed', `${fileName}: the HTML could not be parsed (${reason}).`);
  }
  // A <base href> would make Readability turn every relative link into one to the base's host.
  for (const base of document.querySelectorAll('base')) base.remove();
  // The scan is an estimate; the parsed tree is measured exactly before anything recurses over it.
  const depth = documentDepth(document);
  if (depth > maxHtmlNesting * 2) {
    throw new PasserelleError(
      'parse_failed',
      `${fileName}: the HTML nests elements ${depth} levels deep (at most ${maxHtmlNesting} are read).`,
    );
  }
  return { window, document };
}

function documentDepth(document: Document): number {
  let deepest = 0;
  const stack: [Element, number][] = [[document.documentElement, 1]];
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const [element, depth] = entry;
    deepest = Math.max(deepest, depth);
    // Sibling links, not `children`: indexing jsdom's live collection is quadratic in its width.
    for (let child = element.firstElementChild; child !== null; child = child.nextElementSibling)
      stack.push([child, depth + 1]);
  }
  return deepest;
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

function readPage(page: Page, fileName: string): ArticleReading {
  const { document } = page;
  const metadata = readHtmlMetadata(document);
  const extracted = extractArticleHtml(page.window, document);

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
