import { createContext, useContext } from 'react';
import type { HistoryStep } from '../../shared/contract';
import type { HistoryState } from '../../shared/domain';

/// The workspace's undo history as the UI uses it.
export interface History {
  readonly state: HistoryState;
  readonly undo: () => Promise<void>;
  readonly redo: () => Promise<void>;
  /// Calls `listener` after every undo or redo, so views showing the touched data reload it;
  /// returns a function that stops listening.
  readonly onStep: (listener: (step: HistoryStep) => void) => () => void;
  /// Says that an action other than undo or redo changed data across views (an import of a
  /// glossary or dataset): the history is read again, then every `onStep` listener is called as
  /// after a step touching `articleIds`.
  readonly changed: (articleIds: readonly number[]) => Promise<void>;
}

/// Nothing to undo or redo.
export const emptyHistoryState: HistoryState = {
  canUndo: false,
  canRedo: false,
  undoMessage: null,
  redoMessage: null,
  undoAuthor: null,
  redoAuthor: null,
};

/// The undo history of the surrounding app.
export const HistoryContext = createContext<History>({
  state: emptyHistoryState,
  undo: () => Promise.resolve(),
  redo: () => Promise.resolve(),
  onStep: () => () => {},
  changed: () => Promise.resolve(),
});

/// The app's undo history.
export function useHistory(): History {
  return useContext(HistoryContext);
}

/// Undoes or redoes one step, when there is one to undo or redo.
export function stepHistory(history: History, command: 'undo' | 'redo'): void {
  if (command === 'undo' && history.state.canUndo) void history.undo();
  if (command === 'redo' && history.state.canRedo) void history.redo();
}
