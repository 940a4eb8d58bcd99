/// Where the app is: the library or one article. Kept in the URL fragment so a reload stays put.
export type Route =
  { readonly screen: 'library' } | { readonly screen: 'article'; readonly articleId: number };

/// Reads a route from a URL fragment such as `#/articles/3`; anything else is the library.
export function parseRoute(hash: string): Route {
  const match = /^#\/articles\/(\d+)$/.exec(hash);
  const articleId = match ? Number(match[1]) : NaN;
  return Number.isSafeInteger(articleId) && articleId > 0
    ? { screen: 'article', articleId }
    : { screen: 'library' };
}

/// The URL fragment of a route.
export function routeHref(route: Route): string {
  return route.screen === 'article' ? `#/articles/${route.articleId}` : '#/';
}
