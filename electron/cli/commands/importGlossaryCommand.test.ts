import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../runCli';
import { captureIo, makeCliWorkspace } from '../testing/cliTestWorkspace';

describe('passerelle import-glossary', () => {
  let dir: string;
  let db: string;

  beforeEach(() => {
    ({ dir, db } = makeCliWorkspace());
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('adds entries, lists a conflict and keeps the workspace’s term unless told otherwise', async () => {
    const first = join(dir, 'ours.tsv');
    writeFileSync(first, '# french_term\tenglish_term\tnote\nPékin\tBeijing\tCapital\n');
    const added = captureIo(dir);
    expect(await runCli(['import-glossary', first, '--db', db], added)).toBe(0);
    expect(added.out).toBe('1 entries added, 0 merged, 0 already there.\n');

    const theirs = join(dir, 'theirs.csv');
    writeFileSync(theirs, 'french_term,english_term\r\npekin,Peking\r\n');
    const kept = captureIo(dir);
    expect(await runCli(['import-glossary', theirs, '--db', db], kept)).toBe(0);
    expect(kept.out).toContain(
      'conflict, line 2: “Pékin” is “Beijing” here, “Peking” in the file (kept yours)',
    );

    const taken = captureIo(dir);
    expect(
      await runCli(['import-glossary', theirs, '--conflicts', 'take', '--db', db, '--json'], taken),
    ).toBe(0);
    expect(JSON.parse(taken.out)).toMatchObject({
      merged: 1,
      conflicts: [{ mine: 'Beijing', theirs: 'Peking', choice: 'take' }],
    });
  });

  it('refuses a file it cannot read, and one whose format it cannot tell', async () => {
    const broken = join(dir, 'broken.tbx');
    writeFileSync(broken, '<tbx><text>');
    const io = captureIo(dir);
    expect(await runCli(['import-glossary', broken, '--db', db], io)).toBe(1);
    expect(io.err).toMatch(
      /^passerelle: broken\.tbx, line 1: the file is not well-formed XML .* Nothing was imported\.\n$/,
    );
    const unknown = captureIo(dir);
    expect(await runCli(['import-glossary', join(dir, 'terms.pdf'), '--db', db], unknown)).toBe(2);
    expect(unknown.err).toContain('Cannot tell the format of');
  });
});
