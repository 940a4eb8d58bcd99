import { existsSync, rmSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { glossaryExportFormats } from '../../shared/exportFormats';
import { importExtensions } from '../../shared/importFormats';
import type { CliIo } from './cliIo';
import { runCli } from './runCli';
import {
  captureIo as captureIoIn,
  makeCliWorkspace,
  seedArticle as seedArticleIn,
} from './testing/cliTestWorkspace';

describe('runCli', () => {
  let dir: string;
  let db: string;

  beforeEach(() => {
    ({ dir, db } = makeCliWorkspace());
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  const captureIo = (overrides: Partial<CliIo> = {}) => captureIoIn(dir, overrides);
  const seedArticle = (title: string, text: string): number => seedArticleIn(db, title, text);

  it('prints usage and exits 2 without a command', async () => {
    const io = captureIo();
    expect(await runCli([], io)).toBe(2);
    expect(io.err).toMatch(/^passerelle: No command given\.\n\nUsage: passerelle/);
    expect(io.out).toBe('');
  });

  it('prints usage and exits 0 with --help', async () => {
    const io = captureIo();
    expect(await runCli(['--help'], io)).toBe(0);
    expect(io.out).toMatch(/^Usage: passerelle/);
  });

  it('exits 2 with a one-line error and usage on an unknown command', async () => {
    const io = captureIo();
    expect(await runCli(['frobnicate'], io)).toBe(2);
    expect(io.err.split('\n')[0]).toBe('passerelle: Unknown command "frobnicate".');
    expect(io.err).toContain('Usage:');
  });

  it('says a later command is not available yet and exits 2', async () => {
    const io = captureIo();
    expect(await runCli(['search', 'Pékin', '--db', db], io)).toBe(2);
    expect(io.err).toBe('passerelle: search is not available yet in this version.\n');
  });

  it('exits 1 with a clear message when the workspace cannot be opened', async () => {
    const io = captureIo();
    expect(await runCli(['list', '--db', dir], io)).toBe(1);
    expect(io.err).toMatch(new RegExp(`^passerelle: cannot open the workspace ${dir}: `));
  });

  it('reads the workspace from PASSERELLE_DB when --db is absent', async () => {
    seedArticle('Le budget de Rouen', 'Le conseil municipal a voté.');
    const io = captureIo({ env: { PASSERELLE_DB: db } });
    expect(await runCli(['list', '--json'], io)).toBe(0);
    expect(JSON.parse(io.out)).toHaveLength(1);
  });

  it('lists every importable extension in the overview and in the help of import', async () => {
    const overview = captureIo();
    expect(await runCli(['--help'], overview)).toBe(0);
    const importHelp = captureIo();
    expect(await runCli(['import', '--help'], importHelp)).toBe(0);
    expect(importHelp.out).toMatch(
      /^Usage: passerelle import <file\|folder\|url>\.\.\. \[--db FILE\] \[--json\]\n/,
    );
    expect(importHelp.err).toBe('');
    for (const extension of importExtensions) {
      expect(overview.out).toContain(extension);
      expect(importHelp.out).toContain(extension);
    }
    expect(importHelp.out).not.toContain('suggest');
  });

  it('prints the help of export glossary with its formats, and of export with its targets', async () => {
    const glossaryHelp = captureIo();
    expect(await runCli(['export', 'glossary', '--help'], glossaryHelp)).toBe(0);
    expect(glossaryHelp.out).toMatch(
      new RegExp(`^Usage: passerelle export glossary \\[--format ${glossaryExportFormats.join('\\|')}\\]`),
    );
    const exportHelp = captureIo();
    expect(await runCli(['export', '--help'], exportHelp)).toBe(0);
    expect(exportHelp.out).toMatch(/^Usage: passerelle export <target>/);
    expect(exportHelp.out).toContain('  export glossary [--format');
  });

  it('opens no workspace for a usage mistake or for help', async () => {
    for (const argv of [
      ['list', '--verbose', '--db', db],
      ['list', '--help', '--db', db],
    ]) {
      await runCli(argv, captureIo());
      expect(existsSync(db), argv.join(' ')).toBe(false);
    }
  });
});
