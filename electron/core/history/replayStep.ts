import type { HistoryStep } from '../../../shared/contract';
import { PasserelleError } from '../../../shared/errors';
import type { CoreContext } from '../coreContext';
import { historyState } from './historyState';
import { historyTables } from './historyTables';
import { storedHistoryMessage } from './storedHistoryMessage';
import { cachedStatement } from '../store/rows';

interface StepRow {
  id: number;
  message_key: string;
  message_params: string;
  article_ids: string;
}

interface ChangeRow {
  table_name: string;
  row_id: number;
  before: string | null;
  after: string | null;
}

class ReplayConflict extends Error {}

/// Undoes the session's latest done step (putting back every row as it was before, newest
/// change first) or redoes its earliest undone step (putting back the rows as the step left
/// them). Before writing it checks that every row is still as the step left it (or found it):
/// when something outside the session's history changed them — another window or session
/// editing a row or deleting an article — nothing is written, the steps that can no longer be
/// replayed are dropped, and the error says so. With nothing to replay it answers a step with a
/// null message.
export function replayStep(ctx: CoreContext, direction: 'undo' | 'redo'): HistoryStep {
  const { store } = ctx;
  const undo = direction === 'undo';
  const step = cachedStatement(
    store,
    `SELECT id, message_key, message_params, article_ids FROM history_steps WHERE session_id = ? AND state = ?
       ORDER BY id ${undo ? 'DESC' : 'ASC'} LIMIT 1`,
  ).get(ctx.sessionId, undo ? 'done' : 'undone') as StepRow | undefined;
  if (!step) return { message: null, articleIds: [], state: historyState(ctx) };

  const tables = historyTables(store);
  const changes = cachedStatement(
    store,
    'SELECT table_name, row_id, before, after FROM history_changes WHERE step_id = ? ORDER BY id',
  ).all(step.id) as ChangeRow[];
  const ordered = undo ? changes.reverse() : changes;
  const tableOf = (change: ChangeRow) => {
    const table = tables.get(change.table_name);
    if (!table) throw new ReplayConflict(`the table ${change.table_name} is no longer tracked`);
    return table;
  };
  try {
    store
      .transaction(() => {
        const expected = new Map<string, ChangeRow>();
        for (const change of ordered) {
          const key = `${change.table_name}:${change.row_id}`;
          if (!expected.has(key)) expected.set(key, change);
        }
        for (const change of expected.values()) {
          const image = undo ? change.after : change.before;
          if (tableOf(change).image(change.row_id) !== image) {
            throw new ReplayConflict(
              `${change.table_name.replace(/_/g, ' ')} row ${change.row_id} changed since`,
            );
          }
        }
        for (const change of ordered) {
          const image = undo ? change.before : change.after;
          if (image === null) tableOf(change).remove(change.row_id);
          else tableOf(change).restore(image);
        }
        cachedStatement(store, 'UPDATE history_steps SET state = ? WHERE id = ?').run(
          undo ? 'undone' : 'done',
          step.id,
        );
      })
      .immediate();
  } catch (error) {
    const reason =
      error instanceof ReplayConflict
        ? error.message
        : isConstraintError(error)
          ? `a row it needs is gone (${error.message})`
          : undefined;
    if (reason === undefined) throw error;
    cachedStatement(
      store,
      undo
        ? `DELETE FROM history_steps WHERE session_id = ? AND state = 'done' AND id <= ?`
        : `DELETE FROM history_steps WHERE session_id = ? AND state = 'undone' AND id >= ?`,
    ).run(ctx.sessionId, step.id);
    throw new PasserelleError(
      'invalid_input',
      `The ${undo ? 'last' : 'next'} step cannot be ${undo ? 'undone' : 'redone'} any more: ${reason}, outside this session's ` +
        `history. Nothing was changed, and the ${undo ? 'undo' : 'redo'} history up to it was cleared.`,
    );
  }
  return {
    message: storedHistoryMessage(step.message_key, step.message_params),
    articleIds: JSON.parse(step.article_ids) as number[],
    state: historyState(ctx),
  };
}

function isConstraintError(error: unknown): error is Error {
  if (!(error instanceof Error) || !('code' in error)) return false;
  return typeof error.code === 'string' && error.code.startsWith('SQLITE_CONSTRAINT');
}
