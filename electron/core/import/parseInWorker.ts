import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { PasserelleError, type ErrorBody } from '../../../shared/errors';
import type { ParseRequest } from './parseArticle';
import type { ParsedArticle } from './parsedArticle';
import { parsedArticleFromJson, type ParsedArticleJson } from './parsedArticleJson';

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
// limit; capped, two workers parsing a batch of 1,000 small files peak at 461-481 MB of the
// import process instead of 512-530 MB, and Markdown parses about a fifth slower (4 MB would save
// more and cost more: docx 114x a bare insert instead of 94x).
const smallWorkerYoungMb = 8;

interface Job {
  readonly id: number;
  readonly request: ParseRequest;
  readonly name: string;
  readonly heapMb: number;
  readonly resolve: (article: ParsedArticle) => void;
  readonly reject: (error: unknown) => void;
}

interface Slot {
  worker: Worker | null;
  heapMb: number;
  job: Job | null;
  timer: NodeJS.Timeout | null;
}

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

function nameOf(request: ParseRequest): string {
  if (request.kind === 'file') return request.fileName;
  return request.kind === 'page' ? request.url : 'The pasted content';
}

/// The heap a request's worker gets: a small one for pasted content and files up to
/// `smallParseBytes`, the large one for bigger files and pages.
export function parseHeapMb(request: ParseRequest): number {
  const size = request.kind === 'paste' ? request.content.length * 3 : request.bytes.length;
  return size <= smallParseBytes ? smallWorkerHeapMb : workerHeapMb;
}

const slots: Slot[] = Array.from({ length: parseWorkerCount }, () => ({
  worker: null,
  heapMb: smallWorkerHeapMb,
  job: null,
  timer: null,
}));
const queue: Job[] = [];
let nextId = 1;

function finish(slot: Slot): Job | null {
  const { job } = slot;
  if (slot.timer !== null) clearTimeout(slot.timer);
  slot.job = null;
  slot.timer = null;
  // An idle worker must not keep the CLI or a test process alive.
  slot.worker?.unref();
  return job;
}

function crash(slot: Slot, error: PasserelleError): void {
  const worker = slot.worker;
  slot.worker = null;
  finish(slot)?.reject(error);
  void worker?.terminate();
  pump();
}

// A job that ran out of a small heap goes back to the front of the queue for a large one; the
// worker it exhausted is replaced.
function retryWithLargeHeap(slot: Slot, job: Job): void {
  const worker = slot.worker;
  slot.worker = null;
  finish(slot);
  void worker?.terminate();
  queue.unshift({ ...job, heapMb: workerHeapMb });
  pump();
}

function startWorker(slot: Slot, heapMb: number): Worker {
  const worker = startWorkerThread(heapMb);
  slot.heapMb = heapMb;
  worker.on('message', (answer: WorkerAnswer) => {
    const job = finish(slot);
    // A large heap, once grown, stays grown: the worker is let go so the next one starts small.
    if (slot.worker === worker && slot.heapMb > smallWorkerHeapMb) {
      slot.worker = null;
      void worker.terminate();
    }
    // The next file goes to the worker before this answer is rebuilt and stored, so the worker
    // never waits on the main thread's work.
    pump();
    if (job !== null && job.id === answer.id) {
      if (answer.ok) {
        try {
          job.resolve(parsedArticleFromJson(answer.article));
        } catch (error) {
          job.reject(error);
        }
      } else job.reject(new PasserelleError(answer.error.code, answer.error.message, answer.error.params));
    }
  });
  worker.on('error', (error: Error & { code?: string }) => {
    if (slot.worker !== worker) return;
    const name = slot.job?.name ?? 'The file';
    if (error.code === 'ERR_WORKER_OUT_OF_MEMORY' && slot.job !== null && slot.heapMb < workerHeapMb) {
      retryWithLargeHeap(slot, slot.job);
      return;
    }
    crash(
      slot,
      error.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? new PasserelleError(
            'too_large',
            `${name}: reading it needed more than ${workerHeapMb} MB of memory.`,
          )
        : new PasserelleError(
            'parse_failed',
            `${name}: the importer failed while reading it (${error.message}).`,
          ),
    );
  });
  worker.on('exit', () => {
    if (slot.worker !== worker) return;
    crash(
      slot,
      new PasserelleError(
        'parse_failed',
        `${slot.job?.name ?? 'The file'}: the importer stopped unexpectedly.`,
      ),
    );
  });
  return worker;
}

function pump(): void {
  for (const slot of slots) {
    if (slot.job !== null) continue;
    const job = queue.shift();
    if (job === undefined) return;
    if (slot.worker !== null && slot.heapMb < job.heapMb) {
      void slot.worker.terminate();
      slot.worker = null;
    }
    slot.worker ??= startWorker(slot, job.heapMb);
    slot.job = job;
    slot.worker.ref();
    slot.timer = setTimeout(() => {
      crash(
        slot,
        new PasserelleError(
          'parse_failed',
          `${job.name}: reading it took longer than ${parseTimeoutMs / 1000} s.`,
        ),
      );
    }, parseTimeoutMs);
    // Copied rather than transferred: the caller may still hold the bytes.
    slot.worker.postMessage({ id: job.id, request: job.request });
  }
}

/// Parses in a pool of `parseWorkerCount` worker threads (decoding, jsdom, Readability,
/// sanitising, mammoth are CPU-heavy), so the main process and web server stay responsive.
/// A parse that crashes its worker, runs out of memory (in a large heap: see `parseHeapMb`) or
/// exceeds `parseTimeoutMs` ends in a `PasserelleError` and the worker is replaced.
export function parseInWorker(request: ParseRequest): Promise<ParsedArticle> {
  return new Promise((resolve, reject) => {
    queue.push({
      id: nextId++,
      request,
      name: nameOf(request),
      heapMb: parseHeapMb(request),
      resolve,
      reject,
    });
    pump();
  });
}

/// Starts the parsing workers now, so the first import of a session does not wait while they load
/// their readers (seconds when run from source, under tsx); idle, they keep no process alive.
/// Front doors that will import (web mode, the desktop app) call it once at start; answers how
/// many workers are running.
export function warmUpParseWorkers(): number {
  for (const slot of slots) {
    if (slot.worker !== null) continue;
    slot.worker = startWorker(slot, smallWorkerHeapMb);
    slot.worker.unref();
  }
  return slots.filter((slot) => slot.worker !== null).length;
}

/// Stops every parsing worker (queued requests fail); the next parse starts fresh ones.
export async function closeParseWorkers(): Promise<void> {
  for (const job of queue.splice(0)) job.reject(new PasserelleError('internal', 'The importer was closed.'));
  await Promise.all(
    slots.map((slot) => {
      const worker = slot.worker;
      slot.worker = null;
      finish(slot)?.reject(new PasserelleError('internal', 'The importer was closed.'));
      return worker?.terminate();
    }),
  );
}
