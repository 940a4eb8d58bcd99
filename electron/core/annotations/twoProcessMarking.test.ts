import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { coreContext } from '../coreContext';
import { openStore } from '../store/openStore';
import { startCoreProcess, type CoreProcess } from '../testing/coreProcess';
import { storeParagraphs } from '../testing/testContext';

const rounds = 200;

describe('two processes marking one workspace at once', () => {
  let dir: string | undefined;
  let writers: CoreProcess[] = [];

  afterEach(() => {
    for (const writer of writers) if (writer.child.exitCode === null) writer.child.kill('SIGKILL');
    writers = [];
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('store a span both mark at the same moment once, linked to one entry, and refuse the other', async () => {
    dir = mkdtempSync(join(tmpdir(), 'passerelle-two-writers-'));
    const file = join(dir, 'workspace.sqlite');
    const setup = coreContext(openStore(file));
    const names = Array.from({ length: rounds }, (_, index) => `Nom${index}`);
    const articleId = storeParagraphs(setup, [names.join(' ')]);
    setup.store.close();

    writers = [0, 1].map(() => startCoreProcess('markSpansProcess.ts', [file, String(articleId)]));
    for (const writer of writers) expect(await writer.nextLine()).toBe('ready');
    const answers: string[] = [];
    let start = 0;
    // Each round both processes are sent the same span at once, and both answer before the next.
    for (const name of names) {
      for (const writer of writers) writer.child.stdin!.write(`${start} ${start + name.length}\n`);
      answers.push(...(await Promise.all(writers.map((writer) => writer.nextLine()))));
      start += name.length + 1;
    }
    for (const writer of writers) writer.child.stdin!.end();
    expect(await Promise.all(writers.map((writer) => writer.exited))).toEqual([0, 0]);

    const check = openStore(file);
    const markedTwice = check
      .prepare(
        `SELECT count(*) FROM (SELECT 1 FROM annotations GROUP BY article_id, start, end, label HAVING count(*) > 1)`,
      )
      .pluck()
      .get();
    expect(markedTwice).toBe(0);
    expect(check.prepare('SELECT count(*) FROM annotations').pluck().get()).toBe(rounds);
    expect(check.prepare('SELECT count(*) FROM glossary_entries').pluck().get()).toBe(rounds);
    check.close();
    expect(answers.filter((answer) => answer === 'created')).toHaveLength(rounds);
    expect(answers.filter((answer) => answer === 'refused')).toHaveLength(rounds);
  });
});
