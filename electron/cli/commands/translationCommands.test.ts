import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { coreContext } from '../../core/coreContext';
import { dispatch } from '../../core/dispatch';
import { openStore } from '../../core/store/openStore';
import { storeParagraphs } from '../../core/testing/testContext';
import type { CliIo } from '../cliIo';
import { runCli } from '../runCli';
import { captureIo as captureIoIn, makeCliWorkspace } from '../testing/cliTestWorkspace';

describe('passerelle export translation and import-translation', () => {
  let dir: string;
  let db: string;
  let articleId: number;
  let segmentIds: number[];

  beforeEach(async () => {
    ({ dir, db } = makeCliWorkspace());
    const store = openStore(db);
    try {
      const ctx = coreContext(store);
      articleId = storeParagraphs(ctx, ['Le ciel est bleu. Il pleut.'], 'Météo');
      const segments = await dispatch(ctx, 'translation.segment', { articleId });
      segmentIds = segments.map((segment) => segment.id);
      await dispatch(ctx, 'segments.update', {
        id: segmentIds[0]!,
        target: 'The sky is blue.',
        status: 'translated',
      });
    } finally {
      store.close();
    }
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  const captureIo = (overrides: Partial<CliIo> = {}) => captureIoIn(dir, overrides);

  it('writes the English article as Markdown to stdout, saying what has no English yet', async () => {
    const io = captureIo();
    expect(await runCli(['export', 'translation', String(articleId), '--format', 'md', '--db', db], io)).toBe(
      0,
    );
    expect(io.out).toContain('The sky is blue.');
    expect(io.out).toContain('Il pleut.');
    expect(io.err).toBe('1 segment has no English yet (marked).\n');
  });

  it('refuses to write, with exit 1, when asked to refuse untranslated segments', async () => {
    const io = captureIo();
    expect(
      await runCli(
        [
          'export',
          'translation',
          String(articleId),
          '--format',
          'txt',
          '--untranslated',
          'refuse',
          '--db',
          db,
        ],
        io,
      ),
    ).toBe(1);
    expect(io.err).toMatch(/The English article cannot be exported: 1 segment has no English text yet/);
  });

  it('checks its arguments: the article id, the format, docx only to a file', async () => {
    const cases: [string[], RegExp][] = [
      [['export', 'translation', '--format', 'md'], /needs exactly one article id/],
      [['export', 'translation', 'three', '--format', 'md'], /whole number, not "three"/],
      [['export', 'translation', '1'], /--format is required/],
      [['export', 'translation', '1', '--format', 'pdf'], /Unknown format "pdf"/],
      [['export', 'translation', '1', '--format', 'docx'], /give --out FILE/],
      [['export', 'translation', '1', '--format', 'md', '--untranslated', 'hide'], /--untranslated takes/],
    ];
    for (const [args, message] of cases) {
      const io = captureIo();
      expect(await runCli([...args, '--db', db], io)).toBe(2);
      expect(io.err).toMatch(message);
    }
  });

  it('writes a .docx file with --out, and an XLIFF that import-translation brings back', async () => {
    const docx = join(dir, 'meteo.docx');
    expect(
      await runCli(
        ['export', 'translation', String(articleId), '--format', 'docx', '--out', docx, '--db', db],
        captureIo(),
      ),
    ).toBe(0);
    expect(readFileSync(docx).subarray(0, 2).toString('latin1')).toBe('PK');

    const xlf = join(dir, 'meteo.xlf');
    const exported = captureIo();
    expect(
      await runCli(
        ['export', 'translation', String(articleId), '--format', 'xliff', '--out', xlf, '--db', db],
        exported,
      ),
    ).toBe(0);
    expect(exported.err).toContain(`Translation written to ${xlf}.`);
    const written = readFileSync(xlf, 'utf8');
    const unit = new RegExp(
      `(<segment id="s${segmentIds[1]}"[^>]*?)state="initial"([^>]*>\\s*<source>[^<]*</source>)(\\s*<target>\\s*</target>|\\s*<target/>)?`,
    );
    writeFileSync(xlf, written.replace(unit, '$1state="translated"$2<target>It is raining.</target>'));
    const imported = captureIo();
    expect(await runCli(['import-translation', xlf, '--db', db], imported)).toBe(0);
    expect(imported.out).toBe(`Article ${articleId}: 1 segment updated, 1 unchanged.\n`);
    const store = openStore(db);
    try {
      const segments = await dispatch(coreContext(store), 'segments.list', { articleId });
      expect(segments[1]).toMatchObject({ target: 'It is raining.', status: 'translated' });
    } finally {
      store.close();
    }
  });

  it('refuses a file that is not XLIFF, with exit 1, importing nothing', async () => {
    const bad = join(dir, 'bad.xlf');
    writeFileSync(bad, '<xliff version="2.1"><file');
    const io = captureIo();
    expect(await runCli(['import-translation', bad, '--db', db], io)).toBe(1);
    expect(io.err).toMatch(
      /^passerelle: The XLIFF file cannot be read \(line \d+\).*Nothing was imported\.\n$/,
    );
  });
});
