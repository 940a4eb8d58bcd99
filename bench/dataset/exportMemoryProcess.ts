import { coreContext } from '../../electron/core/coreContext';
import { openStore } from '../../electron/core/store/openStore';
import { appDatasetExport, bareDatasetExport, type ExportMemoryMessage } from './datasetBenchmarks';

// The dataset benchmark's export memory process (see `datasetBenchmarks`): opens the workspace,
// exports it once (the app's JSONL export, or the baseline's), and answers how far the process's
// peak resident memory (the kernel's high-water mark) rose above its memory just before.
const [path = '', file = '', side = 'app'] = process.argv.slice(2);
const ctx = coreContext(openStore(path));
const before = process.memoryUsage.rss();
if (side === 'bare') bareDatasetExport(ctx, file);
else appDatasetExport(ctx, file);
const peak = process.resourceUsage().maxRSS * 1024;
ctx.store.close();
const message: ExportMemoryMessage = { growthMb: Math.max(0, peak - before) / 1024 / 1024 };
process.send?.(message);
process.disconnect?.();
