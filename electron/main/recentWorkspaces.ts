import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/// The file in Electron's `userData` folder that remembers the recently opened workspaces.
export const recentWorkspacesFileName = 'recent-workspaces.json';

/// How many workspaces File → Open Recent lists.
export const recentWorkspacesKept = 8;

/// The recently opened workspaces stored in `file`, most recent first; a missing or unreadable
/// file is an empty list (it only ever holds shortcuts, never work).
export function readRecentWorkspaces(file: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return [];
  }
  const workspaces: unknown =
    typeof parsed === 'object' && parsed !== null ? Reflect.get(parsed, 'workspaces') : undefined;
  if (!Array.isArray(workspaces)) return [];
  return workspaces
    .filter((path): path is string => typeof path === 'string' && path !== '')
    .slice(0, recentWorkspacesKept);
}

/// `recent` with `workspace` moved (or added) to the front, each path once, at most
/// `recentWorkspacesKept` of them.
export function withRecentWorkspace(recent: readonly string[], workspace: string): string[] {
  return [workspace, ...recent.filter((path) => path !== workspace)].slice(0, recentWorkspacesKept);
}

/// `recent` without `workspace` (one that could not be opened any more).
export function withoutRecentWorkspace(recent: readonly string[], workspace: string): string[] {
  return recent.filter((path) => path !== workspace);
}

/// Stores `recent` in `file` as `{"workspaces": [...]}`, written beside it and renamed so a crash
/// never leaves half a file.
export function writeRecentWorkspaces(file: string, recent: readonly string[]): void {
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  writeFileSync(partial, `${JSON.stringify({ workspaces: recent }, null, 2)}\n`, 'utf8');
  renameSync(partial, file);
}
