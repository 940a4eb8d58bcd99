import type { HistoryMessage } from '../../../shared/historyMessages';
import type { CoreContext } from '../coreContext';
import type { Store } from '../store/openStore';
import { historyTables, withoutInsertCapture, type HistoryTable } from './historyTables';
import { cachedStatement } from '../store/rows';
import { currentAuthor } from '../workspace/currentAuthor';

/// How many steps a session keeps; older ones can no longer be undone.
export const maxStepsPerSession = 200;

/// How long the steps of other sessions (earlier runs of the app) are kept, in milliseconds.
const otherSessionsKeptFor = 2 * 24 * 60 * 60 * 1000;

const recording = new WeakSet<Store>();

/// How `recordAction` records an action.
export interface RecordOptions {
  /// For an action that adds many rows (a dataset import): the rows it inserts are recorded once
  /// it ends, one range per table (their ids, count and a digest of their images) instead of an
  /// image per row; its changes to rows that existed before are recorded row by row as ever. When
  /// the step is undone, the digest tells whether another process changed its new rows since
  /// (undo then refuses, as it does for any row), and the ranges become the images the row-by-row
  /// triggers would have taken of the rows, so undo deletes them and redo puts them back exactly
  /// (`expandFreshRanges`). The action must not insert rows with chosen ids below a table's
  /// highest (none of its rows does).
  readonly bulkInserts?: boolean;
}

/// Runs `action` in one write transaction, begun IMMEDIATE so that what it reads (is this span
/// marked already?) is the latest state of the workspace and no other process can write before
/// it commits, and records every change it makes to articles, labels,
/// glossary entries, annotations and suggestion rejections as one undo step of the context's
/// session, saying what it does as a message key and parameters that the UI translates (from the
/// result when `message` is a function) and who did it (`currentAuthor`). A new step discards the session's undone steps, so
/// nothing undone can come back. An action that changes nothing records nothing; one called
/// inside another joins the outer step (and is recorded the outer step's way).
export function recordAction<T>(
  ctx: CoreContext,
  message: HistoryMessage | ((result: T) => HistoryMessage),
  action: () => T,
  options: RecordOptions = {},
): T {
  const { store } = ctx;
  if (recording.has(store)) return action();
  const tables = historyTables(store);
  return store
    .transaction(() => {
      const now = ctx.now();
      const stepId = Number(
        cachedStatement(
          store,
          `INSERT INTO history_steps (session_id, message_key, author, created_at) VALUES (?, '', ?, ?)`,
        ).run(ctx.sessionId, currentAuthor(ctx), now.toISOString()).lastInsertRowid,
      );
      cachedStatement(store, 'INSERT INTO history_capture (step_id) VALUES (?)').run(stepId);
      const fresh = options.bulkInserts === true ? startFresh(store, tables) : null;
      recording.add(store);
      let result: T;
      // The articles of a bulk action's new rows.
      let touched: readonly number[] = [];
      try {
        result = fresh === null ? action() : withoutInsertCapture(store, action);
        if (fresh !== null) touched = captureFresh(store, tables, stepId, fresh);
      } finally {
        recording.delete(store);
        cachedStatement(store, 'DELETE FROM history_capture').run();
        cachedStatement(store, 'DELETE FROM history_fresh').run();
      }
      const changed = cachedStatement(store, 'SELECT 1 FROM history_changes WHERE step_id = ? LIMIT 1').get(
        stepId,
      );
      if (changed === undefined) {
        cachedStatement(store, 'DELETE FROM history_steps WHERE id = ?').run(stepId);
        return result;
      }
      const said = typeof message === 'function' ? message(result) : message;
      cachedStatement(
        store,
        'UPDATE history_steps SET message_key = ?, message_params = ?, article_ids = ? WHERE id = ?',
      ).run(
        said.key,
        JSON.stringify(said.params),
        JSON.stringify(touchedArticles(store, stepId, touched)),
        stepId,
      );
      cachedStatement(store, `DELETE FROM history_steps WHERE session_id = ? AND state = 'undone'`).run(
        ctx.sessionId,
      );
      cachedStatement(
        store,
        `DELETE FROM history_steps WHERE session_id = @session AND id <
           (SELECT id FROM history_steps WHERE session_id = @session ORDER BY id DESC LIMIT 1 OFFSET @keep)`,
      ).run({ session: ctx.sessionId, keep: maxStepsPerSession - 1 });
      cachedStatement(store, 'DELETE FROM history_steps WHERE session_id <> ? AND created_at < ?').run(
        ctx.sessionId,
        new Date(now.getTime() - otherSessionsKeptFor).toISOString(),
      );
      return result;
    })
    .immediate();
}

/// The first id of each tracked table's rows to come, set for the triggers to leave those rows
/// to `captureFresh`.
function startFresh(store: Store, tables: ReadonlyMap<string, HistoryTable>): Map<string, number> {
  const firstIds = new Map<string, number>();
  for (const table of tables.values()) {
    const firstId = table.nextId();
    firstIds.set(table.name, firstId);
    cachedStatement(store, 'INSERT INTO history_fresh (table_name, first_id) VALUES (?, ?)').run(
      table.name,
      firstId,
    );
  }
  return firstIds;
}

/// Records the rows a bulk action inserted, one range per table (`HistoryTable.recordFresh`), and
/// answers the articles they belong to, read from the rows by their ids.
function captureFresh(
  store: Store,
  tables: ReadonlyMap<string, HistoryTable>,
  stepId: number,
  firstIds: ReadonlyMap<string, number>,
): number[] {
  const articleIds = freshArticleIds(store, tables, firstIds);
  for (const table of tables.values()) table.recordFresh(stepId, firstIds.get(table.name) ?? 0);
  return articleIds;
}

// The articles of the rows a bulk action inserted (ids from `firstIds` on): new articles, rows
// with an `article_id`, and claims through their annotations.
function freshArticleIds(
  store: Store,
  tables: ReadonlyMap<string, HistoryTable>,
  firstIds: ReadonlyMap<string, number>,
): number[] {
  const selects = [...tables.values()].flatMap((table): string[] => {
    const from = firstIds.get(table.name) ?? 0;
    if (table.name === 'articles') return [`SELECT id AS article_id FROM main.articles WHERE id >= ${from}`];
    if (table.name === 'claims')
      return [
        `SELECT annotations.article_id FROM main.claims JOIN main.annotations ON annotations.id = claims.id
           WHERE claims.id >= ${from}`,
      ];
    return table.hasArticleId ? [`SELECT article_id FROM main.${table.name} WHERE id >= ${from}`] : [];
  });
  return store
    .prepare(`SELECT DISTINCT article_id FROM (${selects.join(' UNION ALL ')})`)
    .pluck()
    .all() as number[];
}

/// The articles a step's changes belong to: rows of the articles table themselves, rows holding
/// an `article_id`, and claim rows through their annotation (read in SQL, so a step of many large
/// article images is not parsed in JavaScript), with `fresh`, those of a bulk action's new rows
/// (whose ranges name no article but their first row's).
function touchedArticles(store: Store, stepId: number, fresh: readonly number[]): number[] {
  const rows = cachedStatement<{ article_id: number }>(
    store,
    `SELECT DISTINCT article_id FROM (
       SELECT row_id AS article_id FROM history_changes
         WHERE step_id = @step AND table_name = 'articles'
       UNION ALL
       SELECT json_extract(image, '$.article_id') FROM (
         SELECT before AS image FROM history_changes WHERE step_id = @step AND table_name <> 'articles'
         UNION ALL
         SELECT after FROM history_changes WHERE step_id = @step AND table_name <> 'articles')
       UNION ALL
       -- A claim row has no article of its own: it is its annotation's.
       SELECT annotations.article_id FROM history_changes
         JOIN annotations ON annotations.id = history_changes.row_id
         WHERE step_id = @step AND table_name = 'claims')
     WHERE typeof(article_id) = 'integer'`,
  ).all({ step: stepId });
  return [...new Set([...fresh, ...rows.map((row) => row.article_id)])].sort((a, b) => a - b);
}
