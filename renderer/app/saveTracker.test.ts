import { describe, expect, it } from 'vitest';
import { PasserelleError } from '../../shared/errors';
import { createSaveTracker } from './saveTracker';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('save tracker', () => {
  it('says saving while a write is pending and saved only once every write is confirmed', async () => {
    const tracker = createSaveTracker();
    expect(tracker.getState()).toEqual({ status: 'idle' });
    const first = deferred<number>();
    const second = deferred<number>();
    void tracker.track(first.promise);
    void tracker.track(second.promise);
    expect(tracker.getState().status).toBe('saving');
    first.resolve(1);
    await first.promise;
    expect(tracker.getState().status).toBe('saving');
    second.resolve(2);
    await second.promise;
    expect(tracker.getState().status).toBe('saved');
  });

  it('says not saved with the reason when a write fails', async () => {
    const tracker = createSaveTracker();
    const write = tracker.track(Promise.reject(new PasserelleError('invalid_span', 'blank')));
    await expect(write).rejects.toThrow('blank');
    await Promise.resolve();
    const state = tracker.getState();
    expect(state.status).toBe('failed');
    expect(state.status === 'failed' && state.error.code).toBe('invalid_span');
  });

  it('tells its listeners about every change', () => {
    const tracker = createSaveTracker();
    const seen: string[] = [];
    const stop = tracker.subscribe(() => seen.push(tracker.getState().status));
    void tracker.track(new Promise(() => {}));
    stop();
    void tracker.track(new Promise(() => {}));
    expect(seen).toEqual(['saving']);
  });
});
