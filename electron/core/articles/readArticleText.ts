import type { CoreContext } from '../coreContext';
import type { Store } from '../store/openStore';
import { rowById } from '../store/rows';

/// The last text read per workspace connection and article, with its content hash.
const cachedTexts = new WeakMap<Store, Map<number, { readonly hash: string; readonly text: string }>>();

/// The plain text of an article (the string every offset counts in), or a `not_found` error.
/// Reading a long article's text costs milliseconds (its document comes first in the row), so
/// the text is kept and read again only when the article's content hash says it changed.
export function readArticleText(ctx: CoreContext, articleId: number): string {
  const { hash } = rowById<{ hash: string }>(
    ctx.store,
    'article',
    'SELECT content_hash AS hash FROM articles WHERE id = ?',
    articleId,
  );
  let texts = cachedTexts.get(ctx.store);
  if (!texts) {
    texts = new Map();
    cachedTexts.set(ctx.store, texts);
  }
  const cached = texts.get(articleId);
  if (cached?.hash === hash) return cached.text;
  const { text } = rowById<{ text: string }>(
    ctx.store,
    'article',
    'SELECT text FROM articles WHERE id = ?',
    articleId,
  );
  texts.set(articleId, { hash, text });
  return text;
}
