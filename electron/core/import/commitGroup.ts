import type { Store } from '../store/openStore';

interface PendingStore {
  /// The article's writes, run inside its own savepoint.
  readonly write: () => void;
  /// Records why the article was not stored (its own error, or the group's failed commit).
  readonly fail: (error: unknown) => void;
  /// Hands the outcome over, once the group has committed.
  readonly settle: () => void;
}

// The stores waiting for their workspace's next commit, in the order they were asked for.
const pendingByStore = new WeakMap<Store, PendingStore[]>();
// When each workspace's last group committed (performance.now()).
const lastCommitByStore = new WeakMap<Store, number>();

/// How long after a commit the next group of a workspace waits for more articles. The parsing
/// workers answer one file at a time, so a group closed at the next turn of the event loop held
/// one or two articles, and a batch paid a commit (an fsync) for nearly every file: most of a
/// plain-text import's time. A store asked for after a quiet spell still commits at once.
export const commitIntervalMs = 25;

/// Runs `store` (the writes of one imported article) in the workspace's next group commit: every
/// store asked for before the event loop's next turn shares one transaction, each inside its own
/// savepoint (and, within `commitIntervalMs` of the previous commit, every store asked for until
/// that interval is over), so a file that fails rolls back alone and becomes `failed(error)`. The
/// promise settles only once the transaction has committed (a failed commit makes every outcome of
/// the group `failed`): an outcome is never reported for an article not yet durable.
export function storeInCommitGroup<Outcome>(
  db: Store,
  store: () => Outcome,
  failed: (error: unknown) => Outcome,
): Promise<Outcome> {
  return new Promise((resolve) => {
    let outcome: { readonly value: Outcome } | null = null;
    const entry: PendingStore = {
      write: () => {
        outcome = { value: db.transaction(store)() };
      },
      fail: (error) => {
        outcome = { value: failed(error) };
      },
      settle: () =>
        resolve(outcome === null ? failed(new Error('The article was not stored.')) : outcome.value),
    };
    const pending = pendingByStore.get(db);
    if (pending !== undefined) {
      pending.push(entry);
      return;
    }
    pendingByStore.set(db, [entry]);
    const wait = (lastCommitByStore.get(db) ?? -Infinity) + commitIntervalMs - performance.now();
    // setImmediate runs after the promise jobs already queued, so parses settled together (a
    // batch's files in order) land in the same group.
    if (wait <= 0) setImmediate(() => commitGroup(db));
    else setTimeout(() => commitGroup(db), wait);
  });
}

function commitGroup(db: Store): void {
  const group = pendingByStore.get(db) ?? [];
  pendingByStore.delete(db);
  try {
    // better-sqlite3 runs a transaction called inside another as a savepoint. Begun IMMEDIATE, so
    // the duplicate checks inside see the latest state and no other process writes in between.
    db.transaction(() => {
      for (const entry of group) {
        try {
          entry.write();
        } catch (error) {
          // Some errors (a full disk) make SQLite roll back the whole transaction, not just the
          // savepoint: then nothing of the group was stored, and every file fails with that error.
          if (!db.inTransaction) throw error;
          entry.fail(error);
        }
      }
    }).immediate();
  } catch (error) {
    for (const entry of group) entry.fail(error);
  }
  lastCommitByStore.set(db, performance.now());
  for (const entry of group) entry.settle();
}
