import type { bridgeGlobalName, PasserelleApi } from '../../shared/contract';
import { operationNames, type OperationName } from '../../shared/operationNames';
import { errorFromBody, isErrorBody, PasserelleError } from '../../shared/errors';
import { takeSessionToken } from './sessionToken';
import { fetchOrOpenWebModeHelp } from './webModeHelp';

// Checked against the contract's type rather than imported: importing shared/contract at run time
// would pull zod and every input schema into the page.
const bridgeName = 'passerelle' satisfies typeof bridgeGlobalName;

/// Sends one operation's input over a transport and resolves to its raw result.
export type Invoke = (name: OperationName, input: unknown) => Promise<unknown>;

/// Builds the typed client from a transport: one function per contract operation.
export function createApi(invoke: Invoke): PasserelleApi {
  const entries = operationNames.map((name) => [name, (input: unknown) => invoke(name, input)] as const);
  // Results arrive as JSON or through the context bridge: the contract types them, nothing at
  // run time can check them, so this is the one place the pairing is asserted.
  return Object.fromEntries(entries) as PasserelleApi;
}

/// Whether the page runs inside the desktop app, whose preload exposes the bridge.
export function findPreloadBridge(scope: object): Readonly<Record<string, unknown>> | null {
  const bridge: unknown = Reflect.get(scope, bridgeName);
  return typeof bridge === 'object' && bridge !== null ? (bridge as Readonly<Record<string, unknown>>) : null;
}

/// Unwraps an `Envelope` received from the preload bridge, throwing its error as a `PasserelleError`.
export function unwrapEnvelope(envelope: unknown): unknown {
  if (typeof envelope === 'object' && envelope !== null && 'ok' in envelope) {
    if (envelope.ok === true && 'result' in envelope) return envelope.result;
    if (envelope.ok === false && 'error' in envelope && isErrorBody(envelope.error)) {
      throw errorFromBody(envelope.error);
    }
  }
  throw new PasserelleError('internal', 'The desktop bridge answered something that is not an envelope.');
}

/// A transport over the Electron preload bridge.
export function bridgeInvoke(bridge: Readonly<Record<string, unknown>>): Invoke {
  return async (name, input) => {
    const operation = bridge[name];
    if (typeof operation !== 'function')
      throw new PasserelleError('unknown_operation', `The bridge has no ${name}.`);
    const envelope: unknown = await operation(input);
    return unwrapEnvelope(envelope);
  };
}

/// A transport over web mode's HTTP API: `POST /api/<operation>` with the session's bearer token
/// and a new `Idempotency-Key` per call, so that when the browser resends a request by itself
/// (its kept-alive connection closed under it) the server answers the copy instead of running
/// the operation twice.
export function httpInvoke(
  token: string | null,
  fetchImpl: typeof fetch = (...args) => fetch(...args),
  newKey: () => string = () => crypto.randomUUID(),
): Invoke {
  return async (name, input) => {
    const headers: Record<string, string> = {
      'Content-Type': 'application/json',
      'Idempotency-Key': newKey(),
    };
    if (token) headers.Authorization = `Bearer ${token}`;
    let response: Response;
    try {
      response = await fetchImpl(`/api/${name}`, { method: 'POST', headers, body: JSON.stringify(input) });
    } catch (error) {
      throw new PasserelleError('network', error instanceof Error ? error.message : String(error));
    }
    const body: unknown = await response.json().catch(() => null);
    if (response.ok) return body;
    const error: unknown = typeof body === 'object' && body !== null && 'error' in body ? body.error : null;
    if (isErrorBody(error)) throw errorFromBody(error);
    throw new PasserelleError(
      response.status === 401 || response.status === 403 ? 'forbidden' : 'internal',
      `HTTP ${response.status}`,
    );
  };
}

function pageInvoke(): Invoke {
  const bridge = findPreloadBridge(window);
  if (bridge) return bridgeInvoke(bridge);
  return httpInvoke(
    takeSessionToken({ location: window.location, history: window.history, storage: window.sessionStorage }),
    fetchOrOpenWebModeHelp(window.location),
  );
}

/// The app's typed client, over the desktop bridge when present, else over web mode's HTTP API.
export const api: PasserelleApi = createApi(pageInvoke());
