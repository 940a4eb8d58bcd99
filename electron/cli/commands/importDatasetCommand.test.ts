import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../cliIo';
import { runCli } from '../runCli';
import { captureIo as captureIoIn, makeCliWorkspace } from '../testing/cliTestWorkspace';

describe('passerelle import-dataset', () => {
  let dir: string;
  let db: string;

  beforeEach(() => {
    ({ dir, db } = makeCliWorkspace());
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  const captureIo = (overrides: Partial<CliIo> = {}) => captureIoIn(dir, overrides);

  it('imports a doccano file and then exports the same spans back as JSONL', async () => {
    const file = join(dir, 'doccano.jsonl');
    writeFileSync(
      file,
      `${JSON.stringify({ text: '😀 Tim Cook visite Shanghai.', label: [[2, 10, 'PER']] })}\n`,
    );
    const io = captureIo();
    expect(await runCli(['import-dataset', file, '--db', db], io)).toBe(0);
    expect(io.out).toBe('Imported 1 spans into 1 new and 0 existing articles; new labels: PER.\n');

    const exported = captureIo();
    expect(await runCli(['export', 'dataset', '--format', 'jsonl', '--db', db], exported)).toBe(0);
    expect(JSON.parse(exported.out)).toMatchObject({
      spans: [{ start: 2, end: 10, label: 'per', text: 'Tim Cook' }],
    });
  });

  it('reports a bad span by line with exit 1, and refuses a broken file naming its line', async () => {
    const file = join(dir, 'bad.jsonl');
    writeFileSync(
      file,
      `${JSON.stringify({ text: 'Pékin répond.', spans: [{ start: 0, end: 4, label: 'place', text: 'Pékin' }] })}\n`,
    );
    const io = captureIo();
    expect(await runCli(['import-dataset', file, '--db', db, '--json'], io)).toBe(1);
    expect(JSON.parse(io.out)).toMatchObject({ spansImported: 0, articlesCreated: 1 });
    expect(io.err).toBe('line 1: the span 0–4 does not slice the text it claims (“Pékin”).\n');

    const broken = join(dir, 'broken.jsonl');
    writeFileSync(broken, '{"text": "Un."}\nnot json\n');
    const refused = captureIo();
    expect(await runCli(['import-dataset', broken, '--db', db], refused)).toBe(1);
    expect(refused.err).toMatch(
      /^passerelle: broken\.jsonl, line 2: the line is not JSON .* Nothing was imported\.\n$/,
    );
  });

  it('refuses an unknown --format', async () => {
    const io = captureIo();
    expect(await runCli(['import-dataset', 'x.jsonl', '--format', 'conll', '--db', db], io)).toBe(2);
    expect(io.err).toContain('Unknown dataset format "conll"');
  });
});
