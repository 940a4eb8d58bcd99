import type { HistoryState } from '../../../shared/domain';
import type { CoreContext } from '../coreContext';

/// What undo and redo would do now in the context's session.
export function historyState(ctx: CoreContext): HistoryState {
  const row = ctx.store
    .prepare(
      `SELECT
         (SELECT description FROM history_steps WHERE session_id = @session AND state = 'done' ORDER BY id DESC LIMIT 1) AS undo,
         (SELECT description FROM history_steps WHERE session_id = @session AND state = 'undone' ORDER BY id LIMIT 1) AS redo`,
    )
    .get({ session: ctx.sessionId }) as { undo: string | null; redo: string | null };
  return {
    canUndo: row.undo !== null,
    canRedo: row.redo !== null,
    undoDescription: row.undo,
    redoDescription: row.redo,
  };
}
