import { PasserelleError } from '../../../shared/errors';
import type { CoreContext } from '../coreContext';

/// The plain text of the article a span is taken from, after checking that `start`–`end` lies
/// inside it and holds more than white space (`not_found` or `invalid_span` otherwise).
export function annotationSpanText(ctx: CoreContext, articleId: number, start: number, end: number): string {
  const text = ctx.store.prepare('SELECT text FROM articles WHERE id = ?').pluck().get(articleId) as
    string | undefined;
  if (text === undefined) throw new PasserelleError('not_found', `There is no article ${articleId}.`);
  if (end <= start || end > text.length) {
    throw new PasserelleError(
      'invalid_span',
      `The span ${start}–${end} is outside the article's text (0–${text.length}).`,
    );
  }
  if (text.slice(start, end).trim() === '')
    throw new PasserelleError('invalid_span', 'The span holds only white space.');
  return text;
}
