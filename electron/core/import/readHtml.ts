import { JSDOM, VirtualConsole } from 'jsdom';
import { DOMParser, type Node } from 'prosemirror-model';
import { articleText } from '../../../shared/articleText';
import { PasserelleError } from '../../../shared/errors';
import { articleSchema } from '../../../shared/schema';
import { bylineName } from './bylineName';
import { checkHtmlShape, maxHtmlNesting } from './checkHtmlShape';
import { extractArticleHtml } from './extractArticleHtml';
import { firstSentenceTitle } from './firstSentenceTitle';
import type { ArticleReading } from './parsedArticle';
import { readHtmlMetadata, isoDateOrNull } from './readHtmlMetadata';
import { sanitizeArticleHtml } from './sanitizeArticleHtml';
import { tidyDoc } from './tidyDoc';
import { titleFromFileName } from './titleFromFileName';

const titleSeparator = /\s+[|–—·-]\s+|\s+::\s+/;

/// Parses untrusted HTML into a jsdom that runs no script and fetches nothing, after refusing
/// HTML too deep or too large to handle in bounded time (`checkHtmlShape`).
export function parsePage(html: string, fileName: string): JSDOM {
  checkHtmlShape(html, fileName);
  let dom: JSDOM;
  try {
    // No `runScripts` and no `resources`: scripts never run and nothing is fetched. The silent
    // console keeps jsdom's CSS parse errors out of the app's output.
    dom = new JSDOM(html, { virtualConsole: new VirtualConsole() });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new PasserelleError('parse_failed', `${fileName}: the HTML could not be parsed (${reason}).`);
  }
  // A <base href> would make Readability turn every relative link into one to the base's host.
  for (const base of dom.window.document.querySelectorAll('base')) base.remove();
  // The scan is an estimate; the parsed tree is measured exactly before anything recurses over it.
  const depth = documentDepth(dom.window.document);
  if (depth > maxHtmlNesting * 2) {
    throw new PasserelleError(
      'parse_failed',
      `${fileName}: the HTML nests elements ${depth} levels deep (at most ${maxHtmlNesting} are read).`,
    );
  }
  return dom;
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

/// Sanitises untrusted HTML in `dom`'s window and parses what is left into the schema: only
/// schema nodes and marks survive, links only with http(s)/mailto. Null when no text is left.
export function toDoc(dom: JSDOM, html: string, fileName = 'The HTML'): Node | null {
  try {
    return tidyDoc(DOMParser.fromSchema(articleSchema).parse(sanitizeArticleHtml(dom.window, html)));
  } catch (error) {
    // The nesting check keeps recursion shallow; this is the last guard if it ever is not.
    if (error instanceof RangeError) {
      throw new PasserelleError('parse_failed', `${fileName}: the HTML is nested too deeply to be read.`);
    }
    throw error;
  }
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

/// Reads a normalised HTML page into an article: Readability extracts the article, DOMPurify
/// sanitises it, ProseMirror parses it into the schema (so only schema nodes and safe links
/// survive); when Readability finds nothing the sanitised `<body>` is used instead. The title is
/// the visible headline (first `<h1>` of `<article>`/`<main>`), because og:title is often a
/// shortened social-media variant; then og:title, then Readability's title, then the first
/// sentence, then the file name. A first block repeating the headline is dropped.
export function readHtml(html: string, fileName: string): ArticleReading {
  const dom = parsePage(html, fileName);
  try {
    return readPage(dom, fileName);
  } finally {
    // Closing the window frees its document and timers now, not at the worker's next full GC.
    dom.window.close();
  }
}

function readPage(dom: JSDOM, fileName: string): ArticleReading {
  const { document } = dom.window;
  const metadata = readHtmlMetadata(document);
  const extracted = extractArticleHtml(dom.window, document);

  const headline =
    extracted.headline ?? metadata.ogTitle ?? metadata.jsonLdHeadline ?? extracted.readabilityTitle;
  const body =
    (extracted.contentHtml === null ? null : toDoc(dom, extracted.contentHtml, fileName)) ??
    toDoc(dom, document.body?.innerHTML ?? '', fileName);
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
