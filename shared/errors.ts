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

/// Turns anything thrown into an `ErrorBody`, hiding unexpected internals behind `internal`.
export function toErrorBody(error: unknown): ErrorBody {
  if (error instanceof PasserelleError) return { code: error.code, message: error.message };
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) };
}

/// Whether a value received over a transport is an `ErrorBody`.
export function isErrorBody(value: unknown): value is ErrorBody {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    typeof (value as { message?: unknown }).message === 'string'
  );
}
