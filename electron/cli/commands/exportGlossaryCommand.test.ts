import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { coreContext } from '../../core/coreContext';
import { dispatch } from '../../core/dispatch';
import { openStore } from '../../core/store/openStore';
import { storeParagraphs } from '../../core/testing/testContext';
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

  it('refuses a format it does not know with exit 2, naming the formats there are', async () => {
    const io = captureIo();
    expect(await runCli(['export', 'glossary', '--format', 'xlsx', '--db', db], io)).toBe(2);
    expect(io.err).toMatch(/^passerelle: Unknown format "xlsx" \(supported: csv, tsv, json, tbx, html\)\./);
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

  async function withThreeEntries(): Promise<{ first: number; second: number }> {
    const store = openStore(db);
    try {
      const ctx = coreContext(store);
      const first = storeParagraphs(ctx, ['Pékin répond.'], 'Premier');
      const second = storeParagraphs(ctx, ['Macron parle.'], 'Second');
      const beijing = await dispatch(ctx, 'annotations.create', {
        articleId: first,
        start: 0,
        end: 5,
        kind: 'entity',
        label: 'place',
      });
      await dispatch(ctx, 'glossary.update', {
        id: beijing.glossaryEntryId!,
        englishTerm: 'Beijing',
        status: 'approved',
      });
      const macron = await dispatch(ctx, 'annotations.create', {
        articleId: second,
        start: 0,
        end: 6,
        kind: 'entity',
        label: 'person',
      });
      await dispatch(ctx, 'glossary.update', { id: macron.glossaryEntryId!, englishTerm: 'Macron' });
      await dispatch(ctx, 'glossary.create', {
        label: 'place',
        frenchTerm: 'Élysée',
        englishTerm: 'Élysée Palace',
      });
      return { first, second };
    } finally {
      store.close();
    }
  }

  const exportLines = async (args: string[]) => {
    const io = captureIo();
    expect(await runCli(['export', 'glossary', ...args, '--db', db], io)).toBe(0);
    return io.out.replace('\ufeff', '').split(/\r?\n/);
  };

  it('narrows the export with --approved, repeated --label and --article', async () => {
    const { first, second } = await withThreeEntries();
    expect(await exportLines(['--approved', '--columns', 'french_term'])).toEqual([
      'french_term',
      'Pékin',
      '',
    ]);
    expect(await exportLines(['--label', 'place', '--label', 'person', '--columns', 'french_term'])).toEqual([
      'french_term',
      'Élysée',
      'Macron',
      'Pékin',
      '',
    ]);
    expect(
      await exportLines([
        '--article',
        String(first),
        '--article',
        String(second),
        '--columns',
        'french_term',
      ]),
    ).toEqual(['french_term', 'Macron', 'Pékin', '']);
    expect(
      await exportLines(['--label', 'place', '--article', String(first), '--columns', 'english_term']),
    ).toEqual(['english_term', 'Beijing', '']);
  });

  it('writes every format, TSV with the chosen columns', async () => {
    await withThreeEntries();
    expect(
      await exportLines(['--format', 'tsv', '--columns', 'english_term,french_term', '--approved']),
    ).toEqual([
      '# Glossary in tab-separated format -*- coding: utf-8 -*-',
      '# english_term\tfrench_term',
      'Beijing\tPékin',
      '',
    ]);
    const json = captureIo();
    expect(await runCli(['export', 'glossary', '--format', 'json', '--db', db], json)).toBe(0);
    expect((JSON.parse(json.out) as { entries: unknown[] }).entries).toHaveLength(3);
    const out = join(dir, 'glossary.tbx');
    const tbx = captureIo();
    expect(await runCli(['export', 'glossary', '--format', 'tbx', '--out', out, '--db', db], tbx)).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(
      /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<tbx type="TBX-Basic"/,
    );
    const html = captureIo();
    expect(
      await runCli(['export', 'glossary', '--format', 'html', '--label', 'person', '--db', db], html),
    ).toBe(0);
    expect(html.out).toContain('<h2>Person <small>(1)</small></h2>');
    expect(html.out).not.toContain('Beijing');
  });

  it('refuses a bad scope or column choice with a one-line reason', async () => {
    await withThreeEntries();
    const cases: [string[], RegExp, number][] = [
      [
        ['--columns', 'french_term,colour'],
        /^passerelle: Unknown column "colour" \(columns: french_term, /,
        2,
      ],
      [['--columns', 'note,note'], /^passerelle: --columns names a column twice\./, 2],
      [
        ['--format', 'tbx', '--columns', 'note'],
        /^passerelle: --columns is only for --format csv or tsv\./,
        2,
      ],
      [['--format', 'json', '--dialect', 'excel-fr'], /^passerelle: --dialect is only for --format csv\./, 2],
      [['--article', 'x1'], /^passerelle: --article takes an article id \(a whole number\), not "x1"\./, 2],
      [['--approved', '--approved'], /^passerelle: --approved is given twice\./, 2],
      [['--label', 'planet'], /There is no label "planet"/, 1],
      [['--article', '999'], /There is no article 999 in this workspace\./, 1],
    ];
    for (const [args, message, status] of cases) {
      const io = captureIo();
      expect(await runCli(['export', 'glossary', ...args, '--db', db], io), args.join(' ')).toBe(status);
      expect(io.err, args.join(' ')).toMatch(message);
    }
  });

  it('names the scope flags and repeatable options in its usage', async () => {
    const help = captureIo();
    expect(await runCli(['export', 'glossary', '--help'], help)).toBe(0);
    expect(help.out).toContain(
      'export glossary [--format csv|tsv|json|tbx|html] [--dialect standard|excel-fr] [--approved] [--label KEY]… [--article ID]… [--columns a,b,c] [--out FILE] [--db FILE]',
    );
  });
});
