import { useSyncExternalStore } from 'react';
import { importBatch } from './importBatch';
import type { ImportBatchState } from './importBatchStore';

/// One part of the import batch's state; the component re-renders only when that part changes.
export function useImportBatchState<T>(select: (state: ImportBatchState) => T): T {
  return useSyncExternalStore(importBatch.subscribe, () => select(importBatch.getState()));
}
