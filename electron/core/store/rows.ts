import { PasserelleError } from '../../../shared/errors';
import type { Store } from './openStore';

/// The first row `sql` selects with `params`, typed as `T`, or undefined when it selects none.
export function oneRow<T>(store: Store, sql: string, ...params: unknown[]): T | undefined {
  return store.prepare<unknown[], T>(sql).get(...params);
}

/// The row `sql` selects for `id` (its one parameter), or a `not_found` error saying there is
/// no `thing` with that id ("There is no annotation 7.").
export function rowById<T>(store: Store, thing: string, sql: string, id: number): T {
  const row = store.prepare<[number], T>(sql).get(id);
  if (row === undefined) throw new PasserelleError('not_found', `There is no ${thing} ${id}.`);
  return row;
}

/// The number a `SELECT count(*) …` query answers for `params`.
export function countRows(store: Store, sql: string, ...params: unknown[]): number {
  return (
    store
      .prepare<unknown[], number>(sql)
      .pluck()
      .get(...params) ?? 0
  );
}
