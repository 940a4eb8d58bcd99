import { PasserelleError } from '../../../shared/errors';
import { readArticleText } from '../articles/readArticleText';
import type { CoreContext } from '../coreContext';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/// Whether `offset` falls between two graphemes of `text` (what a reader sees as one character:
/// a letter with its accents, an emoji with its skin tone, a flag), never inside a surrogate pair.
function isGraphemeBoundary(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return true;
  // A grapheme never runs across a line feed, so segmenting the line holding `offset` (with its
  // line feed) finds the boundaries the whole text has there, without segmenting a long article.
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineFeed = text.indexOf('\n', offset);
  const line = text.slice(lineStart, lineFeed === -1 ? text.length : lineFeed + 1);
  return graphemes.segment(line).containing(offset - lineStart)?.index === offset - lineStart;
}

/// The plain text of the article a span is taken from, after checking that `start`–`end` lies
/// inside it, falls between graphemes and holds more than white space (`not_found` or
/// `invalid_span` otherwise).
export function annotationSpanText(ctx: CoreContext, articleId: number, start: number, end: number): string {
  const text = readArticleText(ctx, articleId);
  if (end <= start || end > text.length) {
    throw new PasserelleError(
      'invalid_span',
      `The span ${start}–${end} is outside the article's text (0–${text.length}).`,
    );
  }
  for (const [offset, which] of [
    [start, 'starts'],
    [end, 'ends'],
  ] as const) {
    if (!isGraphemeBoundary(text, offset)) {
      throw new PasserelleError(
        'invalid_span',
        `The span ${start}–${end} ${which} inside a character (an emoji, a flag or a letter with its ` +
          `accents) at ${offset}: a span starts and ends between characters.`,
      );
    }
  }
  if (text.slice(start, end).trim() === '')
    throw new PasserelleError('invalid_span', 'The span holds only white space.');
  return text;
}
