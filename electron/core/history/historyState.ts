import type { HistoryState } from '../../../shared/domain';
import type { CoreContext } from '../coreContext';
import { storedHistoryMessage } from './storedHistoryMessage';
import { cachedStatement } from '../store/rows';

interface StepColumns {
  key: string;
  params: string;
  author: string | null;
}

/// What undo and redo would do now in the context's session, and who did those steps.
export function historyState(ctx: CoreContext): HistoryState {
  const step = (state: 'done' | 'undone') =>
    cachedStatement(
      ctx.store,
      `SELECT message_key AS key, message_params AS params, author FROM history_steps
         WHERE session_id = ? AND state = ? ORDER BY id ${state === 'done' ? 'DESC' : 'ASC'} LIMIT 1`,
    ).get(ctx.sessionId, state) as StepColumns | undefined;
  const undo = step('done');
  const redo = step('undone');
  return {
    canUndo: undo !== undefined,
    canRedo: redo !== undefined,
    undoMessage: undo ? storedHistoryMessage(undo.key, undo.params) : null,
    redoMessage: redo ? storedHistoryMessage(redo.key, redo.params) : null,
    undoAuthor: undo?.author ?? null,
    redoAuthor: redo?.author ?? null,
  };
}
