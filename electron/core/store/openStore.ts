import Database from 'better-sqlite3';
import { accessSync, closeSync, constants, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import { PasserelleError } from '../../../shared/errors';
import { migrations } from './migrations';
import { readOnlyMessage } from './storeError';

/// An open workspace: one SQLite database holding articles, annotations and the glossary.
export type Store = Database.Database;

/// How to open a workspace.
export interface OpenStoreOptions {
  /// Path to a better-sqlite3 binary built for another ABI (the Electron app passes one).
  readonly nativeBinding?: string;
}

// Opening for writing (rather than `access`) asks with the process's effective user, as SQLite
// will, and notices a read-only file system too.
function canWriteFile(file: string): boolean {
  try {
    closeSync(openSync(file, constants.O_RDWR));
    return true;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return false;
    throw error;
  }
}

// WAL needs to create the -wal and -shm files beside the database.
function canWriteFolder(folder: string): boolean {
  try {
    accessSync(folder, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/// Whether the existing workspace at `file` cannot be written (the file or its folder), so it is
/// to be opened for reading only.
export function isReadOnlyWorkspace(file: string): boolean {
  if (file === ':memory:' || !existsSync(file)) return false;
  return !canWriteFile(file) || !canWriteFolder(dirname(file));
}

/// Opens (creating if needed) the workspace at `file` with WAL, `synchronous=FULL` and
/// foreign keys on, and brings its schema up to date. A workspace that cannot be written is opened
/// read-only (`Store.readonly`: every write then fails with SQLITE_READONLY, which `storeError`
/// calls `read_only`); one that would need a migration, or that SQLite cannot read where it lies,
/// is refused with `read_only`.
export function openStore(file: string, options: OpenStoreOptions = {}): Store {
  const readonly = isReadOnlyWorkspace(file);
  if (file !== ':memory:' && !readonly) mkdirSync(dirname(file), { recursive: true });
  const db = openDatabase(file, readonly, options);
  try {
    if (!readonly) db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    if (readonly) checkSchemaCurrent(db);
    else migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw readonly && error instanceof Database.SqliteError ? unreadableHere(file) : error;
  }
}

function openDatabase(file: string, readonly: boolean, options: OpenStoreOptions): Store {
  const nativeBinding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  if (!readonly) return new Database(file, nativeBinding);
  try {
    return new Database(file, { ...nativeBinding, readonly: true, fileMustExist: true });
  } catch (error) {
    throw error instanceof Database.SqliteError ? unreadableHere(file) : error;
  }
}

// A WAL workspace in a folder that cannot be written, closed cleanly (no -shm file left), cannot
// be read by SQLite in place.
function unreadableHere(file: string): PasserelleError {
  return new PasserelleError(
    'read_only',
    `${readOnlyMessage.replace(/\.$/, '')} (${file} cannot be read where it lies).`,
    {},
  );
}

function checkSchemaCurrent(db: Store): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > migrations.length) throw newerSchema(current);
  if (current < migrations.length) {
    throw new PasserelleError(
      'read_only',
      `${readOnlyMessage.replace(/\.$/, '')} (it was written by an older Passerelle and needs an upgrade).`,
      {},
    );
  }
}

function newerSchema(current: number): Error {
  return new Error(
    `This workspace was written by a newer Passerelle (schema ${current}, this version knows ${migrations.length}).`,
  );
}

/// Applies every migration newer than the database's `user_version`, each in one transaction.
export function migrate(db: Store): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > migrations.length) throw newerSchema(current);
  for (let version = current + 1; version <= migrations.length; version++) {
    db.transaction(() => {
      const migration = migrations[version - 1]!;
      if (typeof migration === 'string') db.exec(migration);
      else migration(db);
      db.pragma(`user_version = ${version}`);
    })();
  }
}
