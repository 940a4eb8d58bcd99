import type { Store } from './store/openStore';

/// What every handler receives: the open workspace and a clock.
export interface CoreContext {
  readonly store: Store;
  readonly now: () => Date;
}

/// A context over `store` with the real clock.
export function coreContext(store: Store): CoreContext {
  return { store, now: () => new Date() };
}
