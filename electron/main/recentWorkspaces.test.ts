import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  readRecentWorkspaces,
  recentWorkspacesKept,
  withoutRecentWorkspace,
  withRecentWorkspace,
  writeRecentWorkspaces,
} from './recentWorkspaces';

describe('recent workspaces', () => {
  let dir: string;
  let file: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'passerelle-recent-'));
    file = join(dir, 'userData', 'recent-workspaces.json');
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('remembers the workspaces, most recent first, each once', () => {
    let recent = withRecentWorkspace([], '/a.sqlite');
    recent = withRecentWorkspace(recent, '/b.sqlite');
    recent = withRecentWorkspace(recent, '/a.sqlite');
    writeRecentWorkspaces(file, recent);
    expect(readRecentWorkspaces(file)).toEqual(['/a.sqlite', '/b.sqlite']);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ workspaces: ['/a.sqlite', '/b.sqlite'] });
  });

  it('keeps only the last few', () => {
    let recent: string[] = [];
    for (let n = 0; n < 12; n++) recent = withRecentWorkspace(recent, `/w${n}.sqlite`);
    expect(recent).toHaveLength(recentWorkspacesKept);
    expect(recent[0]).toBe('/w11.sqlite');
  });

  it('forgets a workspace that cannot be opened any more', () => {
    expect(withoutRecentWorkspace(['/a.sqlite', '/b.sqlite'], '/a.sqlite')).toEqual(['/b.sqlite']);
  });

  it('reads a missing or garbled file as no recent workspace', () => {
    expect(readRecentWorkspaces(file)).toEqual([]);
    writeFileSync(join(dir, 'bad.json'), '{"workspaces": [1, "", "/ok.sqlite"');
    expect(readRecentWorkspaces(join(dir, 'bad.json'))).toEqual([]);
    writeFileSync(join(dir, 'odd.json'), '{"workspaces": [1, "", "/ok.sqlite"]}');
    expect(readRecentWorkspaces(join(dir, 'odd.json'))).toEqual(['/ok.sqlite']);
  });
});
