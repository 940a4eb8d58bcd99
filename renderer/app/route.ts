/// Where the app is: the library, one article (optionally at one annotation), the glossary
/// (optionally one entry), the workspace's claims, one article's translation (optionally at one
/// segment) or the drift report. Kept in the URL fragment so a reload stays put.
export type Route =
  | { readonly screen: 'library' }
  | { readonly screen: 'article'; readonly articleId: number; readonly annotationId?: number }
  | { readonly screen: 'translation'; readonly articleId: number; readonly segmentId?: number }
  | { readonly screen: 'glossary'; readonly entryId?: number }
  | { readonly screen: 'claims' }
  | { readonly screen: 'drift' };

function positiveId(digits: string | undefined): number | undefined {
  const id = Number(digits);
  return digits !== undefined && Number.isSafeInteger(id) && id > 0 ? id : undefined;
}

/// Reads a route from a URL fragment such as `#/articles/3`, `#/articles/3?annotation=12`,
/// `#/articles/3/translate`, `#/articles/3/translate?segment=7`, `#/glossary/5`, `#/claims` or
/// `#/drift`; anything else is the library.
export function parseRoute(hash: string): Route {
  if (hash === '#/claims') return { screen: 'claims' };
  if (hash === '#/drift') return { screen: 'drift' };
  const translate = /^#\/articles\/(\d+)\/translate(?:\?segment=(\d+))?$/.exec(hash);
  const translation = positiveId(translate?.[1]);
  const segmentId = positiveId(translate?.[2]);
  if (translation) {
    return segmentId
      ? { screen: 'translation', articleId: translation, segmentId }
      : { screen: 'translation', articleId: translation };
  }
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
  if (route.screen === 'drift') return '#/drift';
  if (route.screen === 'translation') {
    const at = route.segmentId ? `?segment=${route.segmentId}` : '';
    return `#/articles/${route.articleId}/translate${at}`;
  }
  if (route.screen !== 'article') return '#/';
  return route.annotationId
    ? `#/articles/${route.articleId}?annotation=${route.annotationId}`
    : `#/articles/${route.articleId}`;
}
