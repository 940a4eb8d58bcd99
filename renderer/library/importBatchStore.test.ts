import { describe, expect, it } from 'vitest';
import type { ImportOutcome } from '../../shared/domain';
import { createImportBatchStore, type ImportBatchStore } from './importBatchStore';
import { importSourceName, type ImportSource } from './importSourceName';

function until(store: ImportBatchStore, done: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (done()) return resolve();
    const stop = store.subscribe(() => {
      if (!done()) return;
      stop();
      resolve();
    });
  });
}

function file(name: string): File {
  return new File(['x'], name);
}

describe('import batch store', () => {
  it('keeps the results until dismissed and reloads the library once the batch ends', async () => {
    const store = createImportBatchStore(async (source) => ({
      fileName: importSourceName(source),
      status: 'failed',
      error: { code: 'empty_file', message: 'empty' },
    }));
    store.importFiles([file('a.txt'), file('b.txt')]);
    expect(store.getState().progress).toEqual({ done: 0, total: 2, current: 'a.txt' });
    await until(store, () => store.getState().entries !== null);
    expect(store.getState().progress).toBeNull();
    expect(store.getState().entries?.map((entry) => entry.outcome.status)).toEqual(['failed', 'failed']);
    expect(store.getState().libraryVersion).toBe(1);
    store.dismiss();
    expect(store.getState().entries).toBeNull();
  });

  it('stops after the current file when cancelled', async () => {
    let release = () => {};
    const store = createImportBatchStore(
      (source) =>
        new Promise<ImportOutcome>((resolve) => {
          release = () =>
            resolve({
              fileName: importSourceName(source),
              status: 'imported',
              articleId: 1,
              title: 'A',
              warnings: [],
            });
        }),
    );
    store.importFiles([file('a.txt'), file('b.txt'), file('c.txt')]);
    store.cancel();
    expect(store.getState().cancelling).toBe(true);
    release();
    await until(store, () => store.getState().entries !== null);
    expect(store.getState().entries?.map((entry) => entry.outcome.status)).toEqual([
      'imported',
      'cancelled',
      'cancelled',
    ]);
  });

  it('sends a duplicate again with force when the user insists', async () => {
    const calls: [string, boolean][] = [];
    const store = createImportBatchStore(async (source: ImportSource, force) => {
      calls.push([importSourceName(source), force]);
      return force
        ? { fileName: 'a.txt', status: 'imported', articleId: 2, title: 'A', warnings: [] }
        : { fileName: 'a.txt', status: 'duplicate', articleId: 1, title: 'A' };
    });
    store.importFiles([file('a.txt')]);
    await until(store, () => store.getState().entries !== null);
    const [entry] = store.getState().entries ?? [];
    await store.importAnyway(entry!.key);
    expect(calls).toEqual([
      ['a.txt', false],
      ['a.txt', true],
    ]);
    expect(store.getState().entries?.[0]?.outcome).toMatchObject({ status: 'imported', articleId: 2 });
    expect(store.getState().resending).toEqual([]);
  });

  it('leaves a single import’s failure out of the results when its form shows it', async () => {
    const store = createImportBatchStore(async () => ({
      fileName: 'https://example.org/',
      status: 'failed',
      error: { code: 'forbidden', message: 'private address' },
    }));
    const outcome = await store.importOne({ kind: 'url', url: 'http://10.0.0.1/' }, false);
    expect(outcome.status).toBe('failed');
    expect(store.getState().entries).toBeNull();
    await store.importOne({ kind: 'url', url: 'http://10.0.0.1/' }, true);
    expect(store.getState().entries).toHaveLength(1);
  });
});
