import type { OperationResult, ValidatedInput } from '../../../shared/contract';
import type { SegmentStatus } from '../../../shared/domain';
import { PasserelleError } from '../../../shared/errors';
import type { HistoryMessage } from '../../../shared/historyMessages';
import { readArticleText } from '../articles/readArticleText';
import type { CoreContext } from '../coreContext';
import { recordAction } from '../history/recordAction';
import { cachedStatement } from '../store/rows';
import { currentAuthor } from '../workspace/currentAuthor';
import { isConfirmed } from '../../../shared/translation/segmentStates';
import { fillFromRepeat, propagateFrom } from './propagation';
import { getSegment, segmentRow, toSegment, toSegments, type SegmentRow } from './segmentRows';

/// Saves what the user changed in a segment (`segments.update`), in one undo step ("Translate" or,
/// when it confirms the segment, "Confirm"), with who and when. A target the user typed makes the
/// segment theirs (origin human, no longer propagated, no provider) and a new segment a draft unless
/// a status is given. Confirming it (translated or reviewed) fills its repeats in the same step
/// (`propagateFrom`); making it an exception keeps its text and shields it from repeats, and
/// lifting the exception lets a confirmed repeat fill it again at once if it is not confirmed itself.
/// A save that changes nothing writes nothing.
export function updateSegment(
  ctx: CoreContext,
  input: ValidatedInput<'segments.update'>,
): OperationResult<'segments.update'> {
  const current = segmentRow(ctx, input.id);
  const targetChanged = input.target !== undefined && input.target !== current.target;
  const target = input.target ?? current.target;
  const status: SegmentStatus =
    input.status ?? (targetChanged && current.status === 'new' && target !== '' ? 'draft' : current.status);
  if (isConfirmed(status) && target.trim() === '') {
    throw new PasserelleError(
      'invalid_input',
      `Segment ${current.id} has no English text yet, so it cannot be marked ${status}.`,
    );
  }
  const text = readArticleText(ctx, current.article_id);
  const unchanged =
    !targetChanged &&
    status === current.status &&
    (input.propagationException === undefined ||
      input.propagationException === (current.propagation_exception === 1)) &&
    (input.ignoredIssues === undefined || JSON.stringify(input.ignoredIssues) === current.ignored_issues);
  // A save that changes nothing (the same text sent again) is no step to undo.
  if (unchanged) return { segment: toSegment(current, text), propagated: [] };
  const source = text.slice(current.start, current.end).trim();
  const message: HistoryMessage =
    input.status !== undefined && isConfirmed(input.status)
      ? { key: 'history.step.confirmSegment', params: { source } }
      : { key: 'history.step.translateSegment', params: { source } };
  return recordAction(ctx, message, () => {
    const exception =
      input.propagationException === undefined
        ? current.propagation_exception
        : input.propagationException
          ? 1
          : 0;
    const human = targetChanged;
    const saved = cachedStatement<SegmentRow>(
      ctx.store,
      `UPDATE segments
          SET target = @target, status = @status, propagation_exception = @exception,
              ignored_issues = coalesce(@ignoredIssues, ignored_issues),
              origin = CASE WHEN @human THEN 'human' ELSE origin END,
              provider = CASE WHEN @human THEN NULL ELSE provider END,
              model = CASE WHEN @human THEN NULL ELSE model END,
              propagated_from = CASE WHEN @human THEN NULL ELSE propagated_from END,
              author = @author, updated_at = @now
        WHERE id = @id RETURNING *`,
    ).get({
      id: current.id,
      target,
      status,
      exception,
      ignoredIssues: input.ignoredIssues === undefined ? null : JSON.stringify(input.ignoredIssues),
      human: human ? 1 : 0,
      author: currentAuthor(ctx),
      now: ctx.now().toISOString(),
    })!;
    const liftedException = current.propagation_exception === 1 && saved.propagation_exception === 0;
    const filled =
      liftedException &&
      (saved.status === 'new' || saved.origin === 'propagated') &&
      fillFromRepeat(ctx, saved);
    const confirms = (input.target !== undefined || input.status !== undefined) && isConfirmed(saved.status);
    const propagated = confirms ? toSegments(ctx, propagateFrom(ctx, saved)) : [];
    const segment = filled ? getSegment(ctx, current.id) : toSegment(saved, text);
    return { segment, propagated };
  });
}
