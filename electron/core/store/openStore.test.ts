import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrations } from './migrations';
import { openStore } from './openStore';

const dirs: string[] = [];
function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'passerelle-store-'));
  dirs.push(dir);
  return join(dir, 'nested', 'workspace.sqlite');
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('openStore', () => {
  it('opens a new workspace with WAL, full sync, foreign keys and every migration applied', () => {
    const db = openStore(tempFile());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .pluck()
      .all();
    expect(tables).toEqual(expect.arrayContaining(['annotations', 'articles', 'glossary_entries']));
    db.close();
  });

  it('reopens an existing workspace without migrating it twice', () => {
    const file = tempFile();
    openStore(file).close();
    const db = openStore(file);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    db.close();
  });

  it('refuses a workspace written by a newer schema', () => {
    const file = tempFile();
    const db = openStore(file);
    db.pragma(`user_version = ${migrations.length + 1}`);
    db.close();
    expect(() => openStore(file)).toThrow(/newer Passerelle/);
  });
});
