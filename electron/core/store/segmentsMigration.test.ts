import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { coreContext } from '../coreContext';
import { dispatch } from '../dispatch';
import { migrations } from './migrations';
import { insertParagraphArticle, workspaceAtVersion } from './testing/olderWorkspace';
import { openStore } from './openStore';

describe('migration 7: segments', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'passerelle-segments-migration-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('adds the segments table to a workspace made before translation, whose articles and claims stay and can be segmented', async () => {
    const file = join(dir, 'workspace.sqlite');
    const db = workspaceAtVersion(file, 6);
    // What the code before translation stored: an article with a claim.
    const text = 'Le ciel est bleu. Il pleut.';
    const now = new Date().toISOString();
    const articleId = insertParagraphArticle(db, 'Météo', text);
    const annotationId = Number(
      db
        .prepare(
          `INSERT INTO annotations (article_id, start, end, kind, label, quote, prefix, suffix, created_at)
             VALUES (?, 0, 16, 'claim', 'CLAIM', 'Le ciel est bleu', '', '', ?)`,
        )
        .run(articleId, now).lastInsertRowid,
    );
    db.prepare(`INSERT INTO claims (id, created_at, updated_at) VALUES (?, ?, ?)`).run(
      annotationId,
      now,
      now,
    );
    db.close();

    const store = openStore(file);
    try {
      expect(store.pragma('user_version', { simple: true })).toBe(migrations.length);
      const ctx = coreContext(store);
      expect(await dispatch(ctx, 'segments.list', { articleId })).toEqual([]);
      const segments = await dispatch(ctx, 'translation.segment', { articleId });
      expect(segments.map((segment) => segment.source)).toEqual(['Le ciel est bleu.', 'Il pleut.']);
      await dispatch(ctx, 'segments.update', {
        id: segments[1]!.id,
        target: 'It is raining.',
        status: 'translated',
      });
      await dispatch(ctx, 'history.undo', {});
      expect((await dispatch(ctx, 'segments.list', { articleId }))[1]).toMatchObject({
        target: '',
        status: 'new',
      });
      expect(await dispatch(ctx, 'claims.list', {})).toMatchObject([
        { annotationId, quote: 'Le ciel est bleu' },
      ]);
      // The new table refuses what its checks forbid, as the code relies on.
      expect(() =>
        store
          .prepare(
            `INSERT INTO segments (article_id, start, end, source_key, status, created_at, updated_at)
               VALUES (?, 0, 5, 'x', 'done', ?, ?)`,
          )
          .run(articleId, now, now),
      ).toThrow(/CHECK constraint failed/);
      expect(store.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(store.pragma('foreign_key_check')).toEqual([]);
    } finally {
      store.close();
    }
  });
});
