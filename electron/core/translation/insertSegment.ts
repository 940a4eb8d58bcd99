import { countWords } from '../../../shared/translation/countWords';
import { segmentSourceKey } from '../../../shared/translation/segmentSourceKey';
import type { CoreContext } from '../coreContext';
import { cachedStatement } from '../store/rows';
import { fillFromRepeat } from './propagation';

/// Stores a new segment over `text.slice(start, end)` (new, human, empty) and fills it at once
/// from a confirmed repeat if the workspace has one; answers its id. The id is never one a
/// deleted segment had while its deletion can still be undone (SQLite would otherwise reuse the
/// highest): deleting an article, then segmenting another, leaves the deletion undoable.
export function insertSegment(
  ctx: CoreContext,
  articleId: number,
  text: string,
  start: number,
  end: number,
): number {
  const source = text.slice(start, end);
  const sourceKey = segmentSourceKey(source);
  const now = ctx.now().toISOString();
  const id = Number(
    cachedStatement(
      ctx.store,
      `INSERT INTO segments (id, article_id, start, end, source_key, words, created_at, updated_at)
         VALUES (1 + max(
             coalesce((SELECT max(id) FROM segments), 0),
             coalesce((SELECT max(row_id) FROM history_changes WHERE table_name = 'segments'), 0)
           ), ?, ?, ?, ?, ?, ?, ?)`,
    ).run(articleId, start, end, sourceKey, countWords(source), now, now).lastInsertRowid,
  );
  fillFromRepeat(ctx, { id, source_key: sourceKey });
  return id;
}
