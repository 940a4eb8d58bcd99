import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { coreContext } from '../../core/coreContext';
import { dispatch } from '../../core/dispatch';
import { openStore } from '../../core/store/openStore';
import type { CliIo } from '../cliIo';
import { runCli } from '../runCli';
import { captureIo as captureIoIn, makeCliWorkspace, seedArticle } from '../testing/cliTestWorkspace';

describe('passerelle export dataset', () => {
  let dir: string;
  let db: string;
  const text = '😀 Emmanuel Macron est à Lyon.';

  beforeEach(async () => {
    ({ dir, db } = makeCliWorkspace());
    const articleId = seedArticle(db, 'Lyon', text);
    const store = openStore(db);
    try {
      const start = text.indexOf('Lyon');
      await dispatch(coreContext(store), 'annotations.create', {
        articleId,
        start,
        end: start + 4,
        kind: 'entity',
        label: 'place',
      });
    } finally {
      store.close();
    }
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  const captureIo = (overrides: Partial<CliIo> = {}) => captureIoIn(dir, overrides);

  it('writes JSONL to stdout with code-point offsets', async () => {
    const io = captureIo();
    expect(await runCli(['export', 'dataset', '--format', 'jsonl', '--db', db], io)).toBe(0);
    const line = JSON.parse(io.out) as { spans: { start: number; end: number; text: string }[] };
    expect(line.spans).toEqual([expect.objectContaining({ start: 24, end: 28, text: 'Lyon' })]);
    expect(Array.from(text).slice(24, 28).join('')).toBe('Lyon');
  });

  it('writes ClaimReview JSON-LD, listing a reviewed claim it leaves out for a missing field and failing', async () => {
    const store = openStore(db);
    try {
      const ctx = coreContext(store);
      const claim = await dispatch(ctx, 'claims.create', { articleId: 1, start: 3, end: 30 });
      await dispatch(ctx, 'claims.update', {
        annotationId: claim.annotationId,
        verdict: 'true',
        englishText: 'Emmanuel Macron is in Lyon',
      });
    } finally {
      store.close();
    }
    const io = captureIo();
    expect(await runCli(['export', 'dataset', '--format', 'claimreview', '--db', db], io)).toBe(1);
    expect(JSON.parse(io.out)).toEqual([]);
    expect(io.err).toBe(
      'Not exported: claim 2 (“Emmanuel Macron est à Lyon.”) lacks the fact-check address, a publisher (set one in the app).\n',
    );

    const store2 = openStore(db);
    try {
      const ctx = coreContext(store2);
      await dispatch(ctx, 'claims.update', { annotationId: 2, factCheckUrl: 'https://example.org/check' });
      await dispatch(ctx, 'workspace.setPublisher', { name: 'Le Vérificateur' });
    } finally {
      store2.close();
    }
    const out = join(dir, 'claims.json');
    const written = captureIo();
    expect(
      await runCli(['export', 'dataset', '--format', 'claimreview', '--out', out, '--db', db], written),
    ).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual([
      expect.objectContaining({
        '@type': 'ClaimReview',
        claimReviewed: 'Emmanuel Macron is in Lyon',
        reviewRating: expect.objectContaining({ ratingValue: 5, alternateName: 'True' }),
      }),
    ]);
    expect(written.err).toBe(
      `Exported 1 ClaimReviews to ${out} (0 claims without a rated verdict left out).\n`,
    );
  });

  it('writes a file with --out and says what it wrote', async () => {
    const out = join(dir, 'dataset.conll');
    const io = captureIo();
    expect(await runCli(['export', 'dataset', '--format', 'conll', '--out', out, '--db', db], io)).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('Lyon _ _ B-place\n');
    expect(io.err).toBe(`Exported 1 articles and 1 spans to ${out}.\n`);
  });

  it('writes brat into a new folder, and refuses a folder that already holds files', async () => {
    const folder = join(dir, 'brat');
    expect(
      await runCli(['export', 'dataset', '--format', 'brat', '--out', folder, '--db', db], captureIo()),
    ).toBe(0);
    expect(readdirSync(folder).sort()).toEqual(['annotation.conf', 'article-00001.ann', 'article-00001.txt']);
    expect(readFileSync(join(folder, 'article-00001.ann'), 'utf8')).toBe(
      'T1\tplace 24 28\tLyon\n#1\tAnnotatorNotes T1\tGlossary entry: 1\n',
    );

    const busy = join(dir, 'busy');
    mkdirSync(busy);
    writeFileSync(join(busy, 'keep.txt'), 'mine');
    const io = captureIo();
    expect(await runCli(['export', 'dataset', '--format', 'brat', '--out', busy, '--db', db], io)).toBe(1);
    expect(io.err).toContain('is not an empty folder; nothing was written');
    expect(readdirSync(busy)).toEqual(['keep.txt']);
  });

  it('refuses a missing or unknown format, and bad article ids', async () => {
    const missing = captureIo();
    expect(await runCli(['export', 'dataset', '--db', db], missing)).toBe(2);
    expect(missing.err).toContain('export dataset needs --format (jsonl, conll, brat, webanno, claimreview)');
    const unknown = captureIo();
    expect(await runCli(['export', 'dataset', '--format', 'xml', '--db', db], unknown)).toBe(2);
    expect(unknown.err).toContain('Unknown format "xml"');
    const ids = captureIo();
    expect(await runCli(['export', 'dataset', '--format', 'jsonl', '--article', 'x', '--db', db], ids)).toBe(
      2,
    );
    expect(ids.err).toContain('--article takes an article id, not "x"');
  });
});
