import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { HistoryStep, WorkspaceInfo } from '../../shared/contract';
import type { HistoryState, Label } from '../../shared/domain';
import { api } from './api';
import { toPasserelleError, type PasserelleError } from '../../shared/errors';
import { emptyHistoryState, HistoryContext, stepHistory, type History } from './historyContext';
import { historyShortcut, isTextEntry, menuHistoryTarget } from './historyShortcut';
import { adoptLabelColours } from '../labels/labelStyleSheet';
import { listenToMenuCommands } from './menuCommands';
import { useSaveTracker } from './saveTrackerContext';
import { WorkspaceAuthorContext, type WorkspaceAuthor } from './workspaceAuthorContext';
import { WorkspaceLabelsContext, type WorkspaceLabels } from './workspaceLabelsContext';

/// Provides what every screen shares about the workspace: its labels (and their colours, as a
/// constructed style sheet), who is working in it (the name setting) and its undo history, with Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z (or
/// Ctrl+Y) anywhere outside a text field, and the desktop menu's Edit → Undo and Redo.
export function WorkspaceProvider({
  children,
  onHistoryStep,
}: {
  readonly children: ReactNode;
  readonly onHistoryStep?: (step: HistoryStep) => void;
}) {
  const saveTracker = useSaveTracker();
  const [labels, setLabels] = useState<readonly Label[]>([]);
  const [labelsError, setLabelsError] = useState<PasserelleError | null>(null);
  const [historyState, setHistoryState] = useState<HistoryState>(emptyHistoryState);
  const [workspace, setWorkspace] = useState<WorkspaceInfo | null>(null);
  const stepListeners = useRef(new Set<(step: HistoryStep) => void>());
  const latestOnStep = useRef(onHistoryStep);
  useEffect(() => {
    latestOnStep.current = onHistoryStep;
  });

  const reloadLabels = useCallback(
    () =>
      api['labels.list']({}).then(
        (found) => {
          setLabels(found);
          setLabelsError(null);
        },
        (error: unknown) => setLabelsError(toPasserelleError(error)),
      ),
    [],
  );

  useEffect(() => {
    api['labels.list']({}).then(setLabels, (error: unknown) => setLabelsError(toPasserelleError(error)));
  }, []);

  useEffect(() => adoptLabelColours(document, labels), [labels]);

  useEffect(() => {
    let current = true;
    api['workspace.info']({}).then(
      (info) => {
        if (current) setWorkspace(info);
      },
      // Without the answer nobody is asked for a name; marking still works and records none.
      () => {},
    );
    return () => {
      current = false;
    };
  }, []);

  const setAuthor = useCallback(
    async (name: string) => setWorkspace(await saveTracker.track(api['workspace.setAuthor']({ name }))),
    [saveTracker],
  );
  const workspaceAuthor = useMemo<WorkspaceAuthor>(
    () => ({
      known: workspace !== null,
      author: workspace?.author ?? null,
      readOnly: workspace?.readOnly ?? false,
      setAuthor,
    }),
    [workspace, setAuthor],
  );

  const refreshHistory = useCallback(() => {
    api['history.state']({}).then(setHistoryState, () => {
      // Leave the buttons as they were; the next write tries again.
    });
  }, []);

  // Every write goes through the save tracker, so its settling is when the history may have changed.
  useEffect(() => {
    refreshHistory();
    let previous = saveTracker.getState().status;
    return saveTracker.subscribe(() => {
      const status = saveTracker.getState().status;
      if (status !== previous && status !== 'saving') refreshHistory();
      previous = status;
    });
  }, [refreshHistory, saveTracker]);

  const step = useCallback(
    async (direction: 'undo' | 'redo') => {
      try {
        const done = await saveTracker.track(api[direction === 'undo' ? 'history.undo' : 'history.redo']({}));
        setHistoryState(done.state);
        for (const listener of stepListeners.current) listener(done);
        latestOnStep.current?.(done);
      } catch {
        // The save indicator already shows why.
      }
    },
    [saveTracker],
  );

  const changed = useCallback(async (articleIds: readonly number[]) => {
    let state: HistoryState | null = null;
    try {
      state = await api['history.state']({});
      setHistoryState(state);
    } catch {
      // The views still reload what changed; the buttons catch up on the next write.
    }
    const done: HistoryStep = {
      message: state?.undoMessage ?? null,
      articleIds,
      state: state ?? emptyHistoryState,
    };
    for (const listener of stepListeners.current) listener(done);
    latestOnStep.current?.(done);
  }, []);

  const history = useMemo<History>(
    () => ({
      state: historyState,
      undo: () => step('undo'),
      redo: () => step('redo'),
      onStep: (listener) => {
        stepListeners.current.add(listener);
        return () => stepListeners.current.delete(listener);
      },
      changed,
    }),
    [historyState, step, changed],
  );

  const latestHistory = useRef(history);
  useEffect(() => {
    latestHistory.current = history;
  });
  useEffect(() => {
    // Handled here, the shortcut never reaches the desktop menu's Undo and Redo items.
    const onKeyDown = (event: KeyboardEvent) => {
      const command = historyShortcut(event);
      if (!command || event.defaultPrevented || isTextEntry(event.target)) return;
      event.preventDefault();
      stepHistory(latestHistory.current, command);
    };
    window.addEventListener('keydown', onKeyDown);
    const stopListening = listenToMenuCommands(window, (command) => {
      if (command !== 'undo' && command !== 'redo') return;
      if (menuHistoryTarget(document.activeElement) === 'history')
        stepHistory(latestHistory.current, command);
      // The text field's own undo, which the menu's standard role would have run (execCommand is
      // deprecated, but nothing else undoes a field's typing).
      else document.execCommand(command);
    });
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      stopListening();
    };
  }, []);

  const workspaceLabels = useMemo<WorkspaceLabels>(
    () => ({ labels, error: labelsError, reload: reloadLabels }),
    [labels, labelsError, reloadLabels],
  );

  return (
    <WorkspaceLabelsContext value={workspaceLabels}>
      <WorkspaceAuthorContext value={workspaceAuthor}>
        <HistoryContext value={history}>{children}</HistoryContext>
      </WorkspaceAuthorContext>
    </WorkspaceLabelsContext>
  );
}
