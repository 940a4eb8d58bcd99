import { test as base, expect } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';

/// The project root, whatever directory Playwright runs from.
export const projectRoot = path.resolve(import.meta.dirname, '..');

/// A corpus file from the team's shared folder beside the repo.
export function corpusFile(name: string): string {
  return path.resolve(projectRoot, '../shared/corpus', name);
}

/// How the library shows the corpus article `seed-h200-chine.fr.txt` (by title or file name).
export const seedArticle = /seed-h200-chine|H200|DeepSeek|Chine/i;

/// A running web-mode server over a fresh workspace.
export interface WebServer {
  /// The first-load URL, token in its fragment.
  readonly url: string;
  readonly origin: string;
  readonly token: string;
  /// Calls an operation over HTTP the way scripts do, bypassing the UI.
  call<T>(operation: string, input: object): Promise<T>;
}

async function startServer(databasePath: string): Promise<{ child: ChildProcess; server: WebServer }> {
  if (!existsSync(path.join(projectRoot, 'out/renderer/index.html'))) {
    throw new Error('out/renderer is missing: run `npx electron-vite build` before the end-to-end tests.');
  }
  const child = spawn(
    'npx',
    ['tsx', 'electron/cli/main.ts', 'serve', '--db', databasePath, '--port', '0', '--json'],
    {
      cwd: projectRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so stopping it also stops the node process npx started.
      detached: true,
    },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const lines = createInterface({ input: child.stdout! });
  const ready = await new Promise<{ url: string; token: string }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start within 30 s:\n${stderr}`)), 30_000);
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}:\n${stderr}`)));
    lines.once('line', (line) => {
      clearTimeout(timer);
      try {
        resolve(JSON.parse(line) as { url: string; token: string });
      } catch {
        reject(new Error(`serve printed something other than JSON: ${line}\n${stderr}`));
      }
    });
  });
  const origin = new URL(ready.url).origin;
  const server: WebServer = {
    url: ready.url,
    origin,
    token: ready.token,
    async call<T>(operation: string, input: object): Promise<T> {
      const response = await fetch(`${origin}/api/${operation}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${ready.token}` },
        body: JSON.stringify(input),
      });
      if (!response.ok) throw new Error(`${operation} answered ${response.status}: ${await response.text()}`);
      return (await response.json()) as T;
    },
  };
  return { child, server };
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}

function stopServer(child: ChildProcess): Promise<void> {
  const pid = child.pid;
  if (child.exitCode !== null || child.signalCode !== null || pid === undefined) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => signalGroup(pid, 'SIGKILL'), 3_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    signalGroup(pid, 'SIGTERM');
  });
}

/// The name the `server` fixture gives a new workspace, so the "Your name" dialog does not stand
/// in front of every spec; a spec about that dialog sets `authorName` to null.
export const testAuthorName = 'Camille Testeur';

/// Playwright's `test` with a `server` fixture: a web-mode server over a new workspace, per test,
/// named `authorName` (through the API, before the page opens) unless that option is null.
export const test = base.extend<{ server: WebServer; authorName: string | null }>({
  authorName: [testAuthorName, { option: true }],
  server: async ({ authorName }, use) => {
    const directory = await mkdtemp(path.join(tmpdir(), 'passerelle-e2e-'));
    const { child, server } = await startServer(path.join(directory, 'Enquete-puces.sqlite'));
    try {
      if (authorName !== null) await server.call('workspace.setAuthor', { name: authorName });
      await use(server);
    } finally {
      await stopServer(child);
      await rm(directory, { recursive: true, force: true });
    }
  },
});

export { expect };
