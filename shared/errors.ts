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
] as const;

/// One of `errorCodes`.
export type ErrorCode = (typeof errorCodes)[number];

/// The JSON shape of an error as every front door returns it.
export interface ErrorBody {
  readonly code: ErrorCode;
  readonly message: string;
}

/// An expected failure with a stable code and a specific English message.
export class PasserelleError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'PasserelleError';
    this.code = code;
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

/// The error a body received from elsewhere describes; a code this version does not know becomes
/// `internal`, with the message kept.
export function errorFromBody(body: { readonly code: string; readonly message: string }): PasserelleError {
  return new PasserelleError(isErrorCode(body.code) ? body.code : 'internal', body.message);
}

/// Turns anything thrown into an `ErrorBody`, hiding unexpected internals behind `internal`.
export function toErrorBody(error: unknown): ErrorBody {
  if (error instanceof PasserelleError) return { code: error.code, message: error.message };
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) };
}

/// Whether a value received over a transport has the shape of an `ErrorBody`: a code (which
/// `errorFromBody` checks) and a message.
export function isErrorBody(value: unknown): value is { readonly code: string; readonly message: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    typeof (value as { message?: unknown }).message === 'string'
  );
}
