import { internalErrorMessage, PasserelleError } from '../../shared/errors';
import { storeError } from './store/storeError';

/// Where an unexpected failure's detail goes; the process's standard error unless a test listens.
export type FailureLog = (error: unknown) => void;

const logToStderr: FailureLog = (error) => console.error('Passerelle: unexpected failure', error);

/// What a client may be told of a failure: a `PasserelleError` as it is, a full disk or a
/// read-only workspace by its own code (`storeError`), anything else as `internal` with a generic
/// message, its detail (driver text, stack) sent to `log` instead.
export function clientError(error: unknown, log: FailureLog = logToStderr): PasserelleError {
  const known = storeError(error);
  if (known !== null) return known;
  log(error);
  return new PasserelleError('internal', internalErrorMessage, {});
}
