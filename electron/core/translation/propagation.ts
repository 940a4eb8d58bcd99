import type { CoreContext } from '../coreContext';
import { cachedStatement } from '../store/rows';
import { currentAuthor } from '../workspace/currentAuthor';
import type { SegmentRow } from './segmentRows';

/// Fills every repeat of a confirmed segment (the other segments of the workspace with its
/// `source_key`) that is new, or propagated before, and not an exception: its target copied,
/// origin `propagated` from it, status translated. Answers the rows it changed; a repeat that
/// already says the same, propagated, is left as it is.
export function propagateFrom(ctx: CoreContext, confirmed: SegmentRow): SegmentRow[] {
  return cachedStatement<SegmentRow>(
    ctx.store,
    `UPDATE segments
        SET target = @target, status = 'translated', origin = 'propagated', provider = NULL, model = NULL,
            propagated_from = @id, author = @author, updated_at = @now
      WHERE source_key = @key AND id <> @id AND propagation_exception = 0
        AND (status = 'new' OR origin = 'propagated')
        AND NOT (origin = 'propagated' AND status = 'translated' AND target = @target)
      RETURNING *`,
  )
    .all({
      id: confirmed.id,
      key: confirmed.source_key,
      target: confirmed.target,
      author: currentAuthor(ctx),
      now: ctx.now().toISOString(),
    })
    .sort((a, b) => a.article_id - b.article_id || a.start - b.start);
}

/// Fills one segment from a confirmed repeat elsewhere in the workspace, if there is one with
/// English text (one typed or reviewed by a person first, then the latest): used for a segment
/// just made, or one no longer an exception. Answers whether it was filled.
export function fillFromRepeat(ctx: CoreContext, segment: Pick<SegmentRow, 'id' | 'source_key'>): boolean {
  const repeat = cachedStatement<Pick<SegmentRow, 'id' | 'target' | 'origin' | 'propagated_from'>>(
    ctx.store,
    `SELECT id, target, origin, propagated_from FROM segments
      WHERE source_key = ? AND id <> ? AND status IN ('translated', 'reviewed') AND target <> ''
      ORDER BY origin = 'propagated', updated_at DESC, id DESC LIMIT 1`,
  ).get(segment.source_key, segment.id);
  if (!repeat) return false;
  // A repeat that was itself propagated points at the segment it came from.
  const from =
    repeat.origin === 'propagated' && repeat.propagated_from !== null ? repeat.propagated_from : repeat.id;
  cachedStatement(
    ctx.store,
    `UPDATE segments
        SET target = ?, status = 'translated', origin = 'propagated', provider = NULL, model = NULL,
            propagated_from = ?, author = ?, updated_at = ?
      WHERE id = ?`,
  ).run(repeat.target, from, currentAuthor(ctx), ctx.now().toISOString(), segment.id);
  return true;
}
