import { describe, expect, it } from 'vitest';
import type { ImportOutcome } from '../../../shared/domain';
import { dispatch } from '../dispatch';
import { testContext } from '../testing/testContext';

const french =
  'Le conseil municipal de Rouen a adopté jeudi le budget de la ville. « Nous avons fait des choix », a dit le maire, qui promet une hausse limitée de la taxe foncière pour les familles et les écoles.';
// Parsing runs in worker threads that start on first use; a loaded machine makes that slow.
const workerTimeout = 60_000;
const file = (name: string, text: string) => ({ name, data: Buffer.from(text, 'utf8').toString('base64') });

function imported(outcome: ImportOutcome | undefined): Extract<ImportOutcome, { status: 'imported' }> {
  if (outcome?.status !== 'imported')
    throw new Error(`expected an imported outcome, got ${JSON.stringify(outcome)}`);
  return outcome;
}

describe('articles.update and articles.delete', () => {
  it(
    'edits the metadata only, and refuses an unknown article',
    async () => {
      const ctx = testContext();
      const { articleId } = imported(
        (await dispatch(ctx, 'articles.import', { files: [file('a.txt', french)] })).results[0],
      );
      const before = await dispatch(ctx, 'articles.get', { id: articleId });
      const after = await dispatch(ctx, 'articles.update', {
        id: articleId,
        title: 'Nouveau titre',
        byline: 'Claire Lemoine',
        publishedAt: '2026-03-12',
        sourceUrl: 'https://example.org/a',
        language: 'fr-CA',
      });
      expect(after).toMatchObject({
        title: 'Nouveau titre',
        byline: 'Claire Lemoine',
        publishedAt: '2026-03-12',
        sourceUrl: 'https://example.org/a',
        language: 'fr-CA',
      });
      expect(after.text).toBe(before.text);
      expect(after.doc).toEqual(before.doc);
      expect(await dispatch(ctx, 'articles.update', { id: articleId, byline: null })).toMatchObject({
        byline: null,
        title: 'Nouveau titre',
      });
      await expect(dispatch(ctx, 'articles.update', { id: articleId, text: 'x' })).rejects.toMatchObject({
        code: 'invalid_input',
      });
      await expect(dispatch(ctx, 'articles.update', { id: 999, title: 'x' })).rejects.toMatchObject({
        code: 'not_found',
      });
      await expect(
        dispatch(ctx, 'articles.update', { id: articleId, sourceUrl: 'javascript:alert(1)' }),
      ).rejects.toMatchObject({
        code: 'invalid_input',
      });
    },
    workerTimeout,
  );

  it(
    'deletes an article with its annotations',
    async () => {
      const ctx = testContext();
      const { articleId } = imported(
        (await dispatch(ctx, 'articles.import', { files: [file('a.txt', french)] })).results[0],
      );
      await dispatch(ctx, 'annotations.create', {
        articleId,
        start: 3,
        end: 10,
        kind: 'entity',
        label: 'organisation',
      });
      expect(await dispatch(ctx, 'articles.delete', { id: articleId })).toEqual({ deleted: 1 });
      expect(await dispatch(ctx, 'articles.list', {})).toHaveLength(0);
      expect(ctx.store.prepare('SELECT count(*) AS n FROM annotations').get()).toEqual({ n: 0 });
      await expect(dispatch(ctx, 'articles.delete', { id: articleId })).rejects.toMatchObject({
        code: 'not_found',
      });
    },
    workerTimeout,
  );

  it(
    'undoes deleting an article: the same article and annotations come back, and redo deletes them again',
    async () => {
      const ctx = testContext();
      const { articleId } = imported(
        (await dispatch(ctx, 'articles.import', { files: [file('a.txt', `Budget de Rouen\n\n${french}`)] }))
          .results[0],
      );
      // Importing is not an undoable action.
      expect(await dispatch(ctx, 'history.state', {})).toMatchObject({ canUndo: false });
      const { text } = await dispatch(ctx, 'articles.get', { id: articleId });
      const start = text.indexOf('Rouen', text.indexOf('conseil'));
      await dispatch(ctx, 'annotations.create', {
        articleId,
        start,
        end: start + 5,
        kind: 'entity',
        label: 'place',
      });
      await dispatch(ctx, 'annotations.createAll', {
        annotationId: (await dispatch(ctx, 'annotations.list', { articleId }))[0]!.id,
      });
      const annotations = await dispatch(ctx, 'annotations.list', { articleId });
      expect(annotations.length).toBeGreaterThan(1);
      const [summary] = await dispatch(ctx, 'articles.list', {});
      const article = await dispatch(ctx, 'articles.get', { id: articleId });

      await dispatch(ctx, 'articles.delete', { id: articleId });
      expect(await dispatch(ctx, 'history.state', {})).toMatchObject({
        undoMessage: { key: 'history.step.deleteArticle', params: { title: 'Budget de Rouen' } },
      });
      const undone = await dispatch(ctx, 'history.undo', {});
      expect(undone).toMatchObject({
        message: { key: 'history.step.deleteArticle', params: { title: 'Budget de Rouen' } },
        articleIds: [articleId],
      });
      expect(await dispatch(ctx, 'articles.list', {})).toEqual([summary]);
      expect(await dispatch(ctx, 'articles.get', { id: articleId })).toEqual(article);
      expect(await dispatch(ctx, 'annotations.list', { articleId })).toEqual(annotations);

      await dispatch(ctx, 'history.redo', {});
      expect(await dispatch(ctx, 'articles.list', {})).toEqual([]);
      expect(ctx.store.prepare('SELECT count(*) FROM annotations').pluck().get()).toBe(0);
      await expect(dispatch(ctx, 'articles.get', { id: articleId })).rejects.toMatchObject({
        code: 'not_found',
      });
      // A second import after the deletion records nothing either: undo still undoes the deletion.
      await dispatch(ctx, 'articles.importText', { content: french, format: 'text' });
      expect(await dispatch(ctx, 'history.state', {})).toMatchObject({
        undoMessage: { key: 'history.step.deleteArticle', params: { title: 'Budget de Rouen' } },
      });
    },
    workerTimeout,
  );
});

describe('articles.get', () => {
  it('reads a document stored in full JSON, as workspaces stored them before the compact form', async () => {
    const ctx = testContext();
    const doc = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Titre' }] },
        { type: 'paragraph', content: [{ type: 'text', marks: [{ type: 'em' }], text: french }] },
      ],
    };
    const id = Number(
      ctx.store
        .prepare(
          `INSERT INTO articles (title, content_hash, doc, text, imported_at) VALUES ('Titre', 'h', ?, ?, '2026-01-01')`,
        )
        .run(JSON.stringify(doc), `Titre\n\n${french}`).lastInsertRowid,
    );
    expect((await dispatch(ctx, 'articles.get', { id })).doc).toEqual(doc);
  });

  it(
    'stores an imported document without its text, and reads it back whole',
    async () => {
      const ctx = testContext();
      const { articleId } = imported(
        (await dispatch(ctx, 'articles.import', { files: [file('a.md', `# Titre\n\n*${french}*`)] }))
          .results[0],
      );
      const row = ctx.store.prepare('SELECT doc FROM articles WHERE id = ?').get(articleId) as {
        doc: string;
      };
      expect(row.doc).not.toContain('conseil municipal');
      expect((await dispatch(ctx, 'articles.get', { id: articleId })).doc).toEqual({
        type: 'doc',
        content: [
          { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Titre' }] },
          { type: 'paragraph', content: [{ type: 'text', marks: [{ type: 'em' }], text: french }] },
        ],
      });
    },
    workerTimeout,
  );
});
