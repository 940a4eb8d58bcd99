/// What a page's head and markup say about its article, before any extraction.
export interface HtmlMetadata {
  readonly ogTitle: string | null;
  /// A JSON-LD `NewsArticle` (or other `Article`) `headline`.
  readonly jsonLdHeadline: string | null;
  /// The `<title>` element's text, site name included.
  readonly documentTitle: string | null;
  readonly author: string | null;
  readonly publishedAt: string | null;
  readonly siteName: string | null;
  readonly sourceUrl: string | null;
  readonly language: string | null;
}

const isoDateTime = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const publishedMetaNames = [
  'article:published_time',
  'datepublished',
  'og:published_time',
  'dc.date.issued',
  'dc.date',
  'date',
];

function collapse(text: string | null | undefined): string | null {
  const value = text?.replace(/[ \t\n]+/g, ' ').trim() ?? '';
  return value === '' ? null : value;
}

/// An ISO 8601 date or date-time as written, or null when `value` is anything else.
export function isoDateOrNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return isoDateTime.test(trimmed) ? trimmed : null;
}

/// `href` when it is an absolute http(s) URL, else null.
export function absoluteHttpUrl(href: string | null | undefined): string | null {
  if (href === null || href === undefined) return null;
  try {
    const url = new URL(href.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function metaValues(document: Document): Map<string, string> {
  const values = new Map<string, string>();
  for (const meta of document.querySelectorAll('meta[content]')) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop'))
      ?.trim()
      .toLowerCase();
    const content = collapse(meta.getAttribute('content'));
    if (key !== undefined && content !== null && !values.has(key)) values.set(key, content);
  }
  return values;
}

const articleTypes =
  /(?:^|[^A-Za-z])(?:Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|Report)$/;

/// What a page's JSON-LD says about its article.
interface JsonLdArticle {
  readonly headline: string | null;
  readonly author: string | null;
  readonly datePublished: string | null;
  readonly publisher: string | null;
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? Reflect.get(value, key)
    : undefined;
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? collapse(value) : null;
}

// An author or publisher is a string, a Person/Organization with a name, or a list of those.
function names(value: unknown): string | null {
  const list = Array.isArray(value) ? value : [value];
  const found = list.map((item) => text(item) ?? text(field(item, 'name'))).filter((name) => name !== null);
  return found.length === 0 ? null : found.join(', ');
}

function isArticle(value: unknown): boolean {
  const type = field(value, '@type');
  const types = Array.isArray(type) ? type : [type];
  return types.some((name) => typeof name === 'string' && articleTypes.test(name));
}

// Depth-first over arrays and @graph, bounded so a hostile document cannot recurse forever.
function findArticle(value: unknown, depth = 0): unknown {
  if (depth > 8) return undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findArticle(item, depth + 1);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (isArticle(value)) return value;
  const graph = field(value, '@graph');
  return graph === undefined ? undefined : findArticle(graph, depth + 1);
}

function readJsonLd(document: Document): JsonLdArticle {
  for (const script of document.querySelectorAll('script[type="application/ld+json" i]')) {
    let article: unknown;
    try {
      article = findArticle(JSON.parse(script.textContent ?? ''));
    } catch {
      // Broken JSON-LD is common and says nothing about the article: try the next source.
      continue;
    }
    if (article === undefined) continue;
    return {
      headline: text(field(article, 'headline')) ?? text(field(article, 'name')),
      author: names(field(article, 'author')),
      datePublished: isoDateOrNull(text(field(article, 'datePublished'))),
      publisher: names(field(article, 'publisher')),
    };
  }
  return { headline: null, author: null, datePublished: null, publisher: null };
}

function timeDatetime(document: Document): string | null {
  const times = [
    ...document.querySelectorAll('article time[datetime]'),
    ...document.querySelectorAll('time[datetime]'),
  ];
  for (const time of times) {
    const date = isoDateOrNull(time.getAttribute('datetime'));
    if (date !== null) return date;
  }
  return null;
}

function canonicalLanguage(tag: string | null): string | null {
  if (tag === null) return null;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

/// Reads title, author, date, site, canonical URL and language from a page's meta tags, Open
/// Graph, JSON-LD (`NewsArticle` headline, author, datePublished, publisher.name),
/// `<time datetime>`, `<link rel=canonical>` and `<html lang>`; meta tags win over JSON-LD.
export function readHtmlMetadata(document: Document): HtmlMetadata {
  const meta = metaValues(document);
  const jsonLd = readJsonLd(document);
  const canonical = document.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href');
  const publishedMeta = publishedMetaNames
    .map((name) => isoDateOrNull(meta.get(name)))
    .find((date) => date !== null);
  return {
    ogTitle: meta.get('og:title') ?? meta.get('twitter:title') ?? null,
    jsonLdHeadline: jsonLd.headline,
    documentTitle: collapse(document.querySelector('title')?.textContent),
    // article:author is often a profile URL rather than a name.
    author:
      [meta.get('author'), meta.get('article:author')].find(
        (name) => name !== undefined && !/^https?:/i.test(name),
      ) ??
      jsonLd.author ??
      null,
    publishedAt: publishedMeta ?? jsonLd.datePublished ?? timeDatetime(document),
    siteName: meta.get('og:site_name') ?? jsonLd.publisher ?? null,
    sourceUrl: absoluteHttpUrl(canonical) ?? absoluteHttpUrl(meta.get('og:url')),
    language: canonicalLanguage(collapse(document.documentElement.getAttribute('lang'))),
  };
}
