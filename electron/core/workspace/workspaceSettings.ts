import type { Store } from '../store/openStore';
import { cachedStatement } from '../store/rows';

/// The settings a workspace keeps in its `workspace_settings` table (key/value, not undoable):
/// `author`, the name recorded with what is marked; `publisher-name` and `publisher-url`, who
/// publishes the workspace's fact-checks (the ClaimReview `author`).
export type WorkspaceSettingKey = 'author' | 'publisher-name' | 'publisher-url';

/// A workspace setting's value, or null when it was never set.
export function readWorkspaceSetting(store: Store, key: WorkspaceSettingKey): string | null {
  const row = cachedStatement<{ value: string }>(
    store,
    'SELECT value FROM workspace_settings WHERE key = ?',
  ).get(key);
  return row?.value ?? null;
}

/// Stores a workspace setting at once, replacing its value; outside any undo step.
export function writeWorkspaceSetting(store: Store, key: WorkspaceSettingKey, value: string): void {
  cachedStatement(
    store,
    `INSERT INTO workspace_settings (key, value) VALUES (?, ?)
       ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
  ).run(key, value);
}
