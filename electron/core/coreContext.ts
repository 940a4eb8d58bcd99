import { randomUUID } from 'node:crypto';
import type { Store } from './store/openStore';

/// What every handler receives: the open workspace, a clock and the undo session.
export interface CoreContext {
  readonly store: Store;
  readonly now: () => Date;
  /// The undo session: the actions recorded under this id are the ones undo and redo walk
  /// through. A session lives as long as its context — one run of the app, of `serve` or of a
  /// CLI command — so undo still works after the window reloads, but a new run starts with an
  /// empty undo stack even though the history is kept in the workspace file.
  readonly sessionId: string;
  /// The name recorded as the author of this context's writes instead of the workspace's own
  /// (`currentAuthor`): a CLI run's `--author`.
  readonly author?: string;
  /// The desktop app's way of handing over a finished export: the native save dialog, then a copy
  /// of the file to where the user chose (that path, or null if they closed the dialog). Without
  /// it (web mode) `exports.save` gives a one-time download address instead.
  readonly saveExport?: (file: ExportFile) => Promise<string | null>;
}

/// A finished export's file on disk (in a temporary folder) and what it is offered as.
export interface ExportFile {
  readonly path: string;
  readonly fileName: string;
  readonly mimeType: string;
}

/// A context over `store` with the real clock and a new undo session (or `sessionId`, to go on
/// with an earlier session's undo stack on a reopened workspace).
export function coreContext(store: Store, sessionId: string = randomUUID()): CoreContext {
  return { store, now: () => new Date(), sessionId };
}
