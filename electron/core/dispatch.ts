import { inputSchemas, type Envelope, type OperationResult } from '../../shared/contract';
import { PasserelleError, toErrorBody } from '../../shared/errors';
import { isOperationName, type OperationName } from '../../shared/operationNames';
import { clientError } from './clientError';
import type { CoreContext } from './coreContext';
import { handlers, type Handler } from './handlers';

/// Validates `rawInput` against the operation's schema and runs its handler. Every front door
/// (IPC, HTTP, CLI) calls this and nothing else. A failure is thrown as `clientError` words it.
export async function dispatch<K extends OperationName>(
  ctx: CoreContext,
  name: K,
  rawInput: unknown,
): Promise<OperationResult<K>> {
  const parsed = inputSchemas[name].safeParse(rawInput ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    throw new PasserelleError(
      'invalid_input',
      `Invalid input for ${name}${where}: ${issue?.message ?? 'rejected'}.`,
    );
  }
  // The schema table and the handler table are keyed alike; TypeScript cannot correlate the two
  // lookups through the generic K, so this is the one place the pairing is asserted.
  const handler = handlers[name] as unknown as Handler<K>;
  try {
    return await handler(ctx, parsed.data as Parameters<Handler<K>>[1]);
  } catch (error) {
    throw clientError(error);
  }
}

/// Runs an operation named by a string from outside and wraps the outcome in an envelope,
/// so a transport never has to serialise an exception.
export async function dispatchEnvelope(
  ctx: CoreContext,
  name: string,
  rawInput: unknown,
): Promise<Envelope<unknown>> {
  if (!isOperationName(name)) {
    return {
      ok: false,
      error: { code: 'unknown_operation', message: `There is no operation named "${name}".` },
    };
  }
  try {
    return { ok: true, result: await dispatch(ctx, name, rawInput) };
  } catch (error) {
    return { ok: false, error: toErrorBody(error) };
  }
}
