import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import type { ImportOutcome } from '../../../shared/domain';
import { dispatch } from '../dispatch';
import { fetchArticlePage } from '../import/fetch/fetchArticlePage';
import { hostileCorpus } from '../import/hostile/hostileCorpus';
import { parseInWorker } from '../import/parseInWorker';
import { testContext } from '../testing/testContext';
import { importArticleUrl } from './articles';

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

describe('articles.import', () => {
  it(
    'imports good files beside a bad one, and skips a duplicate unless forced',
    async () => {
      const ctx = testContext();
      const first = await dispatch(ctx, 'articles.import', {
        files: [
          file('budget.txt', `Budget de Rouen\n\n${french}`),
          file('vide.txt', ''),
          file('copie.txt', `Budget de Rouen\n\n${french}`),
        ],
      });
      const [good, empty, copy] = first.results;
      const stored = imported(good);
      expect(stored).toMatchObject({ fileName: 'budget.txt', title: 'Budget de Rouen', warnings: [] });
      expect(empty).toMatchObject({ status: 'failed', error: { code: 'empty_file' } });
      expect(copy).toEqual({
        fileName: 'copie.txt',
        status: 'duplicate',
        articleId: stored.articleId,
        title: 'Budget de Rouen',
      });
      expect(await dispatch(ctx, 'articles.list', {})).toHaveLength(1);

      const forced = await dispatch(ctx, 'articles.import', {
        files: [file('copie.txt', `Budget de Rouen\n\n${french}`)],
        force: true,
      });
      expect(imported(forced.results[0]).articleId).not.toBe(stored.articleId);
      expect(await dispatch(ctx, 'articles.list', {})).toHaveLength(2);
    },
    workerTimeout,
  );

  it(
    'returns the warnings of a guessed encoding and of a text that is not French',
    async () => {
      const ctx = testContext();
      const english =
        'The city council adopted the budget on Thursday, and the mayor said that the tax increase would be limited for the families of the city and their schools.';
      const { results } = await dispatch(ctx, 'articles.import', {
        files: [
          { name: 'latin.txt', data: Buffer.from([0x43, 0x9c, 0x75, 0x72, 0x20, 0x80]).toString('base64') },
          file('english.txt', english),
        ],
      });
      expect(imported(results[0]).warnings).toEqual([
        {
          code: 'encoding_guessed',
          encoding: 'windows-1252',
          message: 'The file declares no encoding and is not UTF-8; it was read as windows-1252.',
        },
      ]);
      const article = await dispatch(ctx, 'articles.get', { id: imported(results[0]).articleId });
      expect(article).toMatchObject({ encoding: 'windows-1252', text: 'Cœur €' });
      expect(imported(results[1]).warnings).toEqual([
        {
          code: 'not_french',
          language: 'en',
          message: 'The text looks English, not French; its language was set to en.',
        },
      ]);
      expect((await dispatch(ctx, 'articles.get', { id: imported(results[1]).articleId })).language).toBe(
        'en',
      );
    },
    workerTimeout,
  );

  it(
    'keeps answering other requests while a large page is parsed in the worker',
    async () => {
      const ctx = testContext();
      const big = `<html><body><article>${`<p>${french}</p>`.repeat(3000)}</article></body></html>`;
      const order: string[] = [];
      const importing = dispatch(ctx, 'articles.import', { files: [file('grand.html', big)] }).then(
        (result) => {
          order.push('import');
          return result;
        },
      );
      await dispatch(ctx, 'articles.list', {}).then(() => order.push('list'));
      imported((await importing).results[0]);
      expect(order).toEqual(['list', 'import']);
    },
    workerTimeout,
  );
});

describe('articles.importText', () => {
  it(
    'imports pasted text through the text reader and pasted HTML through the sanitiser',
    async () => {
      const ctx = testContext();
      const text = imported(
        await dispatch(ctx, 'articles.importText', {
          content: `date 2026-03-12\nBudget\n\n${french}`,
          format: 'text',
        }),
      );
      expect(text).toMatchObject({ fileName: '', title: 'Budget' });
      expect(await dispatch(ctx, 'articles.get', { id: text.articleId })).toMatchObject({
        publishedAt: '2026-03-12',
        fileName: null,
      });

      const hostile = hostileCorpus.find(({ name }) => name === 'event handlers');
      const html = imported(
        await dispatch(ctx, 'articles.importText', { content: hostile?.html ?? '', format: 'html' }),
      );
      const article = await dispatch(ctx, 'articles.get', { id: html.articleId });
      expect(JSON.stringify(article.doc)).not.toMatch(/onclick|onload|__pwned/);
      expect(article.title).toBe('Budget de Rouen');

      expect(
        await dispatch(ctx, 'articles.importText', {
          content: `date 2026-03-12\nBudget\n\n${french}`,
          format: 'text',
        }),
      ).toMatchObject({
        status: 'duplicate',
        articleId: text.articleId,
      });
      expect(await dispatch(ctx, 'articles.importText', { content: ' \n ', format: 'text' })).toMatchObject({
        status: 'failed',
        error: { code: 'empty_file' },
      });
    },
    workerTimeout,
  );
});

describe('articles.importUrl', () => {
  it(
    'refuses loopback and private addresses and non-web schemes, as failed outcomes',
    async () => {
      const ctx = testContext();
      for (const url of [
        'http://127.0.0.1:9/',
        'http://localhost:9/',
        'http://[::1]/',
        'http://192.168.1.1/',
      ]) {
        expect(await dispatch(ctx, 'articles.importUrl', { url })).toMatchObject({
          fileName: url,
          status: 'failed',
          error: { code: 'blocked_address' },
        });
      }
      expect(await dispatch(ctx, 'articles.importUrl', { url: 'file:///etc/passwd' })).toMatchObject({
        status: 'failed',
        error: { code: 'invalid_input' },
      });
      expect(await dispatch(ctx, 'articles.list', {})).toHaveLength(0);
    },
    workerTimeout,
  );

  it(
    'imports a fetched page through the HTML path with the final URL as its source',
    async () => {
      const server = createServer((req, res) => {
        if (req.url === '/old') res.writeHead(301, { location: '/article' }).end();
        else
          res
            .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
            .end(
              `<html lang="fr"><head><meta property="og:site_name" content="Le Quotidien"></head><body><nav>Menu</nav><article><h1>Budget de Rouen</h1><p>${french}</p></article></body></html>`,
            );
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      try {
        const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
        const ctx = testContext();
        const outcome = imported(
          await importArticleUrl(ctx, { url: `${origin}/old`, force: false }, parseInWorker, (url) =>
            fetchArticlePage(url, { allowLoopbackForTests: true }),
          ),
        );
        const article = await dispatch(ctx, 'articles.get', { id: outcome.articleId });
        expect(article).toMatchObject({
          title: 'Budget de Rouen',
          sourceUrl: `${origin}/article`,
          siteName: 'Le Quotidien',
        });
        expect(article.text).not.toContain('Menu');
      } finally {
        await new Promise((resolve) => server.close(resolve));
      }
    },
    workerTimeout,
  );
});

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
