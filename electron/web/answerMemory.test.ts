import { describe, expect, it } from 'vitest';
import { answerMemory, readIdempotencyKey, type ApiAnswer } from './answerMemory';

function counted(json: string) {
  let runs = 0;
  return {
    run: (): Promise<ApiAnswer> => {
      runs += 1;
      return Promise.resolve({ status: 200, json });
    },
    runs: () => runs,
  };
}

describe('answerMemory', () => {
  it('runs a key once: a copy arriving while the first runs, or after, gets the same answer', async () => {
    const memory = answerMemory();
    let finish: (answer: ApiAnswer) => void = () => {};
    let runs = 0;
    const slow = (): Promise<ApiAnswer> => {
      runs += 1;
      return new Promise((resolve) => {
        finish = resolve;
      });
    };
    const first = memory.answer('key-0001', 'import a', slow);
    const copy = memory.answer('key-0001', 'import a', slow);
    finish({ status: 200, json: '{"status":"imported"}' });
    expect(await first).toEqual({ status: 200, json: '{"status":"imported"}' });
    expect(await copy).toEqual(await first);
    expect(await memory.answer('key-0001', 'import a', slow)).toEqual(await first);
    expect(runs).toBe(1);
  });

  it('refuses a key that comes back with another request', async () => {
    const memory = answerMemory();
    const work = counted('1');
    await memory.answer('key-0001', 'import a', work.run);
    expect(await memory.answer('key-0001', 'import b', work.run)).toBe('key_reused');
    expect(work.runs()).toBe(1);
  });

  it('forgets an answer after its time, and a request that failed to answer at all', async () => {
    let time = 0;
    const memory = answerMemory({ maxAnswers: 10, maxBytes: 1_000, keepMs: 100 }, () => time);
    const work = counted('1');
    await memory.answer('key-0001', 'a', work.run);
    time = 99;
    await memory.answer('key-0001', 'a', work.run);
    expect(work.runs()).toBe(1);
    time = 101;
    await memory.answer('key-0001', 'a', work.run);
    expect(work.runs()).toBe(2);

    const failing = (): Promise<ApiAnswer> => Promise.reject(new Error('lost'));
    await expect(memory.answer('key-0002', 'b', failing)).rejects.toThrow('lost');
    await memory.answer('key-0002', 'b', work.run);
    expect(work.runs()).toBe(3);
  });

  it('holds at most so many answers and so many bytes, dropping the oldest first', async () => {
    const memory = answerMemory({ maxAnswers: 3, maxBytes: 10, keepMs: 60_000 });
    for (const key of ['key-0001', 'key-0002', 'key-0003', 'key-0004']) {
      await memory.answer(key, key, counted('12').run);
    }
    expect(memory.size).toBe(3);
    const again = counted('12');
    await memory.answer('key-0001', 'key-0001', again.run);
    expect(again.runs()).toBe(1);

    await memory.answer('key-big1', 'big', counted('0123456789abc').run);
    await memory.answer('key-0005', 'key-0005', counted('1').run);
    // The 13-byte answer is over the budget on its own and goes at the next request.
    expect(memory.size).toBeLessThanOrEqual(2);
  });
});

describe('readIdempotencyKey', () => {
  it('reads a bare or quoted token and refuses anything else', () => {
    expect(readIdempotencyKey(undefined)).toBeNull();
    expect(readIdempotencyKey('8e03978e-40d5-43e8-bc93-6894a57f9324')).toBe(
      '8e03978e-40d5-43e8-bc93-6894a57f9324',
    );
    expect(readIdempotencyKey('"8e03978e-40d5-43e8"')).toBe('8e03978e-40d5-43e8');
    expect(readIdempotencyKey('short')).toBe('invalid');
    expect(readIdempotencyKey('has spaces in it')).toBe('invalid');
    expect(readIdempotencyKey(['key-0001', 'key-0002'])).toBe('invalid');
  });
});
