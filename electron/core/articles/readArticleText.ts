import type { CoreContext } from '../coreContext';
import { rowById } from '../store/rows';

/// The plain text of an article (the string every offset counts in), or a `not_found` error.
export function readArticleText(ctx: CoreContext, articleId: number): string {
  return rowById<{ text: string }>(ctx.store, 'article', 'SELECT text FROM articles WHERE id = ?', articleId)
    .text;
}
