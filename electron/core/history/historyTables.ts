import type { Store } from '../store/openStore';
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
  /// Records every row whose id is `firstId` or more as inserted by step `stepId`, with the image
  /// the insert trigger would have taken of it as it is now, in id order: one statement for all of
  /// them (see `recordAction`'s `bulkInserts`).
  readonly captureFresh: (stepId: number, firstId: number) => void;
  /// Whether the table's rows belong to an article through an `article_id` column.
  readonly hasArticleId: boolean;
}

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
  // While a bulk action runs (recordAction's `bulkInserts`), the first id its new rows of each
  // table take: the triggers leave those rows alone, and they are captured once at the end.
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
    const fresh = store.prepare(
      `INSERT INTO history_changes (step_id, table_name, row_id, before, after)
       SELECT ?, '${name}', id, NULL, ${image(name)} FROM main.${name} WHERE id >= ? ORDER BY id`,
    );
    tables.set(name, {
      name,
      image: (rowId) => (read.get(rowId) as string | undefined) ?? null,
      restore: (json) => void write.run(json),
      remove: (rowId) => void erase.run(rowId),
      nextId: () => next.get() as number,
      captureFresh: (stepId, firstId) => void fresh.run(stepId, firstId),
      hasArticleId: columns.includes('article_id'),
    });
  }
  return tables;
}
