import { afterEach, describe, expect, it } from 'vitest';
import { articleText } from '../../../shared/articleText';
import {
  closeParseWorkers,
  parseHeapMb,
  parseInWorker,
  parseWorkerCount,
  smallParseBytes,
  warmUpParseWorkers,
} from './parseInWorker';

const workerTimeout = 60_000;

describe('parseInWorker', () => {
  afterEach(() => closeParseWorkers());

  it(
    'starts its workers ahead of the first import when warmed up, and parses with them',
    async () => {
      expect(warmUpParseWorkers()).toBe(parseWorkerCount);
      // Warming up twice starts nothing more.
      expect(warmUpParseWorkers()).toBe(parseWorkerCount);
      const text = 'Le conseil municipal de Rouen a adopté jeudi le budget de la ville.';
      const parsed = await parseInWorker({
        kind: 'file',
        fileName: 'budget.txt',
        bytes: new TextEncoder().encode(text),
      });
      expect(articleText(parsed.doc)).toBe(text);
    },
    workerTimeout,
  );
});

describe('parseHeapMb', () => {
  it('gives small files and pasted text a small heap and larger files the large one', () => {
    const bytes = (length: number) => new Uint8Array(length);
    const small = parseHeapMb({ kind: 'file', fileName: 'court.txt', bytes: bytes(smallParseBytes) });
    const large = parseHeapMb({ kind: 'file', fileName: 'long.txt', bytes: bytes(smallParseBytes + 1) });
    expect(small).toBeLessThan(large);
    expect(large).toBe(2048);
    expect(parseHeapMb({ kind: 'paste', content: 'Un texte court.', format: 'text' })).toBe(small);
    expect(
      parseHeapMb({
        kind: 'page',
        url: 'https://example.org/',
        bytes: bytes(smallParseBytes * 2),
        charset: null,
      }),
    ).toBe(large);
  });

  it(
    'parses a file too large for the small heap in a large worker, then small files in small ones again',
    async () => {
      warmUpParseWorkers();
      const paragraph = 'Le conseil municipal de Rouen a adopté jeudi le budget de la ville.';
      const long = Array.from(
        { length: Math.ceil((smallParseBytes * 1.5) / paragraph.length) },
        () => paragraph,
      );
      const [large, small] = await Promise.all([
        parseInWorker({
          kind: 'file',
          fileName: 'long.txt',
          bytes: new TextEncoder().encode(long.join('\n\n')),
        }),
        parseInWorker({ kind: 'file', fileName: 'court.txt', bytes: new TextEncoder().encode(paragraph) }),
      ]);
      expect(large.doc.childCount).toBe(long.length);
      expect(articleText(small.doc)).toBe(paragraph);
      const after = await parseInWorker({
        kind: 'file',
        fileName: 'encore.txt',
        bytes: new TextEncoder().encode(paragraph),
      });
      expect(articleText(after.doc)).toBe(paragraph);
    },
    workerTimeout,
  );
});
