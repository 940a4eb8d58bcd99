import type { HistoryStep } from '../../../shared/contract';
import { PasserelleError } from '../../../shared/errors';
import type { CoreContext } from '../coreContext';
import { historyState } from './historyState';
import { expandFreshRanges, historyTables } from './historyTables';
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
/// them), in one IMMEDIATE transaction. It checks that every row is still as the step left it (or
/// found it), and that putting them back changes no other row (one another process made refer
/// to a row the replay removes): when something outside the session's history — another
/// window, session or process — changed them, nothing is written, the steps that can no longer
/// be replayed are dropped, and the error says so. With nothing to replay it answers a step
/// with a null message.
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
  const tableOf = (change: ChangeRow) => {
    const table = tables.get(change.table_name);
    if (!table) throw new ReplayConflict(`the table ${change.table_name} is no longer tracked`);
    return table;
  };
  try {
    store
      .transaction(() => {
        const freshChanged = undo ? expandFreshRanges(store, step.id) : null;
        if (freshChanged !== null) {
          throw new ReplayConflict(
            `rows of ${freshChanged.replace(/_/g, ' ')} it added were changed or removed outside this session's history since`,
          );
        }
        const changes = cachedStatement<ChangeRow>(
          store,
          'SELECT table_name, row_id, before, after FROM history_changes WHERE step_id = ? ORDER BY id',
        ).all(step.id);
        const ordered = undo ? changes.reverse() : changes;
        const expected = new Map<string, ChangeRow>();
        for (const change of ordered) {
          const key = `${change.table_name}:${change.row_id}`;
          if (!expected.has(key)) expected.set(key, change);
        }
        for (const change of expected.values()) {
          const image = undo ? change.after : change.before;
          if (tableOf(change).image(change.row_id) !== image) {
            throw new ReplayConflict(`${rowName(change)} was changed outside this session's history since`);
          }
        }
        const changed = whileCapturing(ctx, () => {
          for (const change of ordered) {
            const image = undo ? change.before : change.after;
            if (image === null) tableOf(change).remove(change.row_id);
            else tableOf(change).restore(image);
          }
        });
        // Removing a row also changes, through the foreign keys, the rows that refer to it: a
        // mention another session linked to an entry this step created would be unlinked, and
        // redo would not link it again.
        const beyondStep = changed.find((row) => !expected.has(`${row.table_name}:${row.row_id}`));
        if (beyondStep) {
          throw new ReplayConflict(
            `${rowName(beyondStep)} was made to refer to a row it would remove, outside this session's history`,
          );
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
          ? `a row it needs was removed or taken outside this session's history (${error.message})`
          : undefined;
    if (reason === undefined) throw error;
    cachedStatement(
      store,
      undo
        ? `DELETE FROM history_steps WHERE session_id = ? AND state = 'done' AND id <= ?`
        : `DELETE FROM history_steps WHERE session_id = ? AND state = 'undone' AND id >= ?`,
    ).run(ctx.sessionId, step.id);
    throw new PasserelleError(
      'conflict',
      `The ${undo ? 'last' : 'next'} step cannot be ${undo ? 'undone' : 'redone'} any more: ${reason}. ` +
        `Nothing was changed, and the ${undo ? 'undo' : 'redo'} history up to it was cleared.`,
      { detail: undo ? 'undo' : 'redo' },
    );
  }
  return {
    message: storedHistoryMessage(step.message_key, step.message_params),
    articleIds: JSON.parse(step.article_ids) as number[],
    state: historyState(ctx),
  };
}

/// A row of a tracked table as messages name it: "annotations row 7".
function rowName(row: { readonly table_name: string; readonly row_id: number }): string {
  return `${row.table_name.replace(/_/g, ' ')} row ${row.row_id}`;
}

/// Runs `replay` with this connection's capture triggers on, into a step of its own that is gone
/// again before the transaction ends, and answers which rows of the tracked tables it changed,
/// those changed through a foreign key's ON DELETE action included.
function whileCapturing(ctx: CoreContext, replay: () => void): { table_name: string; row_id: number }[] {
  const { store } = ctx;
  const captureStep = Number(
    cachedStatement(
      store,
      `INSERT INTO history_steps (session_id, message_key, created_at) VALUES (?, '', ?)`,
    ).run(ctx.sessionId, ctx.now().toISOString()).lastInsertRowid,
  );
  cachedStatement(store, 'INSERT INTO history_capture (step_id) VALUES (?)').run(captureStep);
  try {
    replay();
  } finally {
    cachedStatement(store, 'DELETE FROM history_capture').run();
  }
  const changed = cachedStatement(
    store,
    'SELECT DISTINCT table_name, row_id FROM history_changes WHERE step_id = ?',
  ).all(captureStep) as { table_name: string; row_id: number }[];
  cachedStatement(store, 'DELETE FROM history_steps WHERE id = ?').run(captureStep);
  return changed;
}

function isConstraintError(error: unknown): error is Error {
  if (!(error instanceof Error) || !('code' in error)) return false;
  return typeof error.code === 'string' && error.code.startsWith('SQLITE_CONSTRAINT');
}
