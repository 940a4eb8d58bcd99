/// A failed operation as the UI sees it: a stable `code` (translated via `errors.<code>`) and
/// the specific English `message` shown as detail.
export class ApiError extends Error {
  readonly code: string;

  constructor(code: string, message: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
  }
}

/// Turns anything a call rejected with into an `ApiError`, keeping codes that crossed a transport.
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError('internal', error instanceof Error ? error.message : String(error));
}
