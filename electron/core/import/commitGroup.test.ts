import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { storeInCommitGroup } from './commitGroup';

const folders: string[] = [];

// A workspace file and a second connection to it, which sees only what has been committed.
function openPair(): { db: Database.Database; reader: Database.Database } {
  const folder = mkdtempSync(join(tmpdir(), 'passerelle-commit-group-'));
  folders.push(folder);
  const db = new Database(join(folder, 'workspace.sqlite'));
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE articles (id INTEGER PRIMARY KEY, title TEXT NOT NULL)');
  return { db, reader: new Database(join(folder, 'workspace.sqlite'), { readonly: true }) };
}

const titles = (db: Database.Database) =>
  db.prepare('SELECT title FROM articles ORDER BY id').pluck().all() as string[];

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('storeInCommitGroup', () => {
  it('stores the articles asked for together in one transaction and answers once it committed', async () => {
    const { db, reader } = openPair();
    const seenByReader: string[][] = [];
    const store = (title: string) => () => {
      db.prepare('INSERT INTO articles (title) VALUES (?)').run(title);
      seenByReader.push(titles(reader));
      return { title, committed: titles(reader) };
    };
    const failed = (error: unknown) => ({ title: String(error), committed: [] });
    const outcomes = await Promise.all([
      storeInCommitGroup(db, store('un'), failed),
      storeInCommitGroup(db, store('deux'), failed),
      storeInCommitGroup(db, store('trois'), failed),
    ]);
    // Inside the group nothing is visible to another connection yet: one transaction, not three.
    expect(seenByReader).toEqual([[], [], []]);
    expect(outcomes.map((outcome) => outcome.title)).toEqual(['un', 'deux', 'trois']);
    expect(titles(reader)).toEqual(['un', 'deux', 'trois']);
    db.close();
    reader.close();
  });

  it('rolls back only the article that failed and reports it failed', async () => {
    const { db, reader } = openPair();
    const insert = (title: string) => db.prepare('INSERT INTO articles (title) VALUES (?)').run(title);
    const failed = (error: unknown) => `failed: ${error instanceof Error ? error.message : String(error)}`;
    const outcomes = await Promise.all([
      storeInCommitGroup(db, () => (insert('un'), 'un'), failed),
      storeInCommitGroup(
        db,
        () => {
          insert('à moitié');
          throw new Error('le second a échoué');
        },
        failed,
      ),
      storeInCommitGroup(db, () => (insert('trois'), 'trois'), failed),
    ]);
    expect(outcomes).toEqual(['un', 'failed: le second a échoué', 'trois']);
    expect(titles(reader)).toEqual(['un', 'trois']);
    db.close();
    reader.close();
  });

  it('reports every article of the group failed when the commit itself fails', async () => {
    const { db, reader } = openPair();
    const failed = (error: unknown) => `failed: ${error instanceof Error ? error.message : String(error)}`;
    const stored = [storeInCommitGroup(db, () => 'un', failed), storeInCommitGroup(db, () => 'deux', failed)];
    db.close();
    const outcomes = await Promise.all(stored);
    expect(outcomes).toEqual([expect.stringMatching(/^failed: /), expect.stringMatching(/^failed: /)]);
    reader.close();
  });

  it('starts a new group for what is asked after the previous group committed', async () => {
    const { db, reader } = openPair();
    const insert = (title: string) => () => {
      db.prepare('INSERT INTO articles (title) VALUES (?)').run(title);
      return titles(reader);
    };
    const failed = () => [];
    expect(await storeInCommitGroup(db, insert('un'), failed)).toEqual([]);
    // The first group committed before its outcome came, so the second one sees it.
    expect(await storeInCommitGroup(db, insert('deux'), failed)).toEqual(['un']);
    db.close();
    reader.close();
  });

  it('stores a burst of articles arriving one event-loop turn apart in a few commits, not one each', async () => {
    const { db, reader } = openPair();
    // Articles written in the same group see the same committed rows: one count per commit.
    const committedCounts = new Set<number>();
    const stored: Promise<string>[] = [];
    for (let index = 0; index < 50; index++) {
      stored.push(
        storeInCommitGroup(
          db,
          () => {
            committedCounts.add(titles(reader).length);
            db.prepare('INSERT INTO articles (title) VALUES (?)').run(`article ${index}`);
            return `article ${index}`;
          },
          String,
        ),
      );
      // As a worker's answers come: each in an event-loop turn of its own.
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(await Promise.all(stored)).toEqual(Array.from({ length: 50 }, (_, index) => `article ${index}`));
    expect(titles(reader)).toHaveLength(50);
    expect(committedCounts.size).toBeLessThan(10);
    db.close();
    reader.close();
  });
});
