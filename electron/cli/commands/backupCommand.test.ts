import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../core/store/openStore';
import type { CliIo } from '../cliIo';
import { helpText } from '../helpText';
import { runCli } from '../runCli';
import { captureIo as captureIoIn, makeCliWorkspace, seedArticle } from '../testing/cliTestWorkspace';

describe('passerelle backup', () => {
  let dir: string;
  let db: string;

  beforeEach(() => {
    ({ dir, db } = makeCliWorkspace());
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  const captureIo = (overrides: Partial<CliIo> = {}) => captureIoIn(dir, overrides);

  it('copies the workspace into a new file that opens as a sound workspace', async () => {
    seedArticle(db, 'Le budget de Rouen', 'Le conseil municipal a voté.');
    const target = join(dir, 'copy.sqlite');
    const io = captureIo();
    expect(await runCli(['backup', target, '--db', db], io)).toBe(0);
    expect(io.out).toMatch(/^Backed up .*workspace\.sqlite to .*copy\.sqlite \(\d+ bytes\)\.\n$/);
    const copy = openStore(target);
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(copy.prepare('SELECT title FROM articles').pluck().all()).toEqual(['Le budget de Rouen']);
    } finally {
      copy.close();
    }
    const listed = captureIo();
    expect(await runCli(['list', '--json', '--db', target], listed)).toBe(0);
    expect(JSON.parse(listed.out)).toHaveLength(1);
  });

  it('never overwrites an existing file', async () => {
    seedArticle(db, 'Titre', 'Texte.');
    const target = join(dir, 'mine.txt');
    writeFileSync(target, 'my notes');
    const io = captureIo();
    expect(await runCli(['backup', target, '--db', db], io)).toBe(1);
    expect(io.err).toMatch(/mine\.txt already exists: choose another file/);
  });

  it('says so when the target folder does not exist', async () => {
    const io = captureIo();
    expect(await runCli(['backup', join(dir, 'nowhere', 'copy.sqlite'), '--db', db], io)).toBe(1);
    expect(io.err).toMatch(/the folder .*nowhere does not exist; nothing was written/);
  });

  it('needs exactly one file, and has its own help', async () => {
    const io = captureIo();
    expect(await runCli(['backup', '--db', db], io)).toBe(2);
    expect(io.err).toMatch(/backup needs exactly one file/);
    expect(helpText('backup')).toMatch(/^Usage: passerelle backup <file> \[--db FILE\]/);
    expect(helpText()).toMatch(/\n {2}backup <file> .*back up the workspace into a new file/);
  });

  it('refuses a zero-byte workspace rather than backing up a new empty one', async () => {
    writeFileSync(db, '');
    const io = captureIo();
    expect(await runCli(['backup', join(dir, 'copy.sqlite'), '--db', db], io)).toBe(1);
    expect(io.err).toMatch(
      /cannot open the workspace .*workspace\.sqlite: The workspace .* is an empty file/,
    );
  });
});
