import { resolve } from 'node:path';
import { backupOnOpen } from '../core/backups/backupOnOpen';
import { workspaceName } from '../core/backups/workspaceBackups';
import { coreContext, type CoreContext } from '../core/coreContext';
import { openWorkspaceFile } from '../core/store/checkWorkspaceFile';

/// The workspace the desktop app has open: its file, its name as the header and title show it,
/// the context every operation runs in, and its automatic backup (settled when it has ended).
export interface DesktopWorkspace {
  readonly file: string;
  readonly name: string;
  readonly ctx: CoreContext;
  readonly backedUp: Promise<void>;
}

/// How the desktop app opens a workspace.
export interface DesktopWorkspaceOptions {
  /// The better-sqlite3 binary built for Electron.
  readonly nativeBinding?: string;
  /// How many automatic backups to keep.
  readonly keepBackups: number;
  /// Told when the automatic backup failed; opening goes on regardless.
  readonly onBackupError: (error: unknown) => void;
}

/// Opens the workspace at `file` (refusing a damaged one, creating a missing one) and starts its
/// rolling backup, copied in steps so the window is not held up.
export function openDesktopWorkspace(path: string, options: DesktopWorkspaceOptions): DesktopWorkspace {
  const file = resolve(path);
  const { store } = openWorkspaceFile(
    file,
    options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding },
  );
  const ctx = coreContext(store);
  const backedUp = backupOnOpen(store, { keep: options.keepBackups, now: ctx.now() }).then(
    () => undefined,
    options.onBackupError,
  );
  return { file, name: workspaceName(file), ctx, backedUp };
}

/// Closes a workspace once its automatic backup has ended.
export async function closeDesktopWorkspace(workspace: DesktopWorkspace): Promise<void> {
  await workspace.backedUp;
  workspace.ctx.store.close();
}

/// Switches from `current` to the workspace at `file`: the new one is opened first, so when it
/// cannot be opened the current one stays open (and the error is thrown); `activate` then points
/// every front door at the new one before the old one is closed.
export async function switchDesktopWorkspace(
  current: DesktopWorkspace,
  file: string,
  options: DesktopWorkspaceOptions,
  activate: (next: DesktopWorkspace) => void,
): Promise<DesktopWorkspace> {
  if (resolve(file) === current.file) return current;
  const next = openDesktopWorkspace(file, options);
  activate(next);
  await closeDesktopWorkspace(current);
  return next;
}
