import { articleSchema } from '../../../shared/schema';
import { coreContext, type CoreContext } from '../coreContext';
import { storeArticle } from '../articles/articles';
import { openStore } from '../store/openStore';

/// A context over a fresh in-memory workspace, for tests.
export function testContext(): CoreContext {
  return coreContext(openStore(':memory:'));
}

/// Stores an article made of the given paragraphs and returns its id, for tests.
export function storeParagraphs(ctx: CoreContext, paragraphs: readonly string[], title = 'Test'): number {
  const doc = articleSchema.node(
    'doc',
    null,
    paragraphs.map((text) => articleSchema.node('paragraph', null, text ? [articleSchema.text(text)] : [])),
  );
  return storeArticle(ctx, 'test.txt', {
    title,
    byline: null,
    publishedAt: null,
    sourceUrl: null,
    siteName: null,
    language: 'fr',
    encoding: 'utf-8',
    doc,
  });
}
