import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../core/dispatch';
import { storeParagraphs } from '../core/testing/testContext';
import {
  closeDesktopWorkspace,
  openDesktopWorkspace,
  switchDesktopWorkspace,
  type DesktopWorkspace,
  type DesktopWorkspaceOptions,
} from './desktopWorkspace';

describe('the desktop workspace', () => {
  let dir: string;
  let open: DesktopWorkspace[];
  const options: DesktopWorkspaceOptions = { keepBackups: 5, onBackupError: vi.fn() };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'passerelle-desktop-'));
    open = [];
  });

  afterEach(async () => {
    for (const workspace of open) if (workspace.ctx.store.open) await closeDesktopWorkspace(workspace);
    rmSync(dir, { recursive: true, force: true });
  });

  function opened(name: string): DesktopWorkspace {
    const workspace = openDesktopWorkspace(join(dir, name), options);
    open.push(workspace);
    return workspace;
  }

  it('opens a new workspace by its name, with no backup of an empty one', async () => {
    const workspace = opened('Flamanville.sqlite');
    expect(workspace.name).toBe('Flamanville');
    await workspace.backedUp;
    expect(existsSync(join(dir, 'backups'))).toBe(false);
  });

  it('takes the rolling backup when it reopens a workspace with work in it', async () => {
    const first = opened('Flamanville.sqlite');
    storeParagraphs(first.ctx, ['Le réacteur a démarré.'], 'Flamanville');
    await closeDesktopWorkspace(first);
    const again = opened('Flamanville.sqlite');
    await again.backedUp;
    expect(readdirSync(join(dir, 'backups'))).toEqual([
      expect.stringMatching(/^Flamanville-.*-automatic\.sqlite$/),
    ]);
  });

  it('switches to another workspace: the new one is active before the old one closes', async () => {
    const current = opened('Flamanville.sqlite');
    storeParagraphs(current.ctx, ['Le réacteur a démarré.'], 'Flamanville');
    const activate = vi.fn((next: DesktopWorkspace) => {
      open.push(next);
      expect(current.ctx.store.open).toBe(true);
    });
    const next = await switchDesktopWorkspace(current, join(dir, 'Rouen.sqlite'), options, activate);
    expect(activate).toHaveBeenCalledWith(next);
    expect(next.name).toBe('Rouen');
    expect(current.ctx.store.open).toBe(false);
    expect(await dispatch(next.ctx, 'articles.list', {})).toEqual([]);
    expect((await dispatch(next.ctx, 'backups.list', {})).workspaceName).toBe('Rouen');
  });

  it('stays on the current workspace when the other cannot be opened', async () => {
    const current = opened('Flamanville.sqlite');
    const empty = join(dir, 'empty.sqlite');
    writeFileSync(empty, '');
    const activate = vi.fn();
    await expect(switchDesktopWorkspace(current, empty, options, activate)).rejects.toThrow(/empty file/);
    expect(activate).not.toHaveBeenCalled();
    expect(current.ctx.store.open).toBe(true);
  });

  it('does nothing when asked to switch to the workspace already open', async () => {
    const current = opened('Flamanville.sqlite');
    const activate = vi.fn();
    expect(
      await switchDesktopWorkspace(current, join(dir, '.', 'Flamanville.sqlite'), options, activate),
    ).toBe(current);
    expect(activate).not.toHaveBeenCalled();
  });
});
