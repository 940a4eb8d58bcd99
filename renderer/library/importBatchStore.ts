import type { ImportOutcome } from '../../shared/domain';
import { importEntry, type ImportEntry } from './importEntry';
import { importSourceName, type ImportSource } from './importSourceName';
import { runImportBatch, type ImportProgress } from './runImportBatch';

/// Everything the library shows about imports.
export interface ImportBatchState {
  /// The running batch's progress, or null when none runs.
  readonly progress: ImportProgress | null;
  /// The user asked to stop: the current file finishes, the rest are not sent.
  readonly cancelling: boolean;
  /// The results list, kept until dismissed; null when there is none.
  readonly entries: readonly ImportEntry[] | null;
  /// Entries being sent again with "Import anyway".
  readonly resending: readonly number[];
  /// Changes whenever an import may have added an article, so the library reloads its list.
  readonly libraryVersion: number;
}

/// The import batch as an external store: it outlives the library screen, so a batch keeps
/// running (and its results stay) while the user opens an article.
export interface ImportBatchStore {
  readonly subscribe: (onChange: () => void) => () => void;
  readonly getState: () => ImportBatchState;
  /// Imports files one at a time; files given while a batch runs join that batch.
  readonly importFiles: (files: readonly File[]) => void;
  /// Imports one web address or pasted content and adds its outcome to the results, failures
  /// only when `listFailure` (a form that shows its own error passes false).
  readonly importOne: (source: ImportSource, listFailure: boolean) => Promise<ImportOutcome>;
  /// Sends a duplicate's source again with `force`, replacing its outcome.
  readonly importAnyway: (key: number) => Promise<void>;
  readonly cancel: () => void;
  readonly dismiss: () => void;
}

const listRefreshEvery = 20;

/// Builds the store over `importSource`, the one call that turns a source into an outcome.
export function createImportBatchStore(
  importSource: (source: ImportSource, force: boolean) => Promise<ImportOutcome>,
): ImportBatchStore {
  let state: ImportBatchState = {
    progress: null,
    cancelling: false,
    entries: null,
    resending: [],
    libraryVersion: 0,
  };
  const listeners = new Set<() => void>();
  let queue: ImportSource[] | null = null;

  const update = (change: Partial<ImportBatchState>) => {
    state = { ...state, ...change };
    for (const listener of listeners) listener();
  };
  const prepend = (entry: ImportEntry) => update({ entries: [entry, ...(state.entries ?? [])] });

  const importFiles = (files: readonly File[]) => {
    const sources = files.map((file): ImportSource => ({ kind: 'file', file }));
    if (sources.length === 0) return;
    if (queue) {
      queue.push(...sources);
      return;
    }
    const batch = sources;
    queue = batch;
    update({
      entries: null,
      cancelling: false,
      progress: { done: 0, total: batch.length, current: importSourceName(batch[0]!) },
    });
    void runImportBatch(batch, (source) => importSource(source, false), {
      onProgress: (progress) =>
        update({
          progress,
          // A long batch shows its articles as it goes, without reloading the list for every file.
          libraryVersion:
            progress.done > 0 && progress.done % listRefreshEvery === 0
              ? state.libraryVersion + 1
              : state.libraryVersion,
        }),
      isCancelled: () => state.cancelling,
    }).then(
      (entries) => {
        queue = null;
        update({
          progress: null,
          cancelling: false,
          entries: [...(state.entries ?? []), ...entries],
          libraryVersion: state.libraryVersion + 1,
        });
      },
      () => {
        queue = null;
        update({ progress: null, cancelling: false, libraryVersion: state.libraryVersion + 1 });
      },
    );
  };

  const importOne = async (source: ImportSource, listFailure: boolean) => {
    const outcome = await importSource(source, false);
    if (outcome.status !== 'failed' || listFailure) prepend(importEntry(source, outcome));
    if (outcome.status === 'imported') update({ libraryVersion: state.libraryVersion + 1 });
    return outcome;
  };

  const importAnyway = async (key: number) => {
    const entry = state.entries?.find((candidate) => candidate.key === key);
    if (!entry || state.resending.includes(key)) return;
    update({ resending: [...state.resending, key] });
    const outcome = await importSource(entry.source, true);
    update({
      entries:
        state.entries?.map((candidate) => (candidate.key === key ? { ...candidate, outcome } : candidate)) ??
        null,
      resending: state.resending.filter((candidate) => candidate !== key),
      libraryVersion: state.libraryVersion + 1,
    });
  };

  return {
    subscribe: (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    getState: () => state,
    importFiles,
    importOne,
    importAnyway,
    cancel: () => {
      if (state.progress) update({ cancelling: true });
    },
    dismiss: () => update({ entries: null }),
  };
}
