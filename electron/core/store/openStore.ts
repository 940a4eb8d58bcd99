import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrations } from './migrations';

/// An open workspace: one SQLite database holding articles, annotations and the glossary.
export type Store = Database.Database;

/// How to open a workspace.
export interface OpenStoreOptions {
  /// Path to a better-sqlite3 binary built for another ABI (the Electron app passes one).
  readonly nativeBinding?: string;
}

/// Opens (creating if needed) the workspace at `file` with WAL, `synchronous=FULL` and
/// foreign keys on, and brings its schema up to date.
export function openStore(file: string, options: OpenStoreOptions = {}): Store {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/// Applies every migration newer than the database's `user_version`, each in one transaction.
export function migrate(db: Store): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > migrations.length) {
    throw new Error(
      `This workspace was written by a newer Passerelle (schema ${current}, this version knows ${migrations.length}).`,
    );
  }
  for (let version = current + 1; version <= migrations.length; version++) {
    db.transaction(() => {
      const migration = migrations[version - 1]!;
      if (typeof migration === 'string') db.exec(migration);
      else migration(db);
      db.pragma(`user_version = ${version}`);
    })();
  }
}
