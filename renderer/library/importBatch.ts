import { createImportBatchStore } from './importBatchStore';
import { importSource } from './importSource';

/// The page's one import batch, over the app's API.
export const importBatch = createImportBatchStore(importSource);
