import { createHash, type Hash } from 'node:crypto';
import type { Store } from '../store/openStore';
import { cachedStatement } from '../store/rows';
import { trackedTables, type TrackedTable } from './trackedTables';

/// How undo and redo read and write one tracked table's rows as JSON images (`{column: value}`).
export interface HistoryTable {
  readonly name: TrackedTable;
  /// The row's current image, or null when there is no such row.
  readonly image: (rowId: number) => string | null;
  /// Puts a row back exactly as `image` describes it, inserting or updating by id.
  readonly restore: (image: string) => void;
  /// Deletes the row, if present.
  readonly remove: (rowId: number) => void;
  /// The id every row inserted from now on will have at least (one past the highest id), for
  /// `captureFresh`.
  readonly nextId: () => number;
  /// Records every row whose id is `firstId` or more as inserted by step `stepId` in one change of
  /// its own, a range (`FreshRange`): their ids, count and a digest of their images, not the
  /// images (see `recordAction`'s `bulkInserts`). Nothing when there are none.
  readonly recordFresh: (stepId: number, firstId: number) => void;
  /// Whether the rows of `range` are all there, exactly as they were when it was recorded.
  readonly freshUnchanged: (range: FreshRange) => boolean;
  /// Records the rows of `range` as inserted by step `stepId`, one change per row with its image
  /// as it is now, in id order.
  readonly expandFresh: (stepId: number, range: FreshRange) => void;
  /// Whether the table's rows belong to an article through an `article_id` column.
  readonly hasArticleId: boolean;
}

/// The new rows of one table a bulk action inserted, as its step records them until it is undone.
export interface FreshRange {
  readonly first: number;
  readonly last: number;
  readonly count: number;
  readonly digest: string;
}

/// The key of a change's `after` that marks it as a `FreshRange`: never a column's name, so no
/// row image (its columns' names as keys) starts as a range does.
const freshRangeKey = '$fresh';
const freshRangeStart = `{"${freshRangeKey}":`;

const prepared = new WeakMap<Store, ReadonlyMap<string, HistoryTable>>();
// The statements that (re)create each tracked table's insert trigger, by connection.
const insertCapture = new WeakMap<Store, readonly string[]>();

/// Runs `action` with this connection's insert triggers dropped, and puts them back after (also
/// when it throws): a bulk action's new rows are left to `captureFresh` anyway, and each insert
/// would otherwise evaluate its trigger's condition, a third of the cost of a dataset import's
/// inserts. Only for an action that inserts no row with a chosen id below a table's highest.
export function withoutInsertCapture<T>(store: Store, action: () => T): T {
  historyTables(store);
  const triggers = insertCapture.get(store) ?? [];
  store.exec(trackedTables.map((name) => `DROP TRIGGER IF EXISTS temp.history_${name}_insert;`).join('\n'));
  try {
    return action();
  } finally {
    store.exec(triggers.join('\n'));
  }
}

/// The tracked tables of `store`, ready for replay. The first call on a connection also installs
/// its capture triggers: TEMP triggers, so they exist only on this connection (other processes
/// writing to the same file are never captured or slowed), built from the columns the tables
/// have now, so a column added by a later migration is captured too.
export function historyTables(store: Store): ReadonlyMap<string, HistoryTable> {
  let tables = prepared.get(store);
  if (!tables) {
    const insertTriggers: string[] = [];
    tables = prepare(store, insertTriggers);
    prepared.set(store, tables);
    insertCapture.set(store, insertTriggers);
  }
  return tables;
}

function prepare(store: Store, insertTriggers: string[]): ReadonlyMap<string, HistoryTable> {
  // While recordAction runs, this holds the id of the step being recorded; empty otherwise.
  store.exec('CREATE TEMP TABLE IF NOT EXISTS history_capture (step_id INTEGER NOT NULL)');
  // A digest of row images in the order given, for a bulk action's new rows (`FreshRange`).
  store.aggregate('history_digest', {
    start: () => createHash('sha256'),
    // The images are json_object's text; better-sqlite3's types give `next` the accumulator's type.
    step: (hash: Hash, image: unknown) =>
      hash.update(typeof image === 'string' ? image : 'NULL').update('\u001e'),
    result: (hash: Hash) => hash.digest('base64'),
  });
  // While a bulk action runs (recordAction's `bulkInserts`), the first id its new rows of each
  // table take: the triggers leave those rows alone, and they are recorded as ranges at the end.
  store.exec(
    'CREATE TEMP TABLE IF NOT EXISTS history_fresh (table_name TEXT PRIMARY KEY, first_id INTEGER NOT NULL)',
  );
  const tables = new Map<string, HistoryTable>();
  for (const name of trackedTables) {
    const columns = (store.pragma(`table_info(${name})`) as { name: string }[]).map((column) => column.name);
    if (!columns.includes('id')) throw new Error(`The table ${name} has no id column to record history by.`);
    const image = (row: string): string =>
      `json_object(${columns.map((column) => `'${column}', ${row}."${column}"`).join(', ')})`;
    const capture = (
      event: 'INSERT' | 'UPDATE' | 'DELETE',
      rowId: string,
      before: string,
      after: string,
    ): string => `
      CREATE TEMP TRIGGER history_${name}_${event.toLowerCase()} AFTER ${event} ON main.${name}
      WHEN EXISTS (SELECT 1 FROM history_capture)
        AND NOT EXISTS (SELECT 1 FROM history_fresh WHERE table_name = '${name}' AND ${rowId} >= first_id)
      BEGIN
        INSERT INTO history_changes (step_id, table_name, row_id, before, after)
          SELECT step_id, '${name}', ${rowId}, ${before}, ${after} FROM history_capture;
      END;`;
    const insertTrigger = `DROP TRIGGER IF EXISTS temp.history_${name}_insert;
      ${capture('INSERT', 'NEW.id', 'NULL', image('NEW'))}`;
    insertTriggers.push(insertTrigger);
    store.exec(`
      ${insertTrigger}
      DROP TRIGGER IF EXISTS temp.history_${name}_update;
      DROP TRIGGER IF EXISTS temp.history_${name}_delete;
      ${capture('UPDATE', 'NEW.id', image('OLD'), image('NEW'))}
      ${capture('DELETE', 'OLD.id', image('OLD'), 'NULL')}
    `);
    const read = store.prepare(`SELECT ${image(name)} AS image FROM main.${name} WHERE id = ?`).pluck();
    const list = columns.map((column) => `"${column}"`).join(', ');
    // Upsert, never INSERT OR REPLACE: a replace deletes first, which would fire ON DELETE
    // actions (SET NULL, CASCADE) on the rows that reference this one.
    const write = store.prepare(
      `WITH image(json) AS (SELECT ?)
       INSERT INTO main.${name} (${list})
       SELECT ${columns.map((column) => `json_extract(json, '$."${column}"')`).join(', ')} FROM image WHERE true
       ON CONFLICT(id) DO UPDATE SET ${columns
         .filter((column) => column !== 'id')
         .map((column) => `"${column}" = excluded."${column}"`)
         .join(', ')}`,
    );
    const erase = store.prepare(`DELETE FROM main.${name} WHERE id = ?`);
    const next = store.prepare(`SELECT coalesce(max(id), 0) + 1 FROM main.${name}`).pluck();
    // The rows of a range, read in id order (the rowid order of a range scan) by both statements.
    const fresh = `SELECT id, ${image(name)} AS image FROM main.${name} WHERE id >= @first AND id <= @last`;
    const record = store.prepare(
      `INSERT INTO history_changes (step_id, table_name, row_id, before, after)
       SELECT @step, '${name}', min(id), NULL, json_object('${freshRangeKey}',
           json_object('last', max(id), 'count', count(*), 'digest', history_digest(image)))
         FROM (${fresh}) HAVING count(*) > 0`,
    );
    const check = store.prepare(`SELECT count(*) AS count, history_digest(image) AS digest FROM (${fresh})`);
    const expand = store.prepare(
      `INSERT INTO history_changes (step_id, table_name, row_id, before, after)
       SELECT @step, '${name}', id, NULL, image FROM (${fresh}) ORDER BY id`,
    );
    tables.set(name, {
      name,
      image: (rowId) => (read.get(rowId) as string | undefined) ?? null,
      restore: (json) => void write.run(json),
      remove: (rowId) => void erase.run(rowId),
      nextId: () => next.get() as number,
      recordFresh: (stepId, firstId) =>
        void record.run({ step: stepId, first: firstId, last: Number.MAX_SAFE_INTEGER }),
      freshUnchanged: (range) => {
        const now = check.get({ first: range.first, last: range.last }) as {
          count: number;
          digest: string | null;
        };
        return now.count === range.count && now.digest === range.digest;
      },
      expandFresh: (stepId, range) => void expand.run({ step: stepId, first: range.first, last: range.last }),
      hasArticleId: columns.includes('article_id'),
    });
  }
  return tables;
}

/// Before step `stepId` is undone: replaces the ranges a bulk action recorded of its new rows
/// (`recordFresh`) by one change per row with its image, table by table in the order the ranges
/// were recorded (`trackedTables` order), ahead of the step's other changes, which move after
/// them in their order: undo then puts the older rows back before it deletes the new ones they
/// may refer to, and redo inserts the new rows first. Answers the name of a table whose new rows
/// are no longer as the step left them (changed or removed since, outside this session's
/// history), writing nothing then; null when all were expanded (or the step has no ranges).
export function expandFreshRanges(store: Store, stepId: number): string | null {
  const tables = historyTables(store);
  const ranges = cachedStatement<{ id: number; table_name: string; row_id: number; range: string }>(
    store,
    `SELECT id, table_name, row_id, json_extract(after, '$."${freshRangeKey}"') AS range FROM history_changes
       WHERE step_id = ? AND before IS NULL
         AND substr(after, 1, ${freshRangeStart.length}) = '${freshRangeStart}' ORDER BY id`,
  ).all(stepId);
  if (ranges.length === 0) return null;
  const read = ranges.map((row) => {
    const { last, count, digest } = JSON.parse(row.range) as Omit<FreshRange, 'first'>;
    return {
      change: row.id,
      name: row.table_name,
      table: tables.get(row.table_name),
      range: { first: row.row_id, last, count, digest },
    };
  });
  const changed = read.find(({ table, range }) => table === undefined || !table.freshUnchanged(range));
  if (changed !== undefined) return changed.name;
  const { before } = cachedStatement<{ before: number }>(
    store,
    'SELECT max(id) AS before FROM history_changes WHERE step_id = ?',
  ).get(stepId) ?? { before: 0 };
  const removeChange = cachedStatement(store, 'DELETE FROM history_changes WHERE id = ?');
  for (const { change, table, range } of read) {
    removeChange.run(change);
    table?.expandFresh(stepId, range);
  }
  cachedStatement(
    store,
    `INSERT INTO history_changes (step_id, table_name, row_id, before, after)
     SELECT step_id, table_name, row_id, before, after FROM history_changes
       WHERE step_id = ? AND id <= ? ORDER BY id`,
  ).run(stepId, before);
  cachedStatement(store, 'DELETE FROM history_changes WHERE step_id = ? AND id <= ?').run(stepId, before);
  return null;
}
