import { mkdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { maxImportBytes } from '../../../shared/limits';
import { coreContext } from '../../core/coreContext';
import { dispatch } from '../../core/dispatch';
import { openStore } from '../../core/store/openStore';
import type { CliIo } from '../cliIo';
import { runCli } from '../runCli';
import { importJsonLine, importLine } from './importCommand';
import { captureIo as captureIoIn, makeCliWorkspace } from '../testing/cliTestWorkspace';

describe('passerelle import', () => {
  let dir: string;
  let db: string;

  beforeEach(() => {
    ({ dir, db } = makeCliWorkspace());
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  const captureIo = (overrides: Partial<CliIo> = {}) => captureIoIn(dir, overrides);

  it('imports a folder: the good file is imported, the bad one reported, exit 1', async () => {
    const folder = join(dir, 'articles');
    mkdirSync(join(folder, 'nested'), { recursive: true });
    writeFileSync(
      join(folder, 'bon.txt'),
      'La mairie de Rouen vote son budget\n\nLe conseil municipal de Rouen a adopté jeudi le budget de la ville pour 2025.\n',
    );
    writeFileSync(
      join(folder, 'nested', 'casse.txt'),
      Buffer.from([0x00, 0xff, 0x00, 0x01, 0x02, 0x00, 0x89, 0x50]),
    );
    writeFileSync(join(folder, 'ignored.pdf'), 'not picked from a folder');
    const io = captureIo();

    expect(await runCli(['import', folder, '--db', db], io)).toBe(1);

    const lines = io.out.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(new RegExp(`^imported  ${join(folder, 'bon.txt')}  → #\\d+ ".+"$`));
    expect(lines[1]).toMatch(new RegExp(`^failed    ${join(folder, 'nested', 'casse.txt')}: .+`));
    expect(lines[2]).toBe('2 files: 1 imported, 1 failed.');

    const store = openStore(db);
    try {
      const articles = await dispatch(coreContext(store), 'articles.list', {});
      expect(articles).toHaveLength(1);
      expect(articles[0]?.fileName).toBe('bon.txt');
    } finally {
      store.close();
    }
  });

  it('reports a missing file, a refused URL and an oversized file as failures, one JSON line each', async () => {
    const big = join(dir, 'big.txt');
    // A sparse file: the size check must refuse it without reading its 20 MB.
    writeFileSync(big, '');
    truncateSync(big, maxImportBytes + 1);
    const missing = join(dir, 'absent.txt');
    const io = captureIo();

    expect(
      await runCli(['import', missing, 'http://127.0.0.1:9/article', big, '--json', '--db', db], io),
    ).toBe(1);

    const reports = io.out
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as unknown);
    expect(reports).toEqual([
      { file: missing, status: 'failed', error: { code: 'not_found', message: 'No such file or folder.' } },
      {
        file: 'http://127.0.0.1:9/article',
        status: 'failed',
        error: {
          code: 'blocked_address',
          message: '127.0.0.1 is a loopback address; only public web addresses are fetched.',
        },
      },
      {
        file: big,
        status: 'failed',
        error: { code: 'too_large', message: 'The file is larger than 20 MB.' },
      },
    ]);
  });

  it('reports a duplicate and warnings without failing, and exits 0', async () => {
    const folder = join(dir, 'lot');
    mkdirSync(folder, { recursive: true });
    const text = 'Budget de Rouen\n\nLe conseil municipal de Rouen a adopté jeudi le budget de la ville.\n';
    writeFileSync(join(folder, 'a.txt'), text);
    writeFileSync(join(folder, 'b.txt'), text);
    writeFileSync(join(folder, 'c.txt'), Buffer.from('Le c\x9cur de la ville\n', 'latin1'));
    const io = captureIo();

    expect(await runCli(['import', folder, '--db', db], io)).toBe(0);

    const lines = io.out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^imported {2}.+a\.txt {2}→ #1 "Budget de Rouen"$/);
    expect(lines[1]).toMatch(
      /^duplicate .+b\.txt {2}= #1 "Budget de Rouen" \(same text, not imported again\)$/,
    );
    expect(lines[2]).toMatch(/^imported {2}.+c\.txt {2}→ #2 "Le cœur de la ville"$/);
    expect(lines[3]).toBe(
      '  warning: The file declares no encoding and is not UTF-8; it was read as windows-1252.',
    );
    expect(lines[4]).toBe('3 files: 2 imported, 1 already in the library, 0 failed.');
  }, 60_000);

  it('writes each --json line with the keys scripts read, in a fixed order', () => {
    expect(
      importJsonLine({
        fileName: 'dossier/a.txt',
        status: 'imported',
        articleId: 3,
        title: 'Budget',
        warnings: [{ code: 'not_french', language: 'en', message: 'Not French.' }],
      }),
    ).toBe(
      '{"file":"dossier/a.txt","status":"imported","articleId":3,"title":"Budget","warnings":[{"code":"not_french","language":"en","message":"Not French."}]}\n',
    );
    expect(importJsonLine({ title: 'Budget', articleId: 3, status: 'duplicate', fileName: 'b.txt' })).toBe(
      '{"file":"b.txt","status":"duplicate","articleId":3,"title":"Budget"}\n',
    );
    expect(
      importJsonLine({
        error: { message: 'Empty.', code: 'empty_file' },
        status: 'failed',
        fileName: 'c.txt',
      }),
    ).toBe('{"file":"c.txt","status":"failed","error":{"code":"empty_file","message":"Empty."}}\n');
  });

  it('names a failed file once, not again at the start of its reason', () => {
    expect(
      importLine({
        error: { message: 'binary-junk.txt: the file holds binary data, not text.', code: 'binary_file' },
        status: 'failed',
        fileName: 'corpus/binary-junk.txt',
      }),
    ).toBe('failed    corpus/binary-junk.txt: the file holds binary data, not text.\n');
    expect(
      importLine({
        error: { message: 'No such file or folder.', code: 'not_found' },
        status: 'failed',
        fileName: 'x.txt',
      }),
    ).toBe('failed    x.txt: No such file or folder.\n');
  });
});
