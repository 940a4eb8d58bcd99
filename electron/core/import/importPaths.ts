import { open, readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { maxImportBytes } from '../../../shared/limits';
import type { ImportOutcome, ImportWarning } from '../../../shared/domain';
import { toErrorBody, type ErrorBody } from '../../../shared/errors';
import type { CoreContext } from '../coreContext';
import { dispatch } from '../dispatch';
import { importExtensions, isImportableFileName } from '../../../shared/importFormats';

/// What became of one file (or URL, or folder) the import command was given: imported (with any
/// warnings), a duplicate of an article already stored (not a failure), or failed with a reason.
export type ImportReport =
  | {
      readonly file: string;
      readonly status: 'imported';
      readonly articleId: number;
      readonly title: string;
      readonly warnings: readonly ImportWarning[];
    }
  | {
      readonly file: string;
      readonly status: 'duplicate';
      readonly articleId: number;
      readonly title: string;
    }
  | { readonly file: string; readonly status: 'failed'; readonly error: ImportError };

/// Why a file failed: an `ErrorCode` from the importer, or one the command line found first.
export interface ImportError {
  readonly code: string;
  readonly message: string;
}

/// Something to import: a file path, a URL, or an item that failed before reaching the importer.
export type ImportItem = { readonly file: string } | { readonly url: string } | ImportReport;

/// Expands the command's arguments into items in order: files as given, folders into their
/// importable files (recursively, sorted, hidden entries skipped), anything with a scheme
/// (`https://…`) into a URL for `articles.importUrl`, which says why if the scheme is refused.
export async function importItems(inputs: readonly string[]): Promise<ImportItem[]> {
  const items: ImportItem[] = [];
  for (const input of inputs) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) {
      items.push({ url: input });
      continue;
    }
    let isFolder: boolean;
    try {
      isFolder = (await stat(input)).isDirectory();
    } catch (error) {
      items.push(failed(input, ...fileSystemError(error)));
      continue;
    }
    if (!isFolder) {
      items.push({ file: input });
      continue;
    }
    const files = await folderFiles(input);
    if (files.length === 0) {
      items.push(failed(input, 'not_found', `The folder holds no ${importExtensions.join(', ')} files.`));
    }
    items.push(...files.map((file) => ({ file })));
  }
  return items;
}

/// Imports local files, folders (recursively) and URLs one at a time, as the command line and the
/// desktop menu both do, calling `onReport` as each finishes (with its position in the batch) so
/// output and progress keep pace with a long batch. A file that fails never stops the others.
export async function importPaths(
  ctx: CoreContext,
  inputs: readonly string[],
  onReport: (report: ImportReport, done: number, total: number) => void = () => {},
): Promise<ImportReport[]> {
  const reports: ImportReport[] = [];
  const items = await importItems(inputs);
  for (const item of items) {
    const report =
      'status' in item
        ? item
        : 'url' in item
          ? await importUrl(ctx, item.url)
          : await importFile(ctx, item.file);
    reports.push(report);
    onReport(report, reports.length, items.length);
  }
  return reports;
}

/// Reads one file (refusing one over `maxImportBytes` without reading it whole) and imports it
/// through `articles.import`.
export async function importFile(ctx: CoreContext, file: string): Promise<ImportReport> {
  let bytes: Buffer;
  try {
    const read = await readAtMost(file, maxImportBytes);
    if (read === 'too_large') {
      return failed(file, 'too_large', `The file is larger than ${maxImportBytes / (1024 * 1024)} MB.`);
    }
    bytes = read;
  } catch (error) {
    return failed(file, ...fileSystemError(error));
  }
  try {
    const { results } = await dispatch(ctx, 'articles.import', {
      files: [{ name: basename(file), data: bytes.toString('base64') }],
    });
    const outcome = results[0];
    if (outcome === undefined) return failed(file, 'internal', 'The importer returned no result.');
    return reportOf(file, outcome);
  } catch (error) {
    return { file, status: 'failed', error: toErrorBody(error) };
  }
}

/// Fetches and imports one web page through `articles.importUrl`.
export async function importUrl(ctx: CoreContext, url: string): Promise<ImportReport> {
  try {
    return reportOf(url, await dispatch(ctx, 'articles.importUrl', { url }));
  } catch (error) {
    return { file: url, status: 'failed', error: toErrorBody(error) };
  }
}

function reportOf(file: string, outcome: ImportOutcome): ImportReport {
  switch (outcome.status) {
    case 'imported':
      return {
        file,
        status: 'imported',
        articleId: outcome.articleId,
        title: outcome.title,
        warnings: outcome.warnings,
      };
    case 'duplicate':
      return { file, status: 'duplicate', articleId: outcome.articleId, title: outcome.title };
    case 'failed':
      return { file, status: 'failed', error: { code: outcome.error.code, message: outcome.error.message } };
  }
}

async function readAtMost(file: string, limit: number): Promise<Buffer | 'too_large'> {
  const handle = await open(file, 'r');
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw Object.assign(new Error('Not a regular file.'), { code: 'ENOTFILE' });
    if (info.size > limit) return 'too_large';
    // One byte more than `stat` promised, so a file that grew since is noticed rather than cut short.
    const buffer = Buffer.alloc(info.size + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) return buffer.subarray(0, length);
      length += bytesRead;
    }
    if (length > limit) return 'too_large';
    throw Object.assign(new Error('The file changed while it was being read.'), { code: 'ECHANGED' });
  } finally {
    await handle.close();
  }
}

async function folderFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await folderFiles(path)));
    else if (isImportableFileName(entry.name)) files.push(path);
  }
  return files;
}

function failed(file: string, code: ErrorBody['code'], message: string): ImportReport {
  return { file, status: 'failed', error: { code, message } };
}

function fileSystemError(error: unknown): [ErrorBody['code'], string] {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return ['not_found', 'No such file or folder.'];
  if (code === 'EACCES' || code === 'EPERM') return ['forbidden', 'Permission denied.'];
  if (code === 'ENOTFILE' || code === 'EISDIR') return ['unsupported_format', 'Not a regular file.'];
  return ['internal', error instanceof Error ? error.message : String(error)];
}
