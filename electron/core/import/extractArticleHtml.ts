import { Readability } from '@mozilla/readability';

/// The article Readability found in a page, with the headline and byline taken out of it.
export interface ExtractedArticle {
  /// The article body as (unsanitised) HTML; null when Readability found no text.
  readonly contentHtml: string | null;
  /// The text of the page's visible headline, removed from `contentHtml`.
  readonly headline: string | null;
  /// The text of a byline element ("Par Claire Lemoine — publié le …"), removed from `contentHtml`.
  readonly bylineText: string | null;
  readonly readabilityTitle: string | null;
  readonly readabilityByline: string | null;
  readonly readabilitySiteName: string | null;
  readonly readabilityPublishedTime: string | null;
}

// Readability's own byline test, which it skips when the page has an author meta tag.
const bylineHint = /byline|author|dateline|writtenby|p-author/i;
const maxBylineLength = 100;

function collapse(text: string | null | undefined): string | null {
  const value = text?.replace(/[ \t\n]+/g, ' ').trim() ?? '';
  return value === '' ? null : value;
}

/// The page's visible headline: the first `<h1>` of its `<article>`, else of its `<main>`, else
/// the page's only `<h1>`. A site logo in an `<h1>` beside others is thereby never chosen.
export function findHeadline(document: Document): Element | null {
  const inArticle = document.querySelector('article h1') ?? document.querySelector('main h1');
  if (inArticle !== null) return inArticle;
  const all = document.body?.querySelectorAll('h1');
  return all?.length === 1 ? (all[0] ?? null) : null;
}

function isByline(element: Element): boolean {
  if (element.tagName === 'A') return false;
  const hinted =
    element.getAttribute('rel') === 'author' ||
    (element.getAttribute('itemprop') ?? '').includes('author') ||
    bylineHint.test(`${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`);
  const length = collapse(element.textContent)?.length ?? 0;
  return hinted && length > 0 && length <= maxBylineLength;
}

function removeBylines(document: Document): string | null {
  let first: string | null = null;
  for (const element of document.body?.querySelectorAll('[class], [id], [rel], [itemprop]') ?? []) {
    if (!element.isConnected || !isByline(element)) continue;
    const name = element.querySelector('[itemprop~="name"]') ?? element;
    first ??= collapse(name.textContent);
    element.remove();
  }
  return first;
}

/// Runs Readability on `copy`, a copy of the page it may change (Readability mutates what it
/// reads), after taking the headline and byline elements out, so the body holds neither.
export function extractArticleHtml(copy: Document): ExtractedArticle {
  const headlineElement = findHeadline(copy);
  const headline = collapse(headlineElement?.textContent);
  headlineElement?.remove();
  const bylineText = removeBylines(copy);

  let parsed: ReturnType<Readability['parse']> = null;
  try {
    parsed = new Readability(copy).parse();
  } catch {
    // Readability gives up on some malformed pages; the caller falls back to the whole body.
  }
  return {
    contentHtml: parsed?.content && collapse(parsed.textContent) !== null ? parsed.content : null,
    headline,
    bylineText,
    readabilityTitle: collapse(parsed?.title),
    readabilityByline: collapse(parsed?.byline),
    readabilitySiteName: collapse(parsed?.siteName),
    readabilityPublishedTime: collapse(parsed?.publishedTime),
  };
}
