import { describe, expect, it } from 'vitest';
import type { ImportOutcome } from '../../shared/domain';
import type { ImportSource } from './importSourceName';
import { runImportBatch, type ImportProgress } from './runImportBatch';

function fileSource(name: string): ImportSource {
  return { kind: 'file', file: new File(['x'], name) };
}

function imported(source: ImportSource, articleId: number): ImportOutcome {
  const fileName = source.kind === 'file' ? source.file.name : '';
  return { fileName, status: 'imported', articleId, title: fileName, warnings: [] };
}

describe('runImportBatch', () => {
  it('imports one source at a time, in order, reporting progress before each', async () => {
    const queue = [fileSource('a.txt'), fileSource('b.html'), fileSource('c.md')];
    const progress: ImportProgress[] = [];
    let running = 0;
    let mostAtOnce = 0;
    const entries = await runImportBatch(
      queue,
      async (source) => {
        running += 1;
        mostAtOnce = Math.max(mostAtOnce, running);
        await Promise.resolve();
        running -= 1;
        return imported(source, queue.indexOf(source) + 1);
      },
      { onProgress: (step) => progress.push(step), isCancelled: () => false },
    );
    expect(mostAtOnce).toBe(1);
    expect(progress).toEqual([
      { done: 0, total: 3, current: 'a.txt' },
      { done: 1, total: 3, current: 'b.html' },
      { done: 2, total: 3, current: 'c.md' },
    ]);
    expect(entries.map((entry) => entry.outcome.status)).toEqual(['imported', 'imported', 'imported']);
    expect(new Set(entries.map((entry) => entry.key)).size).toBe(3);
  });

  it('finishes the current file when cancelled and marks the rest as cancelled, unsent', async () => {
    const queue = [fileSource('a.txt'), fileSource('b.txt'), fileSource('c.txt')];
    let cancelled = false;
    const sent: string[] = [];
    const entries = await runImportBatch(
      queue,
      async (source) => {
        sent.push(source.kind === 'file' ? source.file.name : '');
        cancelled = true;
        return imported(source, 1);
      },
      { onProgress: () => {}, isCancelled: () => cancelled },
    );
    expect(sent).toEqual(['a.txt']);
    expect(entries.map((entry) => [entry.outcome.fileName, entry.outcome.status])).toEqual([
      ['a.txt', 'imported'],
      ['b.txt', 'cancelled'],
      ['c.txt', 'cancelled'],
    ]);
  });

  it('also imports sources added to the queue while it runs', async () => {
    const queue = [fileSource('first.txt')];
    const entries = await runImportBatch(
      queue,
      async (source) => {
        if (queue.length === 1) queue.push(fileSource('dropped-later.txt'));
        return imported(source, 1);
      },
      { onProgress: () => {}, isCancelled: () => false },
    );
    expect(entries.map((entry) => entry.outcome.fileName)).toEqual(['first.txt', 'dropped-later.txt']);
  });
});
