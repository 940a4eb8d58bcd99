import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { PasserelleError } from '../../../shared/errors';
import { openStore, type OpenStoreOptions, type Store } from './openStore';

/// Every SQLite database file starts with these 16 bytes.
const sqliteMagic = Buffer.from('SQLite format 3\0', 'latin1');
const headerBytes = 100;

/// Whether the workspace at `file` is about to be created (`new`) or already holds a database
/// (`existing`). A zero-byte file, a file that is not an SQLite database and one shorter than its
/// own header says are refused with a `PasserelleError` naming the path, so a damaged workspace is
/// never silently opened as a new, empty one.
export function checkWorkspaceFile(file: string): 'new' | 'existing' {
  if (file === ':memory:' || !existsSync(file)) return 'new';
  const stat = statSync(file);
  if (!stat.isFile()) throw new PasserelleError('unsupported_format', `${file} is not a file.`);
  if (stat.size === 0) {
    throw new PasserelleError(
      'empty_file',
      `The workspace ${file} is an empty file (0 bytes): it holds no workspace, or it was cut off. ` +
        'Open one of its backups or another file; Passerelle does not turn it into a new workspace.',
    );
  }
  const header = readHeader(file);
  if (header.length < headerBytes || !header.subarray(0, sqliteMagic.length).equals(sqliteMagic)) {
    throw new PasserelleError(
      'unsupported_format',
      `${file} is not a Passerelle workspace (it is not an SQLite database, or its start is damaged).`,
    );
  }
  // The page count in the header is trustworthy only while its "valid-for" number matches the
  // change counter; while a write-ahead log holds frames, the log may hold the missing pages.
  const pageSize = header.readUInt16BE(16) === 1 ? 65_536 : header.readUInt16BE(16);
  const pageCount = header.readUInt32BE(28);
  const countIsValid = pageCount > 0 && header.readUInt32BE(24) === header.readUInt32BE(92);
  if (countIsValid && !hasWriteAheadFrames(file) && stat.size < pageCount * pageSize) {
    throw new PasserelleError(
      'parse_failed',
      `The workspace ${file} is truncated: it holds ${stat.size} bytes of the ${pageCount * pageSize} ` +
        'its header announces. Open one of its backups instead.',
    );
  }
  return 'existing';
}

/// The error to show for a failure while opening `file`: SQLite's "corrupt" and "not a database"
/// become a clear message with the path; any other error is passed on as it is.
export function workspaceOpenError(file: string, error: unknown): unknown {
  const code = typeof error === 'object' && error !== null ? Reflect.get(error, 'code') : undefined;
  if (typeof code !== 'string') return error;
  if (code.startsWith('SQLITE_NOTADB')) {
    return new PasserelleError(
      'unsupported_format',
      `${file} is not a Passerelle workspace (not an SQLite database).`,
    );
  }
  if (code.startsWith('SQLITE_CORRUPT')) {
    return new PasserelleError(
      'parse_failed',
      `The workspace ${file} is damaged (SQLite reports it as corrupt). Open one of its backups instead.`,
    );
  }
  return error;
}

/// A workspace opened through `openWorkspaceFile`, and whether this open created its file.
export interface OpenedWorkspace {
  readonly store: Store;
  readonly created: boolean;
}

/// Checks `file` with `checkWorkspaceFile`, then opens it with `openStore`; a damaged file is
/// refused with a clear `PasserelleError` rather than opened or replaced.
export function openWorkspaceFile(file: string, options: OpenStoreOptions = {}): OpenedWorkspace {
  const created = checkWorkspaceFile(file) === 'new';
  try {
    return { store: openStore(file, options), created };
  } catch (error) {
    throw workspaceOpenError(file, error);
  }
}

function readHeader(file: string): Buffer {
  const header = Buffer.alloc(headerBytes);
  const descriptor = openSync(file, 'r');
  try {
    const read = readSync(descriptor, header, 0, headerBytes, 0);
    return header.subarray(0, read);
  } finally {
    closeSync(descriptor);
  }
}

function hasWriteAheadFrames(file: string): boolean {
  const log = `${file}-wal`;
  // A log of only its 32-byte header holds no page.
  return existsSync(log) && statSync(log).size > 32;
}
