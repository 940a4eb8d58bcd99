import { expect, test } from '@playwright/test';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { projectRoot } from './fixtures';
import { LibraryPage } from './pages/LibraryPage';

const tsx = path.join(projectRoot, 'node_modules/tsx/dist/cli.mjs');
// Root ignores file permissions: the server then runs as `nobody`, for whom the file truly is
// read-only; anyone else already is such a user.
const otherUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

let directory: string;
let child: ChildProcess | undefined;

test.beforeEach(async () => {
  directory = await mkdtemp(path.join(tmpdir(), 'passerelle-e2e-readonly-'));
  // Writable by everyone, so SQLite can keep its -shm index beside the read-only file.
  await chmod(directory, 0o777);
});

test.afterEach(async () => {
  if (child?.pid !== undefined && child.exitCode === null) {
    const exited = new Promise((resolve) => child?.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  await rm(directory, { recursive: true, force: true });
});

async function serveReadOnly(file: string): Promise<string> {
  execFileSync(process.execPath, [tsx, 'electron/cli/main.ts', 'list', '--db', file], { cwd: projectRoot });
  await chmod(file, 0o444);
  child = spawn(
    process.execPath,
    [tsx, 'electron/cli/main.ts', 'serve', '--db', file, '--port', '0', '--json'],
    {
      cwd: projectRoot,
      env: { ...process.env, HOME: directory },
      stdio: ['ignore', 'pipe', 'inherit'],
      ...otherUser,
    },
  );
  const line = await new Promise<string>((resolve, reject) => {
    child?.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
    createInterface({ input: child!.stdout! }).once('line', resolve);
  });
  return (JSON.parse(line) as { url: string }).url;
}

test('says a read-only workspace is read-only, and why a change is refused', async ({ page }) => {
  const url = await serveReadOnly(path.join(directory, 'enquete.sqlite'));
  const library = new LibraryPage(page);
  await library.open(url);
  await expect(page.getByRole('status').filter({ hasText: 'This workspace is read-only' })).toContainText(
    'enquete.sqlite',
  );
  await page.getByRole('button', { name: 'Paste article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste an article' });
  await dialog
    .getByLabel('Article text')
    .fill('Inondations dans le Gard\n\nLes pluies ont fait déborder le Gardon jeudi soir à Alès.');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText('This workspace is read-only: open a copy');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(library.articles.getByRole('listitem')).toHaveCount(0);
});
