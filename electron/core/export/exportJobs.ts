import { randomBytes } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExportDelivery, ExportJobStatus } from '../../../shared/contract';
import { PasserelleError, toErrorBody, type ErrorBody } from '../../../shared/errors';
import { clientError } from '../clientError';
import type { CoreContext, ExportFile } from '../coreContext';
import type { Store } from '../store/openStore';
import { datasetArticleIds, datasetArticles } from './dataset/datasetArticles';
import { datasetWriter, type DatasetSink } from './dataset/writeDataset';
import { glossaryFileContent } from './exportGlossary';
import {
  claimsFileContent,
  datasetScope,
  exportFileKind,
  glossaryEntriesToExport,
  type ClaimsExportRequest,
  type DatasetExportRequest,
  type ExportRequest,
  type GlossaryExportRequest,
} from './exportRequest';
import { zipWriter } from './zipWriter';

/// How many exports a workspace keeps at once (running or waiting to be saved); starting one more
/// first forgets the oldest finished one.
export const maxExportJobs = 4;

/// How long a finished export's file waits to be saved before it is deleted.
export const exportJobLifetimeMs = 15 * 60_000;

/// How long a download address from `exports.save` stays valid (it is used once, at once).
export const exportTicketLifetimeMs = 60_000;

// Articles written per slice: between slices the server answers other requests.
const articlesPerSlice = 8;

interface ExportJob {
  readonly id: string;
  readonly file: ExportFile;
  readonly folder: string;
  state: ExportJobStatus['state'];
  done: number;
  total: number;
  error?: ErrorBody;
  cancelRequested: boolean;
  expiry?: NodeJS.Timeout;
  ticket?: { readonly value: string; readonly expiresAt: number };
}

const jobsByStore = new WeakMap<Store, Map<string, ExportJob>>();

function jobsOf(ctx: CoreContext): Map<string, ExportJob> {
  let jobs = jobsByStore.get(ctx.store);
  if (jobs === undefined) {
    jobs = new Map();
    jobsByStore.set(ctx.store, jobs);
  }
  return jobs;
}

function statusOf(job: ExportJob): ExportJobStatus {
  return {
    jobId: job.id,
    state: job.state,
    done: job.done,
    total: job.total,
    fileName: job.file.fileName,
    ...(job.error === undefined ? {} : { error: job.error }),
  };
}

// Every job's temporary folder not yet removed, so the process removes them as it exits.
const liveFolders = new Set<string>();
let removesOnExit = false;

function makeFolder(): string {
  if (!removesOnExit) {
    removesOnExit = true;
    process.once('exit', removeExportFolders);
  }
  const folder = mkdtempSync(join(tmpdir(), 'passerelle-export-'));
  liveFolders.add(folder);
  return folder;
}

/// Removes the temporary folder of every export not yet saved or forgotten (run as the process
/// exits, so none is left behind).
export function removeExportFolders(): void {
  for (const folder of liveFolders) removeFolder(folder);
}

// Deletes a job's temporary folder; one that cannot go yet (a file still open on Windows) is
// left to the system's temporary-file cleaning rather than failing the caller.
function removeFolder(folder: string): void {
  liveFolders.delete(folder);
  try {
    rmSync(folder, { recursive: true, force: true });
  } catch {
    // See above.
  }
}

function forget(jobs: Map<string, ExportJob>, job: ExportJob): void {
  clearTimeout(job.expiry);
  removeFolder(job.folder);
  jobs.delete(job.id);
}

function requireJob(ctx: CoreContext, jobId: string): ExportJob {
  const job = jobsOf(ctx).get(jobId);
  if (job === undefined) {
    throw new PasserelleError(
      'not_found',
      `There is no export ${jobId} (it may have been saved or expired).`,
    );
  }
  return job;
}

// A finished job's file stays until it is saved or its lifetime ends; a cancelled or failed one
// has nothing worth keeping.
function settle(
  ctx: CoreContext,
  job: ExportJob,
  state: 'done' | 'cancelled' | 'failed',
  error?: unknown,
): void {
  job.state = state;
  const jobs = jobsOf(ctx);
  if (state === 'failed') job.error = toErrorBody(clientError(error));
  if (state !== 'done') removeFolder(job.folder);
  job.expiry = setTimeout(() => forget(jobs, job), exportJobLifetimeMs);
  job.expiry.unref();
}

function runGlossary(ctx: CoreContext, job: ExportJob, request: GlossaryExportRequest): void {
  const entries = glossaryEntriesToExport(ctx, request);
  job.total = entries.length;
  setImmediate(() => {
    if (job.cancelRequested) return settle(ctx, job, 'cancelled');
    try {
      writeFileSync(job.file.path, glossaryFileContent(ctx, request, entries), 'utf8');
      job.done = entries.length;
      settle(ctx, job, 'done');
    } catch (error) {
      settle(ctx, job, 'failed', error);
    }
  });
}

// The claims file is written in one slice, as the glossary is; its scope is checked at once.
function runClaims(ctx: CoreContext, job: ExportJob, request: ClaimsExportRequest): void {
  const { content, counts } = claimsFileContent(ctx, request);
  job.total = counts.claims;
  setImmediate(() => {
    if (job.cancelRequested) return settle(ctx, job, 'cancelled');
    try {
      writeFileSync(job.file.path, content, 'utf8');
      job.done = counts.claims;
      settle(ctx, job, 'done');
    } catch (error) {
      settle(ctx, job, 'failed', error);
    }
  });
}

function runDataset(ctx: CoreContext, job: ExportJob, request: DatasetExportRequest): void {
  const scope = datasetScope(request);
  const ids = datasetArticleIds(ctx, scope);
  job.total = ids.length;
  const descriptor = openSync(job.file.path, 'w');
  const zip = request.format === 'brat' ? zipWriter(descriptor, ctx.now()) : null;
  const sink: DatasetSink = {
    write: (chunk, file) =>
      zip ? zip.addFile(file ?? 'dataset.txt', chunk) : void writeSync(descriptor, chunk),
  };
  const writer = datasetWriter(ctx, request.format, scope, sink);
  // Each slice reads its articles to the end, so no cursor stays open on the connection while
  // other requests use it between slices.
  const slice = (): void => {
    try {
      if (job.cancelRequested) {
        closeSync(descriptor);
        settle(ctx, job, 'cancelled');
        return;
      }
      if (job.done === 0) writer.begin();
      const articleIds = ids.slice(job.done, job.done + articlesPerSlice);
      if (articleIds.length > 0) {
        for (const article of datasetArticles(ctx, { ...scope, articleIds })) writer.article(article);
      }
      job.done += articleIds.length;
      if (job.done < ids.length) {
        setImmediate(slice);
        return;
      }
      writer.end();
      zip?.finish();
      closeSync(descriptor);
      settle(ctx, job, 'done');
    } catch (error) {
      try {
        closeSync(descriptor);
      } catch {
        // Already closed: the failure came after it.
      }
      settle(ctx, job, 'failed', error);
    }
  };
  setImmediate(slice);
}

/// Starts writing the export `request` asks for to a temporary file, in slices so the workspace
/// stays responsive; its progress is read with `exportStatus`. The scope is checked at once: an
/// unknown label or article fails here, not in the background.
export function startExport(ctx: CoreContext, request: ExportRequest): ExportJobStatus {
  const jobs = jobsOf(ctx);
  if (jobs.size >= maxExportJobs) {
    const oldestFinished = [...jobs.values()].find((job) => job.state !== 'running');
    if (oldestFinished === undefined) {
      throw new PasserelleError(
        'invalid_input',
        `${maxExportJobs} exports are already running; wait for one to finish or cancel one.`,
      );
    }
    forget(jobs, oldestFinished);
  }
  const folder = makeFolder();
  const kind = exportFileKind(request);
  const job: ExportJob = {
    id: randomBytes(12).toString('base64url'),
    file: { ...kind, path: join(folder, kind.fileName) },
    folder,
    state: 'running',
    done: 0,
    total: 0,
    cancelRequested: false,
  };
  try {
    if (request.kind === 'glossary') runGlossary(ctx, job, request);
    else if (request.kind === 'claims') runClaims(ctx, job, request);
    else runDataset(ctx, job, request);
  } catch (error) {
    removeFolder(folder);
    throw error;
  }
  jobs.set(job.id, job);
  return statusOf(job);
}

/// Where the export `jobId` stands.
export function exportStatus(ctx: CoreContext, { jobId }: { jobId: string }): ExportJobStatus {
  return statusOf(requireJob(ctx, jobId));
}

/// Asks the export `jobId` to stop before its next slice; its file is deleted. A finished export
/// is forgotten (its file deleted) instead.
export function cancelExport(ctx: CoreContext, { jobId }: { jobId: string }): ExportJobStatus {
  const job = requireJob(ctx, jobId);
  if (job.state === 'running') job.cancelRequested = true;
  else if (job.state === 'done') {
    forget(jobsOf(ctx), job);
    return { ...statusOf(job), state: 'cancelled' };
  }
  return statusOf(job);
}

/// Hands a finished export to the user: through the desktop app's save dialog when the context
/// has one (the export is then forgotten once saved), else as a one-time download address under
/// `/export-file/`, valid for `exportTicketLifetimeMs`.
export async function saveExport(ctx: CoreContext, { jobId }: { jobId: string }): Promise<ExportDelivery> {
  const job = requireJob(ctx, jobId);
  if (job.state !== 'done') {
    throw new PasserelleError('invalid_input', `The export ${jobId} is ${job.state}, not ready to save.`);
  }
  if (ctx.saveExport !== undefined) {
    const path = await ctx.saveExport(job.file);
    if (path === null) return { delivery: 'notSaved' };
    forget(jobsOf(ctx), job);
    return { delivery: 'saved', path };
  }
  const ticket = randomBytes(24).toString('base64url');
  job.ticket = { value: ticket, expiresAt: ctx.now().getTime() + exportTicketLifetimeMs };
  return { delivery: 'download', url: `${exportFilePathPrefix}${ticket}` };
}

/// Where web mode serves a finished export for the ticket after it.
export const exportFilePathPrefix = '/export-file/';

/// The file a download ticket from `saveExport` names, once: the ticket is spent by this call,
/// and `release` (called when the download ends) deletes the file. Null for an unknown, spent or
/// expired ticket.
export function takeExportTicket(
  ctx: CoreContext,
  ticket: string,
): { file: ExportFile; release: () => void } | null {
  const jobs = jobsOf(ctx);
  for (const job of jobs.values()) {
    if (job.ticket === undefined || job.ticket.value !== ticket) continue;
    const valid = job.ticket.expiresAt >= ctx.now().getTime() && job.state === 'done';
    delete job.ticket;
    if (!valid) return null;
    return { file: job.file, release: () => forget(jobs, job) };
  }
  return null;
}
