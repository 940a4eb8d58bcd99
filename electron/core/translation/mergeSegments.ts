import type { ValidatedInput } from '../../../shared/contract';
import { segmentStatuses, type IgnoredIssue, type Segment } from '../../../shared/domain';
import { PasserelleError } from '../../../shared/errors';
import { countWords } from '../../../shared/translation/countWords';
import { segmentSourceKey } from '../../../shared/translation/segmentSourceKey';
import { readArticleText } from '../articles/readArticleText';
import type { CoreContext } from '../coreContext';
import { recordAction } from '../history/recordAction';
import { cachedStatement, oneRow } from '../store/rows';
import { currentAuthor } from '../workspace/currentAuthor';
import { listSegments, segmentRow, type SegmentRow } from './segmentRows';

/// Joins a segment with the next one of its text block (`segments.merge`): only white space may
/// lie between them, never a line break. The targets are joined by one space, the status is the
/// lower of the two, the origin theirs if they share it (else human), the ignored issues both
/// kept. One undo step; answers the article's segments in text order.
export function mergeSegments(ctx: CoreContext, input: ValidatedInput<'segments.merge'>): Segment[] {
  const first = segmentRow(ctx, input.id);
  const second = oneRow<SegmentRow>(
    ctx.store,
    'SELECT * FROM segments WHERE article_id = ? AND start >= ? ORDER BY start LIMIT 1',
    first.article_id,
    first.end,
  );
  if (!second) {
    throw new PasserelleError(
      'invalid_span',
      `Segment ${first.id} is the last segment of its article: there is none after it to join it with.`,
    );
  }
  const text = readArticleText(ctx, first.article_id);
  const between = text.slice(first.end, second.start);
  if (!/^[^\S\n]*$/u.test(between)) {
    throw new PasserelleError(
      'invalid_span',
      between.includes('\n')
        ? `Segments ${first.id} and ${second.id} are in different paragraphs, so they cannot be joined.`
        : `Segments ${first.id} and ${second.id} are not next to each other (there is unsegmented text between them), so they cannot be joined.`,
    );
  }
  const source = text.slice(first.start, second.end);
  const message = {
    key: 'history.step.mergeSegments',
    params: { source: text.slice(first.start, first.end).trim() },
  } as const;
  recordAction(ctx, message, () => {
    const sameOrigin = first.origin === second.origin;
    const status =
      segmentStatuses[
        Math.min(segmentStatuses.indexOf(first.status), segmentStatuses.indexOf(second.status))
      ] ?? 'new';
    const ignoredIssues: IgnoredIssue[] = [
      ...(JSON.parse(first.ignored_issues) as IgnoredIssue[]),
      ...(JSON.parse(second.ignored_issues) as IgnoredIssue[]),
    ];
    // The repeats filled from the second forget it before it goes: undo then puts it back before
    // pointing them at it again.
    cachedStatement(ctx.store, 'UPDATE segments SET propagated_from = NULL WHERE propagated_from = ?').run(
      second.id,
    );
    cachedStatement(ctx.store, 'DELETE FROM segments WHERE id = ?').run(second.id);
    cachedStatement(
      ctx.store,
      `UPDATE segments
          SET end = @end, source_key = @sourceKey, words = @words, target = @target, status = @status,
              origin = @origin, provider = @provider, model = @model, propagated_from = @propagatedFrom,
              propagation_exception = @exception, ignored_issues = @ignoredIssues, author = @author,
              updated_at = @now
        WHERE id = @id`,
    ).run({
      id: first.id,
      end: second.end,
      sourceKey: segmentSourceKey(source),
      words: countWords(source),
      target: [first.target.trim(), second.target.trim()].filter((target) => target !== '').join(' '),
      status,
      origin: sameOrigin && first.origin !== 'propagated' ? first.origin : 'human',
      provider: sameOrigin && first.provider === second.provider ? first.provider : null,
      model: sameOrigin && first.model === second.model ? first.model : null,
      propagatedFrom: null,
      exception: first.propagation_exception === 1 || second.propagation_exception === 1 ? 1 : 0,
      ignoredIssues: JSON.stringify(ignoredIssues),
      author: currentAuthor(ctx),
      now: ctx.now().toISOString(),
    });
  });
  return listSegments(ctx, { articleId: first.article_id });
}
