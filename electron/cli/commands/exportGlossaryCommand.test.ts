import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { coreContext } from '../../core/coreContext';
import { dispatch } from '../../core/dispatch';
import { openStore } from '../../core/store/openStore';
import type { CliIo } from '../cliIo';
import { runCli } from '../runCli';
import { captureIo as captureIoIn, makeCliWorkspace } from '../testing/cliTestWorkspace';

describe('passerelle export glossary', () => {
  let dir: string;
  let db: string;

  beforeEach(() => {
    ({ dir, db } = makeCliWorkspace());
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  const captureIo = (overrides: Partial<CliIo> = {}) => captureIoIn(dir, overrides);

  it('refuses glossary formats other than csv with exit 2', async () => {
    const io = captureIo();
    expect(await runCli(['export', 'glossary', '--format', 'tsv', '--db', db], io)).toBe(2);
    expect(io.err).toBe('passerelle: format tsv is not supported yet (supported: csv)\n');
  });

  it('exports the glossary as CSV to stdout or to --out', async () => {
    const store = openStore(db);
    try {
      await dispatch(coreContext(store), 'glossary.create', {
        label: 'place',
        frenchTerm: 'Pékin',
        englishTerm: 'Beijing',
      });
    } finally {
      store.close();
    }
    const toStdout = captureIo();
    expect(await runCli(['export', 'glossary', '--db', db], toStdout)).toBe(0);
    expect(toStdout.out).toBe(
      '\ufefffrench_term,english_term,label,status,note,mentions,french_variants,english_avoid,decision,wikidata_id,articles\r\n' +
        'Pékin,Beijing,place,draft,,0,,,translate,,0\r\n',
    );

    const out = join(dir, 'glossary.csv');
    const toFile = captureIo();
    expect(await runCli(['export', 'glossary', '--format', 'csv', '--out', out, '--db', db], toFile)).toBe(0);
    expect(toFile.out).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(toStdout.out);
  });

  it('exports the Excel (French) dialect with --dialect excel-fr, and refuses an unknown dialect', async () => {
    const store = openStore(db);
    try {
      await dispatch(coreContext(store), 'glossary.create', {
        label: 'place',
        frenchTerm: 'x;=1',
        englishTerm: 'y',
      });
    } finally {
      store.close();
    }
    const french = captureIo();
    expect(await runCli(['export', 'glossary', '--dialect', 'excel-fr', '--db', db], french)).toBe(0);
    expect(french.out.split('\r\n')[1]).toBe('"x;=1";y;place;draft;;0;;;translate;;0');

    const unknown = captureIo();
    expect(await runCli(['export', 'glossary', '--dialect', 'excel-de', '--db', db], unknown)).toBe(2);
    expect(unknown.err).toMatch(
      /^passerelle: Unknown CSV dialect "excel-de" \(supported: standard, excel-fr\)\./,
    );
  });

  it('names the dialects in its help', async () => {
    const help = captureIo();
    expect(await runCli(['export', 'glossary', '--help'], help)).toBe(0);
    expect(help.out).toContain('--dialect standard|excel-fr');
    expect(help.out).toContain('Excel (French)');
  });
});
