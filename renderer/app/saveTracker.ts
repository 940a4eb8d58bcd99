import { toPasserelleError, type PasserelleError } from '../../shared/errors';

/// What the save indicator shows: nothing yet, writes pending, all confirmed, or the last failure.
export type SaveState =
  | { readonly status: 'idle' }
  | { readonly status: 'saving' }
  | { readonly status: 'saved' }
  | { readonly status: 'failed'; readonly error: PasserelleError };

/// Follows every write the UI sends so "Saved" is shown only once the store confirmed them all.
export interface SaveTracker {
  /// Counts `write` as pending until it settles; returns it unchanged.
  track<T>(write: Promise<T>): Promise<T>;
  subscribe(listener: () => void): () => void;
  getState(): SaveState;
  /// How many writes have been tracked so far: unchanged since a write means it is still this
  /// window's latest, so the top of the undo history (an undo can then be drawn before it is sent).
  writeCount(): number;
}

/// Creates a save tracker; a failure stays shown until the next write succeeds.
export function createSaveTracker(): SaveTracker {
  let pending = 0;
  let started = 0;
  let failure: PasserelleError | null = null;
  let state: SaveState = { status: 'idle' };
  const listeners = new Set<() => void>();
  const publish = (next: SaveState) => {
    state = next;
    for (const listener of listeners) listener();
  };
  const settle = () => {
    pending -= 1;
    if (pending > 0) return;
    publish(failure ? { status: 'failed', error: failure } : { status: 'saved' });
  };
  return {
    track(write) {
      pending += 1;
      started += 1;
      failure = null;
      publish({ status: 'saving' });
      write.then(settle, (error: unknown) => {
        failure = toPasserelleError(error);
        settle();
      });
      return write;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getState: () => state,
    writeCount: () => started,
  };
}
