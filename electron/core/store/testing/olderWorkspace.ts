import Database from 'better-sqlite3';
import { migrations } from '../migrations';

/// A workspace file as the code of an earlier release left it: the first `version` migrations
/// applied, `user_version` set, for a migration test to fill with that release's rows.
export function workspaceAtVersion(file: string, version: number): Database.Database {
  const db = new Database(file);
  db.pragma('foreign_keys = ON');
  for (const migration of migrations.slice(0, version)) {
    if (typeof migration === 'string') db.exec(migration);
    else migration(db);
  }
  db.pragma(`user_version = ${version}`);
  return db;
}

/// Inserts an article of one paragraph as those releases stored it; answers its id.
export function insertParagraphArticle(db: Database.Database, title: string, text: string): number {
  const doc = JSON.stringify({
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
  });
  return Number(
    db
      .prepare(
        `INSERT INTO articles (title, content_hash, doc, text, imported_at) VALUES (?, 'hash', ?, ?, ?)`,
      )
      .run(title, doc, text, new Date().toISOString()).lastInsertRowid,
  );
}
