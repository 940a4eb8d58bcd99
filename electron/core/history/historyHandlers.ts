import type { HistoryStep } from '../../../shared/contract';
import type { HistoryState } from '../../../shared/domain';
import type { CoreContext } from '../coreContext';
import { historyState } from './historyState';
import { replayStep } from './replayStep';

/// What undo and redo would do now in this session.
export function getHistoryState(ctx: CoreContext): HistoryState {
  return historyState(ctx);
}

/// Undoes the session's latest action.
export function undo(ctx: CoreContext): HistoryStep {
  return replayStep(ctx, 'undo');
}

/// Redoes the session's latest undone action.
export function redo(ctx: CoreContext): HistoryStep {
  return replayStep(ctx, 'redo');
}
