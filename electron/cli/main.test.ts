import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

describe('passerelle serve (a real process)', () => {
  let child: ChildProcess | undefined;
  let dir: string | undefined;

  afterEach(() => {
    // The whole process group: tsx and the node process it runs the CLI in.
    if (child?.pid !== undefined && child.exitCode === null && child.signalCode === null)
      process.kill(-child.pid, 'SIGKILL');
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('prints one JSON line once listening, answers with its token, and stops on SIGTERM', async () => {
    dir = mkdtempSync(join(tmpdir(), 'passerelle-serve-'));
    const workspace = join(dir, 'w.sqlite');
    // tsx itself rather than `npx tsx`: npx exits on SIGTERM without passing it on, which would
    // hide whether the CLI shut down cleanly.
    const tsx = join(projectRoot, 'node_modules', '.bin', 'tsx');
    const serving = spawn(
      tsx,
      ['electron/cli/main.ts', 'serve', '--db', workspace, '--port', '0', '--json'],
      {
        cwd: projectRoot,
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    child = serving;
    const exited = new Promise<number | null>((resolve) => serving.once('exit', (code) => resolve(code)));
    const firstLine = await new Promise<string>((resolve, reject) => {
      const lines = createInterface({ input: serving.stdout! });
      lines.once('line', resolve);
      serving.once('exit', (code) => reject(new Error(`serve exited early with ${code}`)));
    });

    const { url, port, token } = JSON.parse(firstLine) as { url: string; port: number; token: string };
    expect(url).toBe(`http://127.0.0.1:${port}/#token=${token}`);
    const res = await fetch(`http://127.0.0.1:${port}/api/articles.list`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual([]);

    serving.kill('SIGTERM');
    expect(await exited).toBe(0);
    // Closing the last connection checkpoints and removes the WAL: the workspace was closed, not abandoned.
    expect(existsSync(`${workspace}-wal`)).toBe(false);
    await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow();
  }, 30_000);
});
