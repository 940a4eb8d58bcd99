import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { PasserelleError, type ErrorBody } from '../../../shared/errors';
import type { ParseRequest } from './parseArticle';
import type { ParsedArticle } from './parsedArticle';
import type { ParsedArticleJson } from './parsedArticleJson';
import { parsePool } from './parsePool';

/// What the worker posts back for one request.
export type WorkerAnswer =
  | { readonly id: number; readonly ok: true; readonly article: ParsedArticleJson }
  | { readonly id: number; readonly ok: false; readonly error: ErrorBody };

/// How many parsing workers run at once: parsing is CPU-bound and the machine has few cores.
export const parseWorkerCount = 2;
/// Longest one parse may take before its worker is stopped and the file refused.
export const parseTimeoutMs = 60_000;
// Bounds a worker's JavaScript heap so a hostile file ends in an error, not a swapping machine.
const workerHeapMb = 2048;
/// Files up to this size parse in workers with a small heap (`smallWorkerHeapMb`): V8 lets a heap
/// fill towards its limit before collecting, so a batch of small files in 2 GB workers held over a
/// gigabyte. A larger file, or one that runs out of the small heap, gets a `workerHeapMb` worker.
export const smallParseBytes = 1024 * 1024;
const smallWorkerHeapMb = 256;
// The young generation of a small-heap worker, in MB. V8 sizes it by the machine, not the heap
// limit; uncapped, with web pages read in jsdom, two workers parsing a batch of 1,000 small files
// peaked at 512-530 MB of the import process. With pages read in linkedom the peak is 354 MB at
// 8 MB, 368 MB at 16 and 398 MB at 32, where Word files parse 15% faster than at 8.
const smallWorkerYoungMb = 32;

// From source (tsx, Vitest) the worker is the .ts file run through tsx's loader; in the Electron
// bundle it is the `importWorker` entry electron-vite builds beside (or above) this chunk.
function startWorkerThread(heapMb: number): Worker {
  const options = {
    resourceLimits: {
      maxOldGenerationSizeMb: heapMb,
      ...(heapMb === smallWorkerHeapMb ? { maxYoungGenerationSizeMb: smallWorkerYoungMb } : {}),
    },
  };
  if (import.meta.url.endsWith('.ts')) {
    const tsxRoot = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
    const tsxApi = pathToFileURL(join(tsxRoot, 'dist/esm/api/index.mjs')).href;
    const entry = new URL('./importWorker.ts', import.meta.url).href;
    // Loader flags in a worker's execArgv are not honoured on Node 20, so the worker registers
    // tsx itself before importing its TypeScript entry.
    const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
    return new Worker(bootstrap, { ...options, eval: true });
  }
  for (const candidate of ['./importWorker.js', '../importWorker.js']) {
    const url = new URL(candidate, import.meta.url);
    if (existsSync(fileURLToPath(url))) return new Worker(url, options);
  }
  throw new PasserelleError('internal', 'The import worker is missing from the build.');
}

/// Files handed to a small-heap worker ahead of the one it parses, so that it goes on parsing while
/// the main thread stores (a group commit holds it for several milliseconds) rather than waiting
/// for the main thread to hand it the next one.
const parsesInFlight = 4;

/// The heap a request is parsed in: small up to `smallParseBytes`, large above.
export function parseHeapMb(request: ParseRequest): number {
  const size = request.kind === 'paste' ? request.content.length * 3 : request.bytes.length;
  return size <= smallParseBytes ? smallWorkerHeapMb : workerHeapMb;
}

const pool = parsePool({
  startThread: (large) => startWorkerThread(large ? workerHeapMb : smallWorkerHeapMb),
  workers: parseWorkerCount,
  inFlight: parsesInFlight,
  timeoutMs: parseTimeoutMs,
  needsLargeHeap: (request) => parseHeapMb(request) > smallWorkerHeapMb,
  largeHeapMb: workerHeapMb,
});

/// Parses in a pool of `parseWorkerCount` worker threads (decoding, Readability, sanitising,
/// mammoth are CPU-heavy), so the main process and web server stay responsive. A parse that
/// crashes its worker, runs out of memory (in a large heap: see `parseHeapMb`) or exceeds
/// `parseTimeoutMs` ends in a `PasserelleError` and the worker is replaced (`parsePool`).
export function parseInWorker(request: ParseRequest): Promise<ParsedArticle> {
  return pool.parse(request);
}

/// Starts the parsing workers now, so the first import of a session does not wait while they load
/// their readers (seconds when run from source, under tsx); idle, they keep no process alive.
/// Front doors that will import (web mode, the desktop app) call it once at start; answers how
/// many workers are running.
export function warmUpParseWorkers(): number {
  return pool.warmUp();
}

/// Stops every parsing worker (queued requests fail); the next parse starts fresh ones.
export function closeParseWorkers(): Promise<void> {
  return pool.close();
}
