import type { WorkspaceBackup } from '../../../shared/contract';
import type { Store } from '../store/openStore';
import { createBackup, pruneAutomaticBackups, workspaceFile } from './workspaceBackups';

/// How many automatic backups a workspace keeps when `PASSERELLE_BACKUPS` does not say.
export const defaultBackupsKept = 5;

/// The number of automatic backups to keep: `PASSERELLE_BACKUPS` (a whole number, 0 turns them
/// off), else `defaultBackupsKept`.
export function backupsKept(env: NodeJS.ProcessEnv = process.env): number {
  const value = env.PASSERELLE_BACKUPS?.trim();
  if (value === undefined || value === '') return defaultBackupsKept;
  if (!/^\d+$/.test(value)) {
    throw new Error(`PASSERELLE_BACKUPS must be a whole number of backups to keep, not "${value}".`);
  }
  return Number(value);
}

/// What the automatic backup on opening needs to know.
export interface BackupOnOpenOptions {
  /// How many automatic backups to keep (0: take none).
  readonly keep: number;
  readonly now: Date;
}

/// The rolling backup taken when a workspace is opened: a copy into its `backups/` folder, taken
/// in steps so opening is not held up, then the oldest automatic backups beyond `keep` deleted.
/// A new or empty workspace (no article, entry or history yet) is not backed up: resolves to null.
export async function backupOnOpen(
  store: Store,
  options: BackupOnOpenOptions,
): Promise<WorkspaceBackup | null> {
  if (options.keep === 0 || store.memory || isEmptyWorkspace(store)) return null;
  const backup = await createBackup(store, 'automatic', options.now);
  pruneAutomaticBackups(workspaceFile(store), options.keep);
  return backup;
}

function isEmptyWorkspace(store: Store): boolean {
  return (
    store
      .prepare(
        `SELECT NOT EXISTS (SELECT 1 FROM articles) AND NOT EXISTS (SELECT 1 FROM glossary_entries)
           AND NOT EXISTS (SELECT 1 FROM history_steps)`,
      )
      .pluck()
      .get() === 1
  );
}
