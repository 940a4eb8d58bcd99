import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { coreContext } from '../coreContext';
import { dispatch } from '../dispatch';
import { migrations } from './migrations';
import { migrate, openStore } from './openStore';

function columnsOf(db: Database.Database, table: string): { name: string; notnull: number }[] {
  return db.pragma(`table_info(${table})`) as { name: string; notnull: number }[];
}

describe('migration 5: workspace settings and authors', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'passerelle-author-migration-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('adds the settings table and an author to entries and steps, leaving existing rows unknown', async () => {
    const file = join(dir, 'workspace.sqlite');
    const db = new Database(file);
    db.pragma('foreign_keys = ON');
    for (const migration of migrations.slice(0, 4)) {
      if (typeof migration === 'string') db.exec(migration);
      else migration(db);
    }
    db.pragma('user_version = 4');
    const now = new Date().toISOString();
    db.prepare(
      `INSERT INTO glossary_entries (label, french_term, french_key, match_keys, created_at, updated_at)
         VALUES ('place', 'Pékin', 'pekin', char(10) || 'pekin' || char(10), ?, ?)`,
    ).run(now, now);
    db.prepare(
      `INSERT INTO history_steps (session_id, message_key, message_params, created_at) VALUES ('old', 'history.step.legacy', '{"text":"x"}', ?)`,
    ).run(now);
    db.close();

    const store = openStore(file);
    try {
      expect(store.pragma('user_version', { simple: true })).toBe(migrations.length);
      expect(columnsOf(store, 'glossary_entries')).toContainEqual(
        expect.objectContaining({ name: 'author', notnull: 0 }),
      );
      expect(columnsOf(store, 'history_steps')).toContainEqual(
        expect.objectContaining({ name: 'author', notnull: 0 }),
      );
      expect(columnsOf(store, 'workspace_settings').map((column) => column.name)).toEqual(['key', 'value']);
      expect(store.prepare('SELECT author FROM glossary_entries').pluck().all()).toEqual([null]);
      expect(store.prepare('SELECT author FROM history_steps').pluck().all()).toEqual([null]);
      const ctx = coreContext(store);
      expect(await dispatch(ctx, 'glossary.list', {})).toMatchObject([{ frenchTerm: 'Pékin', author: null }]);
      expect(await dispatch(ctx, 'workspace.info', {})).toMatchObject({ author: null });
    } finally {
      store.close();
    }
  });

  it('keeps a settings table that already exists, with its values', () => {
    const db = new Database(':memory:');
    for (const migration of migrations.slice(0, 4)) {
      if (typeof migration === 'string') db.exec(migration);
      else migration(db);
    }
    db.pragma('user_version = 4');
    db.exec(`CREATE TABLE workspace_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      INSERT INTO workspace_settings VALUES ('author', 'Claire');`);
    migrate(db);
    expect(db.prepare(`SELECT value FROM workspace_settings WHERE key = 'author'`).pluck().get()).toBe(
      'Claire',
    );
    db.close();
  });
});
