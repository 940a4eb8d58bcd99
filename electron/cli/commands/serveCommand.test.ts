import { rmSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { coreContext } from '../../core/coreContext';
import { dispatch } from '../../core/dispatch';
import { openStore } from '../../core/store/openStore';
import { storeParagraphs } from '../../core/testing/testContext';
import type { CliIo } from '../cliIo';
import { runCli } from '../runCli';
import { captureIo as captureIoIn, makeCliWorkspace } from '../testing/cliTestWorkspace';

describe('passerelle serve', () => {
  let dir: string;
  let db: string;

  beforeEach(() => {
    ({ dir, db } = makeCliWorkspace());
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  const captureIo = (overrides: Partial<CliIo> = {}) => captureIoIn(dir, overrides);

  it('serves web mode until shutdown, printing one JSON line', async () => {
    let shutdown = (): void => {};
    const stopped = new Promise<void>((resolve) => {
      shutdown = resolve;
    });
    let announce = (_line: string): void => {};
    const announced = new Promise<string>((resolve) => {
      announce = resolve;
    });
    const io = captureIo({ untilShutdown: () => stopped });
    const exit = runCli(['serve', '--json', '--port', '0', '--db', db], {
      ...io,
      stdout: (text) => announce(text),
    });

    const line = await announced;
    expect(line.endsWith('\n')).toBe(true);
    const { url, port, token } = JSON.parse(line) as { url: string; port: number; token: string };
    expect(url).toBe(`http://127.0.0.1:${port}/#token=${token}`);
    const res = await fetch(`http://127.0.0.1:${port}/api/articles.list`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(await res.json()).toEqual([]);

    shutdown();
    expect(await exit).toBe(0);
    await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow();
  });

  it('records --author as the author of what is marked through it, over the workspace’s name', async () => {
    const seeded = openStore(db);
    const ctx = coreContext(seeded);
    await dispatch(ctx, 'workspace.setAuthor', { name: 'Claire' });
    const articleId = storeParagraphs(ctx, ['Xi Jinping à Pékin.']);
    seeded.close();
    let shutdown = (): void => {};
    const stopped = new Promise<void>((resolve) => {
      shutdown = resolve;
    });
    let announce = (_line: string): void => {};
    const announced = new Promise<string>((resolve) => {
      announce = resolve;
    });
    const io = captureIo({ untilShutdown: () => stopped });
    const exit = runCli(['serve', '--json', '--db', db, '--author', 'Script de Paul'], {
      ...io,
      stdout: (text) => announce(text),
    });
    const { port, token } = JSON.parse(await announced) as { port: number; token: string };
    const call = async (operation: string, input: object) =>
      (
        await fetch(`http://127.0.0.1:${port}/api/${operation}`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
          body: JSON.stringify(input),
        })
      ).json() as Promise<Record<string, unknown>>;
    const start = 'Xi Jinping à '.length;
    const marked = await call('annotations.create', {
      articleId,
      start,
      end: start + 'Pékin'.length,
      kind: 'entity',
      label: 'place',
    });
    expect(marked).toMatchObject({ author: 'Script de Paul' });
    expect(await call('workspace.info', {})).toMatchObject({ author: 'Script de Paul' });
    shutdown();
    expect(await exit).toBe(0);
  });
});
