/// Machine-readable reasons an operation can fail; the UI translates them via `errors.<code>`.
export const errorCodes = [
  'invalid_input',
  'not_found',
  'unknown_operation',
  'unsupported_format',
  'empty_file',
  'binary_file',
  'too_large',
  'parse_failed',
  'fetch_failed',
  'blocked_address',
  'invalid_span',
  'forbidden',
  'internal',
  /// The app could not be reached (web mode's server is gone, say): raised by the client.
  'network',
  /// The browser could not read a file the user picked: raised by the client.
  'unreadable',
  /// The disk (or the database's size limit) is full: the write was rolled back.
  'disk_full',
  /// The workspace's file or folder cannot be written: it was opened for reading only.
  'read_only',
  /// Someone else (another window, the command line, a second web-mode server) changed what the
  /// step touches: undo or redo refused, nothing changed.
  'conflict',
] as const;

/// One of `errorCodes`.
export type ErrorCode = (typeof errorCodes)[number];

/// The values an error's detail is made of, for the UI to phrase in its own language. `detail`
/// names the sentence (`errorDetails.<code>.<detail>` in the locales); the others fill it. An
/// error with params but no `detail` says everything in its code.
export type ErrorParams = Readonly<Record<string, string | number>>;

/// The JSON shape of an error as every front door returns it: `message` is the English text for
/// logs and the command line, `params` what the UI translates instead.
export interface ErrorBody {
  readonly code: ErrorCode;
  readonly message: string;
  readonly params?: ErrorParams;
}

/// The English message every client gets for an unexpected failure, whose detail stays in the log.
export const internalErrorMessage = 'Something went wrong in Passerelle; the details are in its log.';

/// An expected failure with a stable code, a specific English message and, for the UI, the
/// parameters of its detail.
export class PasserelleError extends Error {
  readonly code: ErrorCode;
  readonly params: ErrorParams | undefined;

  constructor(code: ErrorCode, message: string, params?: ErrorParams) {
    super(message);
    this.name = 'PasserelleError';
    this.code = code;
    this.params = params;
  }
}

/// Turns anything thrown or rejected into a `PasserelleError`, keeping the code of one that
/// already is (for instance one that crossed a transport).
export function toPasserelleError(error: unknown): PasserelleError {
  if (error instanceof PasserelleError) return error;
  return new PasserelleError('internal', error instanceof Error ? error.message : String(error));
}

/// Whether a value is one of `errorCodes`.
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (errorCodes as readonly string[]).includes(value);
}

/// Whether a value is an `ErrorParams`: an object of strings and finite numbers.
export function isErrorParams(value: unknown): value is ErrorParams {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every(
      (entry) => typeof entry === 'string' || (typeof entry === 'number' && Number.isFinite(entry)),
    )
  );
}

/// The error a body received from elsewhere describes; a code this version does not know becomes
/// `internal`, with the message kept, and params that are not `ErrorParams` are dropped.
export function errorFromBody(body: {
  readonly code: string;
  readonly message: string;
  readonly params?: unknown;
}): PasserelleError {
  const params = isErrorParams(body.params) ? body.params : undefined;
  return isErrorCode(body.code)
    ? new PasserelleError(body.code, body.message, params)
    : new PasserelleError('internal', body.message);
}

/// Turns anything thrown into an `ErrorBody`; an unexpected error becomes `internal` with a
/// generic message, so no driver text or stack reaches a client (log it where it is caught).
export function toErrorBody(error: unknown): ErrorBody {
  if (error instanceof PasserelleError) {
    return error.params === undefined
      ? { code: error.code, message: error.message }
      : { code: error.code, message: error.message, params: error.params };
  }
  return { code: 'internal', message: internalErrorMessage, params: {} };
}

/// Whether a value received over a transport has the shape of an `ErrorBody`: a code (which
/// `errorFromBody` checks) and a message.
export function isErrorBody(
  value: unknown,
): value is { readonly code: string; readonly message: string; readonly params?: unknown } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    typeof (value as { message?: unknown }).message === 'string'
  );
}
