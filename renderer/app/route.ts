/// Where the app is: the library, one article (optionally at one annotation), the glossary
/// (optionally one entry), the workspace's claims, or one article's translation. Kept in the URL fragment so a reload stays put.
export type Route =
  | { readonly screen: 'library' }
  | { readonly screen: 'article'; readonly articleId: number; readonly annotationId?: number }
  | { readonly screen: 'translation'; readonly articleId: number }
  | { readonly screen: 'glossary'; readonly entryId?: number }
  | { readonly screen: 'claims' };

function positiveId(digits: string | undefined): number | undefined {
  const id = Number(digits);
  return digits !== undefined && Number.isSafeInteger(id) && id > 0 ? id : undefined;
}

/// Reads a route from a URL fragment such as `#/articles/3`, `#/articles/3?annotation=12`,
/// `#/articles/3/translate`, `#/glossary/5` or `#/claims`; anything else is the library.
export function parseRoute(hash: string): Route {
  if (hash === '#/claims') return { screen: 'claims' };
  const translation = positiveId(/^#\/articles\/(\d+)\/translate$/.exec(hash)?.[1]);
  if (translation) return { screen: 'translation', articleId: translation };
  const glossary = /^#\/glossary(?:\/(\d+))?$/.exec(hash);
  if (glossary) {
    const entryId = positiveId(glossary[1]);
    return entryId ? { screen: 'glossary', entryId } : { screen: 'glossary' };
  }
  const atAnnotation = /^#\/articles\/(\d+)\?annotation=(\d+)$/.exec(hash);
  const articleAt = positiveId(atAnnotation?.[1]);
  const annotationId = positiveId(atAnnotation?.[2]);
  if (articleAt && annotationId) return { screen: 'article', articleId: articleAt, annotationId };
  const match = /^#\/articles\/(\d+)$/.exec(hash);
  const articleId = match ? Number(match[1]) : NaN;
  return Number.isSafeInteger(articleId) && articleId > 0
    ? { screen: 'article', articleId }
    : { screen: 'library' };
}

/// The URL fragment of a route.
export function routeHref(route: Route): string {
  if (route.screen === 'claims') return '#/claims';
  if (route.screen === 'glossary') return route.entryId ? `#/glossary/${route.entryId}` : '#/glossary';
  if (route.screen === 'translation') return `#/articles/${route.articleId}/translate`;
  if (route.screen !== 'article') return '#/';
  return route.annotationId
    ? `#/articles/${route.articleId}?annotation=${route.annotationId}`
    : `#/articles/${route.articleId}`;
}
