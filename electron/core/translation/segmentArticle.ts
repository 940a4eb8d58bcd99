import type { ValidatedInput } from '../../../shared/contract';
import type { Segment } from '../../../shared/domain';
import { PasserelleError } from '../../../shared/errors';
import { segmentSentences, type SentenceSpan } from '../../../shared/translation/segmentSentences';
import { readArticleText } from '../articles/readArticleText';
import type { CoreContext } from '../coreContext';
import { recordAction } from '../history/recordAction';
import { oneRow } from '../store/rows';
import { insertSegment } from './insertSegment';
import { articleSegmentRows, listSegments } from './segmentRows';

/// Cuts an article into sentence segments (`translation.segment`): its whole text, or only the
/// given ranges. Text already covered by segments keeps them, so segments never overlap; each new
/// one is new, human and empty unless a confirmed repeat elsewhere in the workspace fills it at
/// once. One undo step; answers every segment of the article in text order.
export function segmentArticle(ctx: CoreContext, input: ValidatedInput<'translation.segment'>): Segment[] {
  const text = readArticleText(ctx, input.articleId);
  const title = oneRow<{ title: string }>(
    ctx.store,
    'SELECT title FROM articles WHERE id = ?',
    input.articleId,
  );
  const ranges = input.ranges ? checkedRanges(text, input.ranges) : [{ start: 0, end: text.length }];
  recordAction(
    ctx,
    (count: number) => ({
      key: 'history.step.segmentArticle',
      params: { title: (title?.title ?? '').trim(), count },
    }),
    () => {
      let count = 0;
      for (const gap of uncoveredSpans(ranges, articleSegmentRows(ctx, input.articleId))) {
        for (const span of segmentSentences(text, gap)) {
          insertSegment(ctx, input.articleId, text, span.start, span.end);
          count += 1;
        }
      }
      return count;
    },
    // Thousands of rows for a long article: recorded in one statement at the end.
    { bulkInserts: true },
  );
  return listSegments(ctx, input);
}

function isLowSurrogate(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff;
}

/// The ranges asked for, each checked against the text (inside it, not empty, never cutting a
/// character in two), sorted and with overlapping ones joined.
function checkedRanges(text: string, ranges: readonly SentenceSpan[]): SentenceSpan[] {
  for (const { start, end } of ranges) {
    if (end <= start) throw new PasserelleError('invalid_span', `The range ${start}–${end} is empty.`);
    if (end > text.length) {
      throw new PasserelleError(
        'invalid_span',
        `The range ${start}–${end} goes past the end of the article's text (${text.length} characters).`,
      );
    }
    if (isLowSurrogate(text, start) || (end < text.length && isLowSurrogate(text, end))) {
      throw new PasserelleError('invalid_span', `The range ${start}–${end} cuts a character in two.`);
    }
    if (text.slice(start, end).trim() === '') {
      throw new PasserelleError('invalid_span', `The range ${start}–${end} holds only white space.`);
    }
  }
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const joined: SentenceSpan[] = [];
  for (const range of sorted) {
    const last = joined.at(-1);
    if (last && range.start <= last.end)
      joined[joined.length - 1] = { start: last.start, end: Math.max(last.end, range.end) };
    else joined.push(range);
  }
  return joined;
}

/// The parts of `ranges` (sorted, apart) that no segment covers; `segments` are in text order.
export function uncoveredSpans(
  ranges: readonly SentenceSpan[],
  segments: readonly SentenceSpan[],
): SentenceSpan[] {
  const gaps: SentenceSpan[] = [];
  let next = 0;
  for (const range of ranges) {
    let cursor = range.start;
    while (next < segments.length && (segments[next]?.end ?? 0) <= cursor) next += 1;
    for (let index = next; index < segments.length; index += 1) {
      const segment = segments[index];
      if (!segment || segment.start >= range.end) break;
      if (segment.start > cursor) gaps.push({ start: cursor, end: segment.start });
      cursor = Math.max(cursor, segment.end);
    }
    if (cursor < range.end) gaps.push({ start: cursor, end: range.end });
  }
  return gaps;
}
