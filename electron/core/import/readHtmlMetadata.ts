/// What a page's head and markup say about its article, before any extraction.
export interface HtmlMetadata {
  readonly ogTitle: string | null;
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

function findJsonLdString(value: unknown, key: string): string | null {
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findJsonLdString(item, key);
      if (found !== null) return found;
    }
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const own: unknown = Reflect.get(value, key);
  if (typeof own === 'string') return own;
  return findJsonLdString(Reflect.get(value, '@graph'), key);
}

function jsonLdDatePublished(document: Document): string | null {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const date = isoDateOrNull(findJsonLdString(JSON.parse(script.textContent ?? ''), 'datePublished'));
      if (date !== null) return date;
    } catch {
      // Broken JSON-LD is common and says nothing about the article: try the next source.
    }
  }
  return null;
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

/// Reads title, author, date, site, canonical URL and language from a page's meta tags,
/// JSON-LD, `<time datetime>`, `<link rel=canonical>` and `<html lang>`.
export function readHtmlMetadata(document: Document): HtmlMetadata {
  const meta = metaValues(document);
  const canonical = document.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href');
  const publishedMeta = publishedMetaNames
    .map((name) => isoDateOrNull(meta.get(name)))
    .find((date) => date !== null);
  return {
    ogTitle: meta.get('og:title') ?? meta.get('twitter:title') ?? null,
    documentTitle: collapse(document.querySelector('title')?.textContent),
    author: meta.get('author') ?? null,
    publishedAt: publishedMeta ?? jsonLdDatePublished(document) ?? timeDatetime(document),
    siteName: meta.get('og:site_name') ?? null,
    sourceUrl: absoluteHttpUrl(canonical) ?? absoluteHttpUrl(meta.get('og:url')),
    language: canonicalLanguage(collapse(document.documentElement.getAttribute('lang'))),
  };
}
