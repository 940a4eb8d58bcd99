import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HistoryMessage } from '../../../shared/historyMessages';
import { coreContext } from '../coreContext';
import { dispatch } from '../dispatch';
import { historyMessageText } from '../testing/historyMessageText';
import { migrations } from './migrations';
import { openStore, type Store } from './openStore';

const session = 'session-before-the-upgrade';
const place = { key: 'place', nameEn: 'Place', nameFr: 'Lieu' };
const person = { key: 'person', nameEn: 'Person', nameFr: 'Personne' };

/// A workspace at schema 3, as the version before message keys left it.
function workspaceAtVersion3(file: string): Store {
  const db = new Database(file);
  for (const migration of migrations.slice(0, 3)) {
    if (typeof migration !== 'string') throw new Error('The first three migrations are SQL.');
    db.exec(migration);
  }
  db.pragma('user_version = 3');
  return db;
}

/// The JSON image of a row, as schema 3's capture triggers wrote it into history_changes.
function rowImage(db: Store, table: string, id: number): string {
  const columns = (db.pragma(`table_info(${table})`) as { name: string }[]).map((column) => column.name);
  return db
    .prepare(
      `SELECT json_object(${columns.map((c) => `'${c}', "${c}"`).join(', ')}) FROM ${table} WHERE id = ?`,
    )
    .pluck()
    .get(id) as string;
}

/// Stores a step with an old English description, and one change to `table` when given.
function oldStep(db: Store, description: string, state = 'done', table?: string): number {
  const id = Number(
    db
      .prepare(`INSERT INTO history_steps (session_id, description, state, created_at) VALUES (?, ?, ?, ?)`)
      .run(session, description, state, new Date().toISOString()).lastInsertRowid,
  );
  if (table) {
    db.prepare(
      `INSERT INTO history_changes (step_id, table_name, row_id, before, after) VALUES (?, ?, 1, '{}', '{}')`,
    ).run(id, table);
  }
  return id;
}

describe('migration 4: history messages', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'passerelle-migration-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads every old English description back into its message, keeping the rest as legacy text', () => {
    const file = join(dir, 'workspace.sqlite');
    const db = workspaceAtVersion3(file);
    // Wordings exactly as schema 3's recordAction calls built them.
    const conversions: [description: string, message: HistoryMessage, table?: string][] = [
      ['Mark “Pékin” as Place', { key: 'history.step.mark', params: { quote: 'Pékin', label: place } }],
      [
        'Mark all “Pékin” as Place',
        { key: 'history.step.markAll', params: { quote: 'Pékin', label: place } },
      ],
      ['Relabel “Xi” as Person', { key: 'history.step.relabel', params: { quote: 'Xi', label: person } }],
      ['Accept “Pékin” as Place', { key: 'history.step.accept', params: { quote: 'Pékin', label: place } }],
      ['Link “Pekin” to “Pékin”', { key: 'history.step.link', params: { quote: 'Pekin', term: 'Pékin' } }],
      ['Link “Pekin” to a new entry', { key: 'history.step.linkNew', params: { quote: 'Pekin' } }],
      ['Unlink “Pekin” from the glossary', { key: 'history.step.unlink', params: { quote: 'Pekin' } }],
      ['Edit “Pekin”', { key: 'history.step.editAnnotation', params: { quote: 'Pekin' } }, 'annotations'],
      ['Edit “Pékin”', { key: 'history.step.editEntry', params: { term: 'Pékin' } }, 'glossary_entries'],
      ['Delete “Alibaba”', { key: 'history.step.deleteAnnotation', params: { quote: 'Alibaba' } }],
      ['Accept 1 suggestion', { key: 'history.step.acceptAll', params: { count: 1 } }],
      ['Accept 3 suggestions', { key: 'history.step.acceptAll', params: { count: 3 } }],
      [
        'Accept 2 suggestions of “Pékin”',
        { key: 'history.step.acceptAllOfEntry', params: { count: 2, term: 'Pékin' } },
      ],
      ['Reject 4 suggestions', { key: 'history.step.rejectAll', params: { count: 4 } }],
      [
        'Reject 1 suggestion of “Pékin”',
        { key: 'history.step.rejectAllOfEntry', params: { count: 1, term: 'Pékin' } },
      ],
      ['Reject the suggestion “Pékin”', { key: 'history.step.reject', params: { quote: 'Pékin' } }],
      [
        'Reject “Pekin” as “Pékin”',
        { key: 'history.step.rejectAs', params: { quote: 'Pekin', term: 'Pékin' } },
      ],
      ['Add “Pékin” to the glossary', { key: 'history.step.addEntry', params: { term: 'Pékin' } }],
      ['Delete “Pékin” from the glossary', { key: 'history.step.deleteEntry', params: { term: 'Pékin' } }],
      [
        'Merge “Pekin” into “Pékin”',
        { key: 'history.step.merge', params: { source: 'Pekin', target: 'Pékin' } },
      ],
      [
        'Split a mention of “Pékin” into “Pekin”',
        { key: 'history.step.split', params: { count: 1, term: 'Pékin', newTerm: 'Pekin' } },
      ],
      [
        'Split 3 mentions of “Pékin” into “Pekin”',
        { key: 'history.step.split', params: { count: 3, term: 'Pékin', newTerm: 'Pekin' } },
      ],
      ['Add label “Person”', { key: 'history.step.addLabel', params: { label: person } }],
      ['Edit label “Place”', { key: 'history.step.editLabel', params: { label: place } }],
      ['Reorder labels', { key: 'history.step.reorderLabels', params: {} }],
      ['Delete label “Place”', { key: 'history.step.deleteLabel', params: { label: place } }],
      [
        'Delete article “Pékin, “capitale” du nord”',
        { key: 'history.step.deleteArticle', params: { title: 'Pékin, “capitale” du nord' } },
      ],
      // A label renamed or deleted since, and wordings no version wrote, stay as they were.
      ['Mark “Pékin” as Planet', { key: 'history.step.legacy', params: { text: 'Mark “Pékin” as Planet' } }],
      ['Edit label “People”', { key: 'history.step.legacy', params: { text: 'Edit label “People”' } }],
      ['Import 3 articles', { key: 'history.step.legacy', params: { text: 'Import 3 articles' } }],
    ];
    const ids = conversions.map(([description, , table]) => oldStep(db, description, 'done', table));
    db.close();

    const store = openStore(file);
    try {
      expect(store.pragma('user_version', { simple: true })).toBe(migrations.length);
      const columns = (store.pragma('table_info(history_steps)') as { name: string }[]).map((c) => c.name);
      expect(columns).toContain('message_key');
      expect(columns).not.toContain('description');
      const read = store.prepare('SELECT message_key, message_params FROM history_steps WHERE id = ?');
      const converted = ids.map((id) => {
        const row = read.get(id) as { message_key: string; message_params: string };
        return { key: row.message_key, params: JSON.parse(row.message_params) as unknown };
      });
      expect(converted).toEqual(conversions.map(([, message]) => message));
      // Read back in English, every converted step says what it said before.
      expect(conversions.map(([, message]) => historyMessageText(message, 'en'))).toEqual(
        conversions.map(([description]) => description),
      );
    } finally {
      store.close();
    }
  });

  it('keeps an old step undoable in its session, now worded in the UI language', async () => {
    const file = join(dir, 'workspace.sqlite');
    const db = workspaceAtVersion3(file);
    const now = new Date().toISOString();
    const text = 'Pékin accueille Alibaba.';
    const doc = JSON.stringify({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
    });
    const articleId = Number(
      db
        .prepare(`INSERT INTO articles (title, content_hash, doc, text, imported_at) VALUES (?, ?, ?, ?, ?)`)
        .run('Pékin', 'hash', doc, text, now).lastInsertRowid,
    );
    // Marking "Pékin" as schema 3 recorded it: the draft entry and the annotation it created.
    const stepId = oldStep(db, 'Mark “Pékin” as Place');
    const entryId = Number(
      db
        .prepare(
          `INSERT INTO glossary_entries (label, french_term, french_key, match_keys, source_article_id, created_at, updated_at)
           VALUES ('place', 'Pékin', 'pekin', char(10) || 'pekin' || char(10), ?, ?, ?)`,
        )
        .run(articleId, now, now).lastInsertRowid,
    );
    const annotationId = Number(
      db
        .prepare(
          `INSERT INTO annotations (article_id, start, end, kind, label, quote, prefix, suffix, glossary_entry_id, created_at)
           VALUES (?, 0, 5, 'entity', 'place', 'Pékin', '', ' accueille Alibaba.', ?, ?)`,
        )
        .run(articleId, entryId, now).lastInsertRowid,
    );
    const change = db.prepare(
      `INSERT INTO history_changes (step_id, table_name, row_id, before, after) VALUES (?, ?, ?, NULL, ?)`,
    );
    change.run(stepId, 'glossary_entries', entryId, rowImage(db, 'glossary_entries', entryId));
    change.run(stepId, 'annotations', annotationId, rowImage(db, 'annotations', annotationId));
    db.prepare('UPDATE history_steps SET article_ids = ? WHERE id = ?').run(
      JSON.stringify([articleId]),
      stepId,
    );
    db.close();

    const ctx = coreContext(openStore(file), session);
    try {
      const mark: HistoryMessage = { key: 'history.step.mark', params: { quote: 'Pékin', label: place } };
      const state = await dispatch(ctx, 'history.state', {});
      expect(state).toEqual({
        canUndo: true,
        canRedo: false,
        undoMessage: mark,
        redoMessage: null,
        undoAuthor: null,
        redoAuthor: null,
      });
      expect(historyMessageText(mark, 'fr')).toBe('Marquer « Pékin » comme Lieu');

      const undone = await dispatch(ctx, 'history.undo', {});
      expect(undone).toMatchObject({ message: mark, articleIds: [articleId] });
      expect(await dispatch(ctx, 'annotations.list', { articleId })).toEqual([]);
      expect(await dispatch(ctx, 'glossary.list', {})).toEqual([]);
      await dispatch(ctx, 'history.redo', {});
      expect(await dispatch(ctx, 'annotations.list', { articleId })).toMatchObject([
        { id: annotationId, quote: 'Pékin', glossaryEntryId: entryId },
      ]);
    } finally {
      ctx.store.close();
    }
  });
});
