import { afterEach, describe, expect, it } from 'vitest';
import { articleText } from '../../../shared/articleText';
import { closeParseWorkers, parseInWorker, parseWorkerCount, warmUpParseWorkers } from './parseInWorker';

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
