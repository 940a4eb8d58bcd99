import type { Statement } from 'better-sqlite3';
import { PasserelleError } from '../../../shared/errors';
import type { Store } from './openStore';

/// Each connection's statements by SQL text: preparing one again costs more than running it
/// (one that fires the history triggers, milliseconds), and the hot paths run the same few.
const statements = new WeakMap<Store, Map<string, Statement<unknown[], unknown>>>();

/// The statement for `sql` on `store`, prepared on first use and kept for the connection's life.
/// Only for fixed SQL text (never text built from values), in the default row mode: callers
/// that switch a statement to `pluck` or `raw` prepare their own.
export function cachedStatement<Row = unknown>(store: Store, sql: string): Statement<unknown[], Row> {
  let prepared = statements.get(store);
  if (!prepared) {
    prepared = new Map();
    statements.set(store, prepared);
  }
  let statement = prepared.get(sql);
  if (!statement) {
    statement = store.prepare<unknown[], unknown>(sql);
    prepared.set(sql, statement);
  }
  return statement as Statement<unknown[], Row>;
}

/// The first row `sql` selects with `params`, typed as `T`, or undefined when it selects none.
export function oneRow<T>(store: Store, sql: string, ...params: unknown[]): T | undefined {
  return cachedStatement<T>(store, sql).get(...params);
}

/// The row `sql` selects for `id` (its one parameter), or a `not_found` error saying there is
/// no `thing` with that id ("There is no annotation 7.").
export function rowById<T>(store: Store, thing: string, sql: string, id: number): T {
  const row = cachedStatement<T>(store, sql).get(id);
  if (row === undefined) throw new PasserelleError('not_found', `There is no ${thing} ${id}.`);
  return row;
}

/// The number a `SELECT count(*) …` query answers for `params`.
export function countRows(store: Store, sql: string, ...params: unknown[]): number {
  const row = cachedStatement<Record<string, number>>(store, sql).get(...params);
  return row ? (Object.values(row)[0] ?? 0) : 0;
}
