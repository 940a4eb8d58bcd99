import Database from 'better-sqlite3';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { internalErrorMessage, PasserelleError, toErrorBody } from '../../../shared/errors';
import { clientError } from '../clientError';
import { coreContext } from '../coreContext';
import { dispatch } from '../dispatch';
import { importArticles, importArticleText, importFileBytes } from '../import/importArticles';
import { asAnotherUser } from './testing/asAnotherUser';
import { openStore } from './openStore';
import { diskFullMessage, readOnlyMessage, storeError } from './storeError';

const dirs: string[] = [];
function workspaceFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'passerelle-store-error-'));
  dirs.push(dir);
  return join(dir, 'workspace.sqlite');
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const paragraph =
  'Le conseil municipal de Rouen a adopté jeudi le budget de la ville, après un long débat sur la taxe foncière. ';

describe('storeError', () => {
  it('calls a write SQLite refuses for want of space disk_full, and stores nothing', async () => {
    const store = openStore(workspaceFile());
    const ctx = coreContext(store);
    // SQLite reports SQLITE_FULL once the database may grow no more pages, as on a full disk.
    store.pragma(`max_page_count = ${store.pragma('page_count', { simple: true }) as number}`);
    const content = `Budget de Rouen\n\n${paragraph.repeat(2000)}`;
    const refusal = await dispatch(ctx, 'articles.importText', { content, format: 'text' }).catch(
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(PasserelleError);
    expect(toErrorBody(refusal)).toEqual({ code: 'disk_full', message: diskFullMessage, params: {} });
    expect(await dispatch(ctx, 'articles.list', {})).toEqual([]);

    const { results } = await dispatch(ctx, 'articles.import', {
      files: [{ name: 'budget.txt', data: Buffer.from(content, 'utf8').toString('base64') }],
    });
    expect(results).toEqual([
      {
        fileName: 'budget.txt',
        status: 'failed',
        error: { code: 'disk_full', message: diskFullMessage, params: {} },
      },
    ]);
    store.close();
  }, 60_000);

  it('calls a write to a workspace opened read-only read_only', async () => {
    const file = workspaceFile();
    openStore(file).close();
    const readOnly = new Database(file, { readonly: true });
    const ctx = coreContext(readOnly);
    await expect(
      dispatch(ctx, 'labels.create', { nameEn: 'Ship', nameFr: 'Navire', colour: '#123456' }),
    ).rejects.toMatchObject({ code: 'read_only', message: readOnlyMessage });
    readOnly.close();
  });

  it('refuses to set the author name of a read-only workspace, keeping the one it has', async () => {
    const file = workspaceFile();
    const writable = openStore(file);
    await dispatch(coreContext(writable), 'workspace.setAuthor', { name: 'Claire Lemoine' });
    writable.close();
    const readOnly = new Database(file, { readonly: true });
    const ctx = coreContext(readOnly);
    await expect(dispatch(ctx, 'workspace.setAuthor', { name: 'Quelqu’un' })).rejects.toMatchObject({
      code: 'read_only',
    });
    expect(await dispatch(ctx, 'workspace.info', {})).toMatchObject({ author: 'Claire Lemoine' });
    readOnly.close();
  });

  it('refuses imports into a read-only workspace before parsing anything', async () => {
    const file = workspaceFile();
    openStore(file).close();
    const readOnly = new Database(file, { readonly: true });
    const ctx = coreContext(readOnly);
    const parse = () => Promise.reject(new Error('nothing should be parsed'));
    await expect(
      importArticleText(ctx, { content: 'Inondations dans le Gard.', format: 'text', force: false }, parse),
    ).rejects.toMatchObject({ code: 'read_only' });
    await expect(
      importArticles(ctx, { files: [{ name: 'gard.txt', data: 'SW5vbmRhdGlvbnM=' }], force: false }, parse),
    ).rejects.toMatchObject({ code: 'read_only' });
    const outcome = await importFileBytes(ctx, 'gard.txt', new Uint8Array([73]), false, parse);
    expect(outcome).toMatchObject({ status: 'failed', error: { code: 'read_only' } });
    readOnly.close();
  });

  it('hides anything else behind internal, logging its detail instead', () => {
    const logged: unknown[] = [];
    const raw = new Error('SQLITE_CORRUPT: database disk image is malformed\n    at Statement.run');
    const error = clientError(raw, (detail) => logged.push(detail));
    expect(toErrorBody(error)).toEqual({ code: 'internal', message: internalErrorMessage, params: {} });
    expect(logged).toEqual([raw]);
    expect(storeError(Object.assign(new Error('no space'), { code: 'ENOSPC' }))?.code).toBe('disk_full');
    expect(storeError(Object.assign(new Error('read-only fs'), { code: 'EROFS' }))?.code).toBe('read_only');
  });
});

describe('openStore on a workspace that cannot be written', () => {
  it('opens a read-only file for reading: reads work, writes are refused with read_only', async () => {
    const file = workspaceFile();
    openStore(file).close();
    chmodSync(file, 0o444);
    // The folder stays writable by everyone, so SQLite can keep its -shm index beside the file.
    chmodSync(join(file, '..'), 0o777);
    const store = asAnotherUser(() => openStore(file));
    try {
      expect(store.readonly).toBe(true);
      const ctx = coreContext(store);
      expect(await dispatch(ctx, 'workspace.info', {})).toEqual({
        readOnly: true,
        path: file,
        name: 'workspace',
        author: null,
        publisher: null,
      });
      expect(await dispatch(ctx, 'labels.list', {})).not.toHaveLength(0);
      await expect(
        dispatch(ctx, 'articles.importText', { content: `Budget\n\n${paragraph}`, format: 'text' }),
      ).rejects.toMatchObject({ code: 'read_only', message: readOnlyMessage });
    } finally {
      store.close();
    }
  }, 60_000);

  it('refuses with read_only a workspace in a folder that cannot be written, which SQLite cannot read there', () => {
    const file = workspaceFile();
    openStore(file).close();
    chmodSync(file, 0o444);
    chmodSync(join(file, '..'), 0o555);
    try {
      expect(() => asAnotherUser(() => openStore(file))).toThrow(
        expect.objectContaining({ code: 'read_only' }) as Error,
      );
    } finally {
      chmodSync(join(file, '..'), 0o755);
    }
  });

  it('reports a writable workspace as writable', async () => {
    const file = workspaceFile();
    const store = openStore(file);
    expect(await dispatch(coreContext(store), 'workspace.info', {})).toEqual({
      readOnly: false,
      path: file,
      name: 'workspace',
      author: null,
      publisher: null,
    });
    store.close();
  });
});
