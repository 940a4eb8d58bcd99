import { PasserelleError } from '../../../shared/errors';
import { readArticleText } from '../articles/readArticleText';
import type { CoreContext } from '../coreContext';

/// The plain text of the article a span is taken from, after checking that `start`–`end` lies
/// inside it and holds more than white space (`not_found` or `invalid_span` otherwise).
export function annotationSpanText(ctx: CoreContext, articleId: number, start: number, end: number): string {
  const text = readArticleText(ctx, articleId);
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
