import { describe, expect, it } from 'vitest';
import { openStore } from './openStore';
import { cachedStatement, countRows, oneRow, rowById } from './rows';

function labelStore() {
  const store = openStore(':memory:');
  store.exec('DELETE FROM labels');
  store
    .prepare(
      "INSERT INTO labels (id, key, name_en, name_fr, colour, position) VALUES (7, 'place', 'Place', 'Lieu', '#000000', 0)",
    )
    .run();
  return store;
}

describe('row helpers', () => {
  it('reads the first row a query selects, or nothing', () => {
    const store = labelStore();
    expect(oneRow<{ name_en: string }>(store, 'SELECT name_en FROM labels WHERE key = ?', 'place')).toEqual({
      name_en: 'Place',
    });
    expect(oneRow(store, 'SELECT name_en FROM labels WHERE key = ?', 'planet')).toBeUndefined();
  });

  it('reads a row by id, or answers not_found naming the thing and the id', () => {
    const store = labelStore();
    expect(rowById<{ key: string }>(store, 'label', 'SELECT key FROM labels WHERE id = ?', 7)).toEqual({
      key: 'place',
    });
    expect(() => rowById(store, 'label', 'SELECT key FROM labels WHERE id = ?', 8)).toThrow(
      expect.objectContaining({ code: 'not_found', message: 'There is no label 8.' }),
    );
  });

  it('counts rows', () => {
    const store = labelStore();
    expect(countRows(store, 'SELECT count(*) FROM labels')).toBe(1);
    expect(countRows(store, 'SELECT count(*) FROM labels WHERE key = ?', 'planet')).toBe(0);
  });

  it('prepares a statement once per connection and SQL text', () => {
    const store = labelStore();
    const sql = 'SELECT key FROM labels WHERE id = ?';
    const statement = cachedStatement(store, sql);
    expect(cachedStatement(store, sql)).toBe(statement);
    expect(cachedStatement(labelStore(), sql)).not.toBe(statement);
    expect(cachedStatement(store, 'SELECT key FROM labels')).not.toBe(statement);
  });

  it('keeps answering after the schema changed under a kept statement', () => {
    const store = labelStore();
    expect(oneRow(store, 'SELECT * FROM labels WHERE id = ?', 7)).toMatchObject({ key: 'place' });
    store.exec('CREATE TEMP TRIGGER labels_touched AFTER UPDATE ON main.labels BEGIN SELECT 1; END');
    expect(oneRow(store, 'SELECT * FROM labels WHERE id = ?', 7)).toMatchObject({ key: 'place' });
  });
});
