import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { articleText } from '../../../shared/articleText';
import { PasserelleError } from '../../../shared/errors';
import type { ParseRequest } from './parseArticle';
import { parsePool, type ParsePool } from './parsePool';

// A stand-in for the import worker, speaking its protocol: it answers a file with a paragraph of
// the file's name (its title is when it began on the file, by Date.now()), and by the name
// crashes (`crash`), never answers (`hang`), needs about 80 MB (`grow`) or memory without end
// (`explode`).
const fakeWorker = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ id, request }) => {
  const began = Date.now();
  const name = request.fileName;
  if (name.startsWith('crash')) process.exit(3);
  if (name.startsWith('hang')) for (;;);
  if (name.startsWith('grow')) globalThis.kept = Array.from({ length: 80 }, () => new Array(131072).fill(1.5));
  if (name.startsWith('explode')) { const all = []; for (;;) all.push(new Array(131072).fill(1.5)); }
  const until = Date.now() + 5;
  while (Date.now() < until);
  const docJson = JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: name }] }] });
  parentPort.postMessage({ id, ok: true, article: {
    title: String(began), byline: null, publishedAt: null, sourceUrl: null, siteName: null,
    language: 'fr', encoding: 'utf-8', stored: { text: name, contentHash: 'h', docJson },
  } });
});`;

const file = (fileName: string): ParseRequest => ({ kind: 'file', fileName, bytes: new Uint8Array([65]) });

let pool: ParsePool | null = null;
function fakePool(timeoutMs = 30_000): ParsePool {
  pool = parsePool({
    startThread: (large) =>
      new Worker(fakeWorker, { eval: true, resourceLimits: { maxOldGenerationSizeMb: large ? 256 : 32 } }),
    workers: 2,
    inFlight: 3,
    timeoutMs,
    needsLargeHeap: (request) => request.kind === 'file' && request.fileName.startsWith('large'),
    largeHeapMb: 256,
  });
  return pool;
}

// What each parse came to: the text parsed, or the error's code and message.
const outcomes = (parses: Promise<{ readonly doc: { readonly type: unknown } }>[]) =>
  Promise.all(
    parses.map((parse) =>
      parse.then(
        (parsed) => articleText(parsed.doc as never),
        (error: unknown) =>
          error instanceof PasserelleError ? `${error.code}: ${error.message}` : String(error),
      ),
    ),
  );

describe('parsePool', () => {
  afterEach(async () => {
    await pool?.close();
    pool = null;
  });

  it('hands each worker several files ahead, so it parses while the main thread is busy', async () => {
    const parser = fakePool();
    // Both workers up and running first.
    await Promise.all([parser.parse(file('warm-1.txt')), parser.parse(file('warm-2.txt'))]);
    const names = Array.from({ length: 12 }, (_, index) => `article-${index}.txt`);
    const parses = names.map((name) => parser.parse(file(name)));
    // The main thread is busy (a group commit, say) for a while: it hands out nothing meanwhile.
    const busyUntil = Date.now() + 300;
    while (Date.now() < busyUntil);
    const parsed = await Promise.all(parses);
    expect(parsed.map((article) => articleText(article.doc))).toEqual(names);
    // Each of the two workers began on more than one file in that time: all it had been handed.
    const begunMeanwhile = parsed.filter((article) => Number(article.title) < busyUntil);
    expect(begunMeanwhile).toHaveLength(2 * 3);
  });

  it('fails only the file that crashed its worker; the files handed after it are parsed by a new one', async () => {
    const parser = fakePool();
    const names = ['a.txt', 'b.txt', 'crash.txt', 'c.txt', 'd.txt', 'e.txt', 'f.txt', 'g.txt'];
    expect(await outcomes(names.map((name) => parser.parse(file(name))))).toEqual(
      names.map((name) =>
        name === 'crash.txt' ? 'parse_failed: crash.txt: the importer stopped unexpectedly.' : name,
      ),
    );
  });

  it('stops a parse that takes too long, and parses the files queued behind it', async () => {
    const parser = fakePool(1_000);
    const names = ['hang.txt', 'a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt'];
    expect(await outcomes(names.map((name) => parser.parse(file(name))))).toEqual(
      names.map((name) =>
        name === 'hang.txt' ? 'parse_failed: hang.txt: reading it took longer than 1 s.' : name,
      ),
    );
  });

  it('parses a file that outgrows the small heap again in a large one, and refuses one that outgrows that', async () => {
    const parser = fakePool();
    const names = ['a.txt', 'grow.txt', 'b.txt', 'explode.txt', 'c.txt', 'large.txt', 'd.txt'];
    expect(await outcomes(names.map((name) => parser.parse(file(name))))).toEqual(
      names.map((name) =>
        name === 'explode.txt'
          ? 'too_large: explode.txt: reading it needed more than 256 MB of memory.'
          : name,
      ),
    );
  });

  it('fails what it was still to parse when closed', async () => {
    const parser = fakePool();
    const parses = ['hang.txt', 'hang-2.txt', 'a.txt'].map((name) => parser.parse(file(name)));
    const settled = outcomes(parses);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await parser.close();
    expect(await settled).toEqual(Array(3).fill('internal: The importer was closed.'));
  });
});
