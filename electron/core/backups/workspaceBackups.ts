import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { backupKinds, type BackupKind, type WorkspaceBackup } from '../../../shared/contract';
import { PasserelleError } from '../../../shared/errors';
import { migrations } from '../store/migrations';
import { migrate, type Store } from '../store/openStore';

/// The name of the folder beside a workspace file that holds its backups.
export const backupFolderName = 'backups';

/// How many pages an automatic backup copies between two turns of the event loop (4 MB with
/// SQLite's default page size), so opening a large workspace never blocks for long.
const pagesPerStep = 1024;
/// `sqlite3_backup_step` with this many pages copies everything that is left in one step.
const allPages = 0x7fffffff;

/// The workspace's name as the app shows it: its file name without the extension.
export function workspaceName(file: string): string {
  return basename(file, extname(file));
}

/// The file a store was opened on, or a `forbidden` error for an in-memory workspace.
export function workspaceFile(store: Store): string {
  if (store.memory || store.name === '' || store.name === ':memory:') {
    throw new PasserelleError(
      'forbidden',
      'This workspace lives in memory: it has no file to back up or restore.',
    );
  }
  return store.name;
}

/// The folder holding the backups of the workspace at `file`.
export function backupFolder(file: string): string {
  return join(dirname(file), backupFolderName);
}

/// The file name of a backup of the workspace named `name` taken at `date`, e.g.
/// `Flamanville-2026-12-02T09-30-00-000Z-automatic.sqlite`: sorting the names sorts by date.
export function backupFileName(name: string, date: Date, kind: BackupKind): string {
  return `${name}-${date.toISOString().replace(/[:.]/g, '-')}-${kind}.sqlite`;
}

const stampedName = /^(.*)-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-([a-z-]+)\.sqlite$/;

/// What a backup's file name says, when it names a backup of the workspace called `name`.
export function readBackupFileName(
  fileName: string,
  name: string,
): { readonly kind: BackupKind; readonly createdAt: string } | null {
  const match = stampedName.exec(fileName);
  if (!match || match[1] !== name) return null;
  const kind = backupKinds.find((candidate) => candidate === match[7]);
  if (kind === undefined) return null;
  return { kind, createdAt: `${match[2]}T${match[3]}:${match[4]}:${match[5]}.${match[6]}Z` };
}

/// The backups of the workspace at `file`, newest first (none when it has no backups folder).
export function listBackups(file: string): WorkspaceBackup[] {
  const folder = backupFolder(file);
  if (!existsSync(folder)) return [];
  const name = workspaceName(file);
  return readdirSync(folder)
    .flatMap((fileName) => {
      const read = readBackupFileName(fileName, name);
      if (read === null) return [];
      const stat = statSync(join(folder, fileName));
      return stat.isFile() ? [{ fileName, ...read, bytes: stat.size }] : [];
    })
    .sort((a, b) => b.fileName.localeCompare(a.fileName));
}

/// Copies the open workspace `store` to `target` through SQLite's backup API: a consistent
/// snapshot even while this or another connection writes. The copy is written beside `target`
/// first and renamed once complete, and set to a rollback journal so it is one self-contained
/// file. `stepPages` pages are copied per turn of the event loop (all of them by default).
export async function copyWorkspace(store: Store, target: string, stepPages = allPages): Promise<number> {
  if (existsSync(target))
    throw new PasserelleError('forbidden', `${target} already exists: choose another file.`);
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  let remaining = Number.POSITIVE_INFINITY;
  try {
    await store.backup(partial, {
      progress: ({ remainingPages }) => {
        // Another process wrote meanwhile and SQLite started over: copy the rest at once rather
        // than chase a workspace that keeps changing.
        const restarted = remainingPages > remaining;
        remaining = remainingPages;
        return restarted ? allPages : stepPages;
      },
    });
    const copy = new Database(partial);
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    renameSync(partial, target);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  return statSync(target).size;
}

/// Takes a backup of the open workspace into its `backups/` folder and describes it; an
/// automatic one is copied in steps so the app stays responsive.
export async function createBackup(store: Store, kind: BackupKind, now: Date): Promise<WorkspaceBackup> {
  const file = workspaceFile(store);
  const folder = backupFolder(file);
  mkdirSync(folder, { recursive: true });
  const fileName = backupFileName(workspaceName(file), now, kind);
  const bytes = await copyWorkspace(
    store,
    join(folder, fileName),
    kind === 'automatic' ? pagesPerStep : allPages,
  );
  return { fileName, kind, createdAt: now.toISOString(), bytes };
}

/// Deletes the oldest automatic backups of the workspace at `file` beyond the newest `keep`;
/// backups the user asked for and those taken before a restore are never deleted.
export function pruneAutomaticBackups(file: string, keep: number): string[] {
  const doomed = listBackups(file)
    .filter((backup) => backup.kind === 'automatic')
    .slice(Math.max(0, keep));
  for (const backup of doomed) rmSync(join(backupFolder(file), backup.fileName), { force: true });
  return doomed.map((backup) => backup.fileName);
}

/// Replaces the open workspace's content with the backup `fileName` from its backups folder,
/// through SQLite's backup API, after checking the backup and backing up the current content
/// (kind `before-restore`). An older backup's schema is brought up to date afterwards.
export async function restoreBackup(
  store: Store,
  fileName: string,
  now: Date,
): Promise<{ readonly restored: WorkspaceBackup; readonly safetyBackup: WorkspaceBackup }> {
  const file = workspaceFile(store);
  const restored = listBackups(file).find((backup) => backup.fileName === fileName);
  if (restored === undefined) {
    throw new PasserelleError('not_found', `There is no backup named ${fileName} for this workspace.`);
  }
  const source = new Database(join(backupFolder(file), fileName), { readonly: true, fileMustExist: true });
  try {
    checkBackup(source, fileName);
    const safetyBackup = await createBackup(store, 'before-restore', now);
    // One step: the workspace is locked for writing only while the pages are copied.
    await source.backup(file, { progress: () => allPages });
    migrate(store);
    return { restored, safetyBackup };
  } finally {
    source.close();
  }
}

function checkBackup(source: Database.Database, fileName: string): void {
  let verdict: unknown;
  let version: unknown;
  try {
    verdict = source.pragma('quick_check', { simple: true });
    version = source.pragma('user_version', { simple: true });
  } catch {
    verdict = 'unreadable';
  }
  if (verdict !== 'ok') {
    throw new PasserelleError('parse_failed', `The backup ${fileName} is damaged: it was not restored.`);
  }
  if (typeof version !== 'number' || version < 1 || version > migrations.length) {
    throw new PasserelleError(
      'unsupported_format',
      `The backup ${fileName} was written by another version of Passerelle (schema ${String(version)}): it was not restored.`,
    );
  }
}
