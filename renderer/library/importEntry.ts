import type { ImportOutcome } from '../../shared/domain';
import type { ImportSource } from './importSourceName';

/// What became of one source: the core's outcome, or `cancelled` when the user stopped the
/// batch before it was sent.
export type ImportEntryOutcome = ImportOutcome | { readonly fileName: string; readonly status: 'cancelled' };

/// One line of the import results: the source (so it can be sent again) and its outcome.
export interface ImportEntry {
  /// Unique for the page's lifetime, so React keeps each line's state through re-sorting.
  readonly key: number;
  readonly source: ImportSource;
  readonly outcome: ImportEntryOutcome;
}

let lastKey = 0;

/// Builds an entry with a fresh key.
export function importEntry(source: ImportSource, outcome: ImportEntryOutcome): ImportEntry {
  lastKey += 1;
  return { key: lastKey, source, outcome };
}
