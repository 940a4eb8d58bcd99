import Database from 'better-sqlite3';
import { PasserelleError } from '../../../shared/errors';

/// The English message of a write refused because the disk is full.
export const diskFullMessage = 'The disk is full: nothing was saved; free some space and try again.';
/// The English message of a write refused because the workspace cannot be written.
export const readOnlyMessage = 'This workspace is read-only: open a copy.';

// SQLite's extended codes keep the primary one as a prefix (SQLITE_READONLY_DIRECTORY, …).
function hasPrimaryCode(code: string, primary: string): boolean {
  return code === primary || code.startsWith(`${primary}_`);
}

/// The `PasserelleError` a failure of the store or the file system means for the user: a full
/// disk (SQLITE_FULL, ENOSPC) is `disk_full`, a workspace that cannot be written (SQLITE_READONLY
/// and its extended codes, EROFS) is `read_only`; anything else is not the store's to name (null).
export function storeError(error: unknown): PasserelleError | null {
  if (error instanceof PasserelleError) return error;
  if (error instanceof Database.SqliteError) {
    if (hasPrimaryCode(error.code, 'SQLITE_FULL'))
      return new PasserelleError('disk_full', diskFullMessage, {});
    if (hasPrimaryCode(error.code, 'SQLITE_READONLY')) {
      return new PasserelleError('read_only', readOnlyMessage, {});
    }
    return null;
  }
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOSPC') return new PasserelleError('disk_full', diskFullMessage, {});
  if (code === 'EROFS') return new PasserelleError('read_only', readOnlyMessage, {});
  return null;
}

/// Refuses a write before any work is done for it (parsing a batch, fetching a page) when the
/// workspace was opened read-only.
export function refuseWhenReadOnly(store: { readonly readonly: boolean }): void {
  if (store.readonly) throw new PasserelleError('read_only', readOnlyMessage, {});
}
