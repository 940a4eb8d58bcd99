import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import type { ImportOutcome } from '../../../shared/domain';
import { dispatch } from '../dispatch';
import { fetchArticlePage } from './fetch/fetchArticlePage';
import { hostileCorpus } from './hostile/hostileCorpus';
import { parseInWorker } from './parseInWorker';
import { testContext } from '../testing/testContext';
import { importArticleUrl, importFileBytes } from './importArticles';

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
      await expect(
        dispatch(ctx, 'articles.importText', { content: ' \n ', format: 'text' }),
      ).rejects.toMatchObject({
        code: 'empty_file',
      });
    },
    workerTimeout,
  );
});

describe('articles.importUrl', () => {
  it(
    'refuses loopback and private addresses and non-web schemes with an error, not an outcome',
    async () => {
      const ctx = testContext();
      for (const url of [
        'http://127.0.0.1:9/',
        'http://localhost:9/',
        'http://[::1]/',
        'http://192.168.1.1/',
      ]) {
        await expect(dispatch(ctx, 'articles.importUrl', { url })).rejects.toMatchObject({
          code: 'blocked_address',
        });
      }
      await expect(dispatch(ctx, 'articles.importUrl', { url: 'file:///etc/passwd' })).rejects.toMatchObject({
        code: 'invalid_input',
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

describe('importFileBytes', () => {
  it(
    'imports a file from its raw bytes, then finds the same bytes a duplicate and empty bytes a failure',
    async () => {
      const ctx = testContext();
      const bytes = Buffer.from(`Le c\x9cur de Rouen\n\n${french}`, 'latin1');
      const first = imported(await importFileBytes(ctx, 'coeur.txt', bytes, false));
      expect(first).toMatchObject({ fileName: 'coeur.txt', title: 'Le cœur de Rouen' });
      expect(first.warnings.map((warning) => warning.code)).toEqual(['encoding_guessed']);
      expect(await dispatch(ctx, 'articles.get', { id: first.articleId })).toMatchObject({
        fileName: 'coeur.txt',
        encoding: 'windows-1252',
      });

      expect(await importFileBytes(ctx, 'copie.txt', bytes, false)).toEqual({
        fileName: 'copie.txt',
        status: 'duplicate',
        articleId: first.articleId,
        title: 'Le cœur de Rouen',
      });
      expect(imported(await importFileBytes(ctx, 'copie.txt', bytes, true)).articleId).not.toBe(
        first.articleId,
      );
      expect(await importFileBytes(ctx, 'vide.txt', new Uint8Array(), false)).toMatchObject({
        fileName: 'vide.txt',
        status: 'failed',
        error: { code: 'empty_file' },
      });
    },
    workerTimeout,
  );
});
