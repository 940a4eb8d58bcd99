import type { ImportOutcome } from '../../shared/domain';
import { importEntry, type ImportEntry } from './importEntry';
import { importSourceName, type ImportSource } from './importSourceName';

/// Where a running batch is: how many sources are done, how many there are, and which one is
/// being imported now.
export interface ImportProgress {
  readonly done: number;
  readonly total: number;
  readonly current: string;
}

/// What the batch reports to and asks of its caller.
export interface ImportBatchHooks {
  readonly onProgress: (progress: ImportProgress) => void;
  /// Checked before each source: once true, the rest are marked `cancelled`, not sent.
  readonly isCancelled: () => boolean;
}

/// Imports `queue` one source at a time, so progress is real and only one file is in memory,
/// and resolves to one entry per source in order. Sources pushed onto `queue` while it runs
/// are imported too.
export async function runImportBatch(
  queue: readonly ImportSource[],
  importOne: (source: ImportSource) => Promise<ImportOutcome>,
  hooks: ImportBatchHooks,
): Promise<ImportEntry[]> {
  const entries: ImportEntry[] = [];
  for (let index = 0; index < queue.length; index += 1) {
    const source = queue[index]!;
    const fileName = importSourceName(source);
    if (hooks.isCancelled()) {
      entries.push(importEntry(source, { fileName, status: 'cancelled' }));
      continue;
    }
    hooks.onProgress({ done: index, total: queue.length, current: fileName });
    entries.push(importEntry(source, await importOne(source)));
  }
  return entries;
}
