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

describe('save tracker write count', () => {
  it('counts every write when it starts, whether it succeeds or fails', async () => {
    const tracker = createSaveTracker();
    expect(tracker.writeCount()).toBe(0);
    const ok = deferred<number>();
    const refused = deferred<number>();
    void tracker.track(ok.promise);
    expect(tracker.writeCount()).toBe(1);
    void tracker.track(refused.promise).catch(() => undefined);
    expect(tracker.writeCount()).toBe(2);
    ok.resolve(1);
    refused.reject(new PasserelleError('invalid_span', 'already marked'));
    await Promise.allSettled([ok.promise, refused.promise]);
    expect(tracker.writeCount()).toBe(2);
  });
});
