import type { ValidatedInput } from '../../../shared/contract';
import type { Segment } from '../../../shared/domain';
import { PasserelleError } from '../../../shared/errors';
import { countWords } from '../../../shared/translation/countWords';
import { segmentSourceKey } from '../../../shared/translation/segmentSourceKey';
import { readArticleText } from '../articles/readArticleText';
import type { CoreContext } from '../coreContext';
import { recordAction } from '../history/recordAction';
import { cachedStatement } from '../store/rows';
import { currentAuthor } from '../workspace/currentAuthor';
import { insertSegment } from './insertSegment';
import { listSegments, segmentRow } from './segmentRows';

/// Splits a segment in two at an offset of `article.text` strictly inside it (`segments.split`),
/// the white space there left out of both halves: the first keeps its target, status and origin,
/// the second is new and empty, unless a confirmed repeat fills it at once. Neither half may be
/// empty or white space only, and the offset may not fall inside a character outside the Basic
/// Multilingual Plane. One undo step; answers the article's segments in text order.
export function splitSegment(ctx: CoreContext, input: ValidatedInput<'segments.split'>): Segment[] {
  const segment = segmentRow(ctx, input.id);
  const text = readArticleText(ctx, segment.article_id);
  const { at } = input;
  if (at <= segment.start || at >= segment.end) {
    throw new PasserelleError(
      'invalid_span',
      `Segment ${segment.id} runs from ${segment.start} to ${segment.end}: it can only be split strictly inside, not at ${at}.`,
    );
  }
  const code = text.charCodeAt(at);
  if (code >= 0xdc00 && code <= 0xdfff) {
    throw new PasserelleError(
      'invalid_span',
      `Splitting segment ${segment.id} at ${at} would cut a character in two.`,
    );
  }
  let firstEnd = at;
  while (firstEnd > segment.start && /\s/u.test(text[firstEnd - 1] ?? '')) firstEnd -= 1;
  let secondStart = at;
  while (secondStart < segment.end && /\s/u.test(text[secondStart] ?? '')) secondStart += 1;
  if (firstEnd === segment.start || secondStart === segment.end) {
    throw new PasserelleError(
      'invalid_span',
      `Splitting segment ${segment.id} at ${at} would leave one half with no text.`,
    );
  }
  const source = text.slice(segment.start, segment.end).trim();
  recordAction(ctx, { key: 'history.step.splitSegment', params: { source } }, () => {
    const now = ctx.now().toISOString();
    const firstSource = text.slice(segment.start, firstEnd);
    cachedStatement(
      ctx.store,
      'UPDATE segments SET end = ?, source_key = ?, words = ?, author = ?, updated_at = ? WHERE id = ?',
    ).run(
      firstEnd,
      segmentSourceKey(firstSource),
      countWords(firstSource),
      currentAuthor(ctx),
      now,
      segment.id,
    );
    insertSegment(ctx, segment.article_id, text, secondStart, segment.end);
  });
  return listSegments(ctx, { articleId: segment.article_id });
}
