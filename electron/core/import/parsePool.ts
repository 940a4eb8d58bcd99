import type { Worker } from 'node:worker_threads';
import { PasserelleError } from '../../../shared/errors';
import type { ParseRequest } from './parseArticle';
import type { ParsedArticle } from './parsedArticle';
import { parsedArticleFromJson } from './parsedArticleJson';
import type { WorkerAnswer } from './parseInWorker';

/// How a pool of parsing workers runs (`parsePool`).
export interface ParsePoolOptions {
  /// Starts a worker thread speaking `WorkerAnswer`s, with the small heap or the large one.
  readonly startThread: (large: boolean) => Worker;
  /// How many workers run at once.
  readonly workers: number;
  /// How many small files a worker is handed ahead, so it never waits on a busy main thread.
  readonly inFlight: number;
  /// Longest one parse may take before its worker is stopped and the file refused.
  readonly timeoutMs: number;
  /// Whether a request needs the large heap from the start.
  readonly needsLargeHeap: (request: ParseRequest) => boolean;
  /// The large heap's size, named in the error when a file exhausts it.
  readonly largeHeapMb: number;
}

/// A pool of parsing workers (see `parsePool`).
export interface ParsePool {
  readonly parse: (request: ParseRequest) => Promise<ParsedArticle>;
  readonly warmUp: () => number;
  readonly close: () => Promise<void>;
}

interface Job {
  readonly id: number;
  readonly request: ParseRequest;
  readonly name: string;
  readonly large: boolean;
  readonly resolve: (article: ParsedArticle) => void;
  readonly reject: (error: unknown) => void;
}

interface Slot {
  worker: Worker | null;
  large: boolean;
  /// The jobs handed to the worker, in the order it parses them: the first is the one it is on.
  readonly jobs: Job[];
  timer: NodeJS.Timeout | null;
}

function nameOf(request: ParseRequest): string {
  if (request.kind === 'file') return request.fileName;
  return request.kind === 'page' ? request.url : 'The pasted content';
}

/// A pool of `workers` parsing threads. A worker parses the files it is handed one after the other
/// and is handed up to `inFlight` small files ahead, so it goes on parsing while the main thread
/// stores what it answered; a file needing the large heap has a worker to itself, which is let go
/// afterwards (a grown heap stays grown). A parse that crashes its worker, runs out of memory (in
/// the large heap: a small-heap file that runs out is tried again in a large one) or takes longer
/// than `timeoutMs` fails with a `PasserelleError`; the worker is replaced and the files handed to
/// it after that one go back to the front of the queue.
export function parsePool(options: ParsePoolOptions): ParsePool {
  const slots: Slot[] = Array.from({ length: options.workers }, () => ({
    worker: null,
    large: false,
    jobs: [],
    timer: null,
  }));
  const queue: Job[] = [];
  let nextId = 1;

  // The worker's current parse is timed from when it starts, as far as this thread can tell.
  function timeHead(slot: Slot): void {
    if (slot.timer !== null) clearTimeout(slot.timer);
    slot.timer = null;
    const head = slot.jobs[0];
    if (head === undefined) {
      // An idle worker must not keep the CLI or a test process alive.
      slot.worker?.unref();
      return;
    }
    slot.timer = setTimeout(
      () =>
        replace(
          slot,
          new PasserelleError(
            'parse_failed',
            `${head.name}: reading it took longer than ${options.timeoutMs / 1000} s.`,
          ),
        ),
      options.timeoutMs,
    );
  }

  // Stops the slot's worker: its current file fails with `error` (or, given `retry`, goes back to
  // the queue as that job), the files handed to it after it are queued again in order.
  function replace(slot: Slot, error: PasserelleError | null, retry?: Job): void {
    const worker = slot.worker;
    slot.worker = null;
    const [head, ...rest] = slot.jobs.splice(0);
    timeHead(slot);
    void worker?.terminate();
    queue.unshift(...(retry === undefined ? [] : [retry]), ...rest);
    if (head !== undefined && error !== null) head.reject(error);
    pump();
  }

  function answered(slot: Slot, worker: Worker, answer: WorkerAnswer): void {
    if (slot.worker !== worker) return;
    const index = slot.jobs.findIndex((job) => job.id === answer.id);
    const [job] = index < 0 ? [] : slot.jobs.splice(index, 1);
    if (slot.large && slot.jobs.length === 0) {
      slot.worker = null;
      void worker.terminate();
    }
    timeHead(slot);
    // The next files go to the worker before this answer is rebuilt and stored.
    pump();
    if (job === undefined) return;
    if (!answer.ok) {
      job.reject(new PasserelleError(answer.error.code, answer.error.message, answer.error.params));
      return;
    }
    try {
      job.resolve(parsedArticleFromJson(answer.article));
    } catch (error) {
      job.reject(error);
    }
  }

  function start(slot: Slot, large: boolean): Worker {
    const worker = options.startThread(large);
    slot.large = large;
    worker.on('message', (answer: WorkerAnswer) => answered(slot, worker, answer));
    worker.on('error', (error: Error & { code?: string }) => {
      if (slot.worker !== worker) return;
      const head = slot.jobs[0];
      const name = head?.name ?? 'The file';
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY' && head !== undefined && !slot.large) {
        replace(slot, null, { ...head, large: true });
        return;
      }
      replace(
        slot,
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new PasserelleError(
              'too_large',
              `${name}: reading it needed more than ${options.largeHeapMb} MB of memory.`,
            )
          : new PasserelleError(
              'parse_failed',
              `${name}: the importer failed while reading it (${error.message}).`,
            ),
      );
    });
    worker.on('exit', () => {
      if (slot.worker !== worker) return;
      replace(
        slot,
        new PasserelleError(
          'parse_failed',
          `${slot.jobs[0]?.name ?? 'The file'}: the importer stopped unexpectedly.`,
        ),
      );
    });
    return worker;
  }

  function hand(slot: Slot, job: Job): void {
    if (slot.worker !== null && slot.large !== job.large) {
      void slot.worker.terminate();
      slot.worker = null;
    }
    slot.worker ??= start(slot, job.large);
    slot.worker.ref();
    slot.jobs.push(job);
    if (slot.jobs.length === 1) timeHead(slot);
    // Copied rather than transferred: the caller may still hold the bytes.
    slot.worker.postMessage({ id: job.id, request: job.request });
  }

  function pump(): void {
    // The emptiest worker first, so a batch is spread over all of them.
    for (let job = queue[0]; job !== undefined; job = queue[0]) {
      const slot = slots
        .filter((candidate) =>
          job.large || candidate.large
            ? candidate.jobs.length === 0
            : candidate.jobs.length < options.inFlight,
        )
        .sort((a, b) => a.jobs.length - b.jobs.length)[0];
      if (slot === undefined) return;
      queue.shift();
      hand(slot, job);
    }
  }

  return {
    parse: (request) =>
      new Promise((resolve, reject) => {
        queue.push({
          id: nextId++,
          request,
          name: nameOf(request),
          large: options.needsLargeHeap(request),
          resolve,
          reject,
        });
        pump();
      }),
    warmUp: () => {
      for (const slot of slots) {
        if (slot.worker !== null) continue;
        slot.worker = start(slot, false);
        slot.worker.unref();
      }
      return slots.filter((slot) => slot.worker !== null).length;
    },
    close: async () => {
      const closed = () => new PasserelleError('internal', 'The importer was closed.');
      for (const job of queue.splice(0)) job.reject(closed());
      await Promise.all(
        slots.map((slot) => {
          const worker = slot.worker;
          slot.worker = null;
          for (const job of slot.jobs.splice(0)) job.reject(closed());
          timeHead(slot);
          return worker?.terminate();
        }),
      );
    },
  };
}
