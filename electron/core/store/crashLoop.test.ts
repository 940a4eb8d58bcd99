import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { coreContext } from '../coreContext';
import { startCoreProcess, type CoreProcess } from '../testing/coreProcess';
import { storeParagraphs } from '../testing/testContext';
import { openStore } from './openStore';

// Each round costs a process start (about a second, more when the machine is busy).
const rounds = 5;

describe('a writer killed with SIGKILL in the middle of its writes', () => {
  let dir: string | undefined;
  let writer: CoreProcess | undefined;

  afterEach(() => {
    if (writer && writer.child.exitCode === null && writer.child.signalCode === null)
      writer.child.kill('SIGKILL');
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('loses no acknowledged write, and the workspace passes integrity_check', async () => {
    dir = mkdtempSync(join(tmpdir(), 'passerelle-crash-loop-'));
    const file = join(dir, 'workspace.sqlite');
    const setup = coreContext(openStore(file));
    const articleId = storeParagraphs(setup, [
      Array.from({ length: 2000 }, (_, index) => `Mot${index}`).join(' '),
    ]);
    setup.store.close();

    const acknowledged: { table: 'glossary_entries' | 'annotations'; id: number }[] = [];
    for (let round = 0; round < rounds; round++) {
      const running = startCoreProcess('writeUntilKilledProcess.ts', [
        file,
        String(articleId),
        String(round),
      ]);
      writer = running;
      // Killed as soon as it acknowledges its nth write, so it is most likely inside the next one.
      const killAfter = 5 + Math.floor(Math.random() * 60);
      let seen = 0;
      await new Promise<void>((resolve) => {
        running.lines.on('line', (line) => {
          const [kind, id] = line.split(' ');
          if (kind === 'entry' || kind === 'annotation') {
            acknowledged.push({
              table: kind === 'entry' ? 'glossary_entries' : 'annotations',
              id: Number(id),
            });
            if (++seen === killAfter) running.child.kill('SIGKILL');
          }
        });
        running.lines.once('close', resolve);
      });
      expect(await running.exited).toBeNull();
      expect(running.child.signalCode).toBe('SIGKILL');
    }

    const store = openStore(file);
    expect(store.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(store.pragma('foreign_key_check')).toEqual([]);
    const missing = acknowledged.filter(
      ({ table, id }) => store.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id) === undefined,
    );
    expect(missing).toEqual([]);
    expect(acknowledged.length).toBeGreaterThanOrEqual(rounds * 5);
    store.close();
  }, 60_000);
});
