import type { ErrorCode } from '../../shared/errors';

/// The HTTP status web mode answers for each error code. Input the caller got wrong (including a
/// file the importer cannot read) is 400 rather than 422, so scripts only need to tell 4xx (fix the
/// request) from 5xx (our fault).
export const httpStatusForError = {
  invalid_input: 400,
  invalid_span: 400,
  unsupported_format: 400,
  empty_file: 400,
  binary_file: 400,
  parse_failed: 400,
  // The page the caller named could not be fetched, or its address is refused: still the
  // request to fix, not a fault of ours.
  fetch_failed: 400,
  blocked_address: 400,
  not_found: 404,
  unknown_operation: 404,
  forbidden: 403,
  too_large: 413,
  internal: 500,
  // The workspace's state refuses the write, not the request: 409 Conflict; a full disk is
  // WebDAV's 507 Insufficient Storage.
  read_only: 409,
  conflict: 409,
  disk_full: 507,
  // Raised by clients only, never by a handler; listed so every code has a status.
  network: 502,
  unreadable: 400,
} as const satisfies Record<ErrorCode, number>;
