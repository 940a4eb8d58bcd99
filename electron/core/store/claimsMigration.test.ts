import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { coreContext } from '../coreContext';
import { dispatch } from '../dispatch';
import { migrations } from './migrations';
import { insertParagraphArticle, workspaceAtVersion } from './testing/olderWorkspace';
import { openStore } from './openStore';

describe('migration 6: claims', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'passerelle-claims-migration-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('adds the claims table to a workspace made before claims, where its annotations stay and claims can be marked', async () => {
    const file = join(dir, 'workspace.sqlite');
    const db = workspaceAtVersion(file, 5);
    // What the code before claims stored: an article, a person linked to its entry.
    const text = 'Selon la presse, Jensen Huang a vendu 400 000 puces.';
    const now = new Date().toISOString();
    const articleId = insertParagraphArticle(db, 'Puces', text);
    const entryId = Number(
      db
        .prepare(
          `INSERT INTO glossary_entries (label, french_term, french_key, match_keys, created_at, updated_at)
             VALUES ('person', 'Jensen Huang', 'jensen huang', char(10) || 'jensen huang' || char(10), ?, ?)`,
        )
        .run(now, now).lastInsertRowid,
    );
    db.prepare(
      `INSERT INTO annotations (article_id, start, end, kind, label, quote, prefix, suffix, glossary_entry_id, created_at)
         VALUES (?, 17, 29, 'entity', 'person', 'Jensen Huang', '', '', ?, ?)`,
    ).run(articleId, entryId, now);
    db.close();

    const store = openStore(file);
    try {
      expect(store.pragma('user_version', { simple: true })).toBe(migrations.length);
      const ctx = coreContext(store);
      expect(await dispatch(ctx, 'claims.list', {})).toEqual([]);
      const claim = await dispatch(ctx, 'claims.create', { articleId, start: 17, end: 51 });
      expect(claim.claimant).toMatchObject({ kind: 'entry', frenchTerm: 'Jensen Huang' });
      expect(claim.quote).toBe('Jensen Huang a vendu 400 000 puces');
      await dispatch(ctx, 'history.undo', {});
      expect(await dispatch(ctx, 'annotations.list', { articleId })).toMatchObject([{ kind: 'entity' }]);
      expect(store.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(store.pragma('foreign_key_check')).toEqual([]);
    } finally {
      store.close();
    }
  });
});
