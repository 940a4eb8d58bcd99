import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportJobStatus } from '../../../shared/contract';
import { dispatch } from '../dispatch';
import type { CoreContext, ExportFile } from '../coreContext';
import { storeParagraphs, testContext } from '../testing/testContext';
import { maxExportJobs, removeExportFolders, takeExportTicket } from './exportJobs';

async function finished(ctx: CoreContext, jobId: string): Promise<ExportJobStatus> {
  for (;;) {
    const status = await dispatch(ctx, 'exports.status', { jobId });
    if (status.state !== 'running') return status;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

async function annotatedWorkspace(articles: number): Promise<CoreContext> {
  const ctx = testContext();
  await dispatch(ctx, 'workspace.setAuthor', { name: 'Camille Dupont' });
  for (let index = 0; index < articles; index += 1) {
    const articleId = storeParagraphs(ctx, [`Pékin reçoit Paris, numéro ${index}.`], `Article ${index}`);
    await dispatch(ctx, 'annotations.create', {
      articleId,
      start: 0,
      end: 5,
      kind: 'entity',
      label: 'place',
    });
  }
  return ctx;
}

// The download's file for a job, through the ticket web mode's route spends.
async function downloaded(ctx: CoreContext, jobId: string): Promise<{ file: ExportFile; bytes: Buffer }> {
  const delivery = await dispatch(ctx, 'exports.save', { jobId });
  if (delivery.delivery !== 'download') throw new Error('expected a download');
  const taken = takeExportTicket(ctx, delivery.url.slice('/export-file/'.length));
  if (taken === null) throw new Error('the ticket was refused');
  const bytes = readFileSync(taken.file.path);
  taken.release();
  expect(existsSync(taken.file.path)).toBe(false);
  return { file: taken.file, bytes };
}

describe('export jobs', () => {
  it('writes a JSONL dataset in the background, reporting progress to the end', async () => {
    const ctx = await annotatedWorkspace(20);
    const started = await dispatch(ctx, 'exports.start', { kind: 'dataset', format: 'jsonl' });
    expect(started).toMatchObject({
      state: 'running',
      done: 0,
      total: 20,
      fileName: 'passerelle-dataset.jsonl',
    });
    const status = await finished(ctx, started.jobId);
    expect(status).toMatchObject({ state: 'done', done: 20, total: 20 });
    const { file, bytes } = await downloaded(ctx, started.jobId);
    expect(file.mimeType).toBe('application/jsonl');
    const lines = bytes.toString('utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(20);
    expect(JSON.parse(lines[19]!)).toMatchObject({ text: 'Pékin reçoit Paris, numéro 19.' });
  });

  it('answers other operations between slices while a dataset is written', async () => {
    const ctx = await annotatedWorkspace(30);
    const started = await dispatch(ctx, 'exports.start', { kind: 'dataset', format: 'webanno' });
    await new Promise((resolve) => setImmediate(resolve));
    const midway = await dispatch(ctx, 'exports.status', { jobId: started.jobId });
    expect(midway.state).toBe('running');
    expect(midway.done).toBeGreaterThan(0);
    expect(midway.done).toBeLessThan(30);
    expect(await dispatch(ctx, 'articles.list', {})).toHaveLength(30);
    await finished(ctx, started.jobId);
    const { bytes } = await downloaded(ctx, started.jobId);
    const collection = JSON.parse(bytes.toString('utf8')) as { total: number; first: { items: unknown[] } };
    expect(collection.total).toBe(30);
    expect(collection.first.items).toHaveLength(30);
  });

  it('cancels a running export and deletes its file', async () => {
    const ctx = await annotatedWorkspace(30);
    const started = await dispatch(ctx, 'exports.start', { kind: 'dataset', format: 'conll' });
    await dispatch(ctx, 'exports.cancel', { jobId: started.jobId });
    const status = await finished(ctx, started.jobId);
    expect(status.state).toBe('cancelled');
    expect(status.done).toBeLessThan(30);
    await expect(dispatch(ctx, 'exports.save', { jobId: started.jobId })).rejects.toMatchObject({
      code: 'invalid_input',
    });
  });

  it('delivers brat as a ZIP of the .txt and .ann files with annotation.conf, without authors under privacy', async () => {
    const ctx = await annotatedWorkspace(2);
    const started = await dispatch(ctx, 'exports.start', { kind: 'dataset', format: 'brat', privacy: true });
    await finished(ctx, started.jobId);
    const delivery = await dispatch(ctx, 'exports.save', { jobId: started.jobId });
    if (delivery.delivery !== 'download') throw new Error('expected a download');
    const taken = takeExportTicket(ctx, delivery.url.slice('/export-file/'.length))!;
    expect(taken.file).toMatchObject({
      fileName: 'passerelle-dataset-brat.zip',
      mimeType: 'application/zip',
    });
    const contents = JSON.parse(
      execFileSync(
        'python3',
        [
          '-c',
          'import sys, zipfile, json\nz = zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\nprint(json.dumps({n: z.read(n).decode("utf-8") for n in z.namelist()}))',
          taken.file.path,
        ],
        { encoding: 'utf8' },
      ),
    ) as Record<string, string>;
    taken.release();
    const names = Object.keys(contents);
    expect(names).toContain('annotation.conf');
    expect(names.filter((name) => name.endsWith('.txt'))).toHaveLength(2);
    expect(names.filter((name) => name.endsWith('.ann'))).toHaveLength(2);
    expect(Object.values(contents).join('\n')).not.toContain('Camille');
  });

  it('writes a glossary through the same job, and a ticket is spent by its first use', async () => {
    const ctx = await annotatedWorkspace(1);
    const started = await dispatch(ctx, 'exports.start', { kind: 'glossary', format: 'tsv' });
    expect((await finished(ctx, started.jobId)).state).toBe('done');
    const delivery = await dispatch(ctx, 'exports.save', { jobId: started.jobId });
    if (delivery.delivery !== 'download') throw new Error('expected a download');
    const ticket = delivery.url.slice('/export-file/'.length);
    const taken = takeExportTicket(ctx, ticket)!;
    expect(readFileSync(taken.file.path, 'utf8')).toContain('Pékin');
    expect(takeExportTicket(ctx, ticket)).toBeNull();
    taken.release();
    await expect(dispatch(ctx, 'exports.status', { jobId: started.jobId })).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('writes the claims CSV through the same job, in the chosen dialect', async () => {
    const ctx = testContext();
    const text = 'Les prix ont doublé en un an.';
    const articleId = storeParagraphs(ctx, [text], 'Prix');
    await dispatch(ctx, 'claims.create', { articleId, start: 0, end: text.length - 1 });
    const started = await dispatch(ctx, 'exports.start', {
      kind: 'claims',
      format: 'csv',
      dialect: 'excel-fr',
    });
    expect(started.fileName).toBe('passerelle-claims.csv');
    const status = await finished(ctx, started.jobId);
    expect(status).toMatchObject({ state: 'done', done: 1, total: 1 });
    const { file, bytes } = await downloaded(ctx, started.jobId);
    expect(file.mimeType).toBe('text/csv');
    const lines = bytes
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^Prix;Les prix ont doublé en un an;/);
  });

  it('writes ClaimReview JSON-LD, an empty array when no claim is ready to publish', async () => {
    const ctx = await annotatedWorkspace(1);
    const started = await dispatch(ctx, 'exports.start', { kind: 'claims', format: 'claimreview' });
    expect((await finished(ctx, started.jobId)).state).toBe('done');
    const { file, bytes } = await downloaded(ctx, started.jobId);
    expect(file).toMatchObject({ fileName: 'passerelle-claims.jsonld', mimeType: 'application/ld+json' });
    expect(JSON.parse(bytes.toString('utf8'))).toEqual([]);
  });

  it('saves through the desktop save dialog when the context has one, then forgets the export', async () => {
    const base = await annotatedWorkspace(1);
    const offered: { name: string; content: string }[] = [];
    let answer: string | null = null;
    const ctx: CoreContext = {
      ...base,
      saveExport: (file) => {
        offered.push({ name: file.fileName, content: readFileSync(file.path, 'utf8') });
        return Promise.resolve(answer);
      },
    };
    const started = await dispatch(ctx, 'exports.start', { kind: 'glossary', format: 'html' });
    await finished(ctx, started.jobId);
    expect(await dispatch(ctx, 'exports.save', { jobId: started.jobId })).toEqual({ delivery: 'notSaved' });
    answer = '/home/camille/glossary.html';
    expect(await dispatch(ctx, 'exports.save', { jobId: started.jobId })).toEqual({
      delivery: 'saved',
      path: '/home/camille/glossary.html',
    });
    expect(offered.map((file) => file.name)).toEqual([
      'passerelle-glossary.html',
      'passerelle-glossary.html',
    ]);
    expect(offered[0]!.content).toContain('Pékin');
    await expect(dispatch(ctx, 'exports.status', { jobId: started.jobId })).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('refuses an unknown label at once', async () => {
    await expect(
      dispatch(testContext(), 'exports.start', { kind: 'glossary', format: 'csv', labels: ['nonesuch'] }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it(`keeps at most ${maxExportJobs} exports, forgetting the oldest finished one and its file`, async () => {
    const ctx = await annotatedWorkspace(1);
    const first = await dispatch(ctx, 'exports.start', { kind: 'glossary', format: 'csv' });
    await finished(ctx, first.jobId);
    const delivery = await dispatch(ctx, 'exports.save', { jobId: first.jobId });
    if (delivery.delivery !== 'download') throw new Error('expected a download');
    const firstFile = takeExportTicket(ctx, delivery.url.slice('/export-file/'.length))!.file.path;
    for (let index = 1; index <= maxExportJobs; index += 1) {
      await finished(ctx, (await dispatch(ctx, 'exports.start', { kind: 'glossary', format: 'json' })).jobId);
    }
    expect(existsSync(dirname(firstFile))).toBe(false);
    await expect(dispatch(ctx, 'exports.status', { jobId: first.jobId })).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});

describe('export files at exit', () => {
  it('removes the folders of exports still waiting to be saved when the process exits', async () => {
    const ctx = await annotatedWorkspace(1);
    const started = await dispatch(ctx, 'exports.start', { kind: 'glossary', format: 'csv' });
    await finished(ctx, started.jobId);
    const delivery = await dispatch(ctx, 'exports.save', { jobId: started.jobId });
    if (delivery.delivery !== 'download') throw new Error('expected a download');
    const file = takeExportTicket(ctx, delivery.url.slice('/export-file/'.length))!.file.path;
    expect(existsSync(file)).toBe(true);
    expect(process.listeners('exit')).toContain(removeExportFolders);
    removeExportFolders();
    expect(existsSync(dirname(file))).toBe(false);
  });
});
