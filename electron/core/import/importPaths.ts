import { open, readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { maxImportBytes } from '../../../shared/limits';
import type { ImportOutcome } from '../../../shared/domain';
import type { ErrorBody } from '../../../shared/errors';
import { inputSchemas } from '../../../shared/contract';
import type { CoreContext } from '../coreContext';
import { importArticleUrl, importFileBytes } from './importArticles';
import { importExtensions, isImportableFileName } from '../../../shared/importFormats';

/// Something to import: a file path, a URL, or an item that failed before reaching the importer.
export type ImportItem = { readonly file: string } | { readonly url: string } | FailedImport;

/// An outcome of a file (or URL, or folder) that could not be imported.
type FailedImport = Extract<ImportOutcome, { status: 'failed' }>;

/// Expands the command's arguments into items in order: files as given, folders into their
/// importable files (recursively, sorted, hidden entries skipped), anything with a scheme
/// (`https://…`) into a URL for `importArticleUrl`, which says why if the scheme is refused.
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
/// desktop menu both do, calling `onOutcome` as each finishes (with its position in the batch) so
/// output and progress keep pace with a long batch. Each outcome's `fileName` is the path or URL
/// as given (a folder's files joined to it). A file that fails never stops the others.
export async function importPaths(
  ctx: CoreContext,
  inputs: readonly string[],
  onOutcome: (outcome: ImportOutcome, done: number, total: number) => void = () => {},
): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  const items = await importItems(inputs);
  for (const item of items) {
    const outcome =
      'status' in item
        ? item
        : 'url' in item
          ? await importUrl(ctx, item.url)
          : await importFile(ctx, item.file);
    outcomes.push(outcome);
    onOutcome(outcome, outcomes.length, items.length);
  }
  return outcomes;
}

/// Fetches and imports one web page, after the same checks `articles.importUrl` makes of its input
/// (the address trimmed, at most 2,048 characters).
async function importUrl(ctx: CoreContext, url: string): Promise<ImportOutcome> {
  const input = inputSchemas['articles.importUrl'].safeParse({ url });
  if (!input.success) {
    return failed(
      url,
      'invalid_input',
      `Not a web address to import: ${input.error.issues[0]?.message ?? url}.`,
    );
  }
  return importArticleUrl(ctx, input.data);
}

/// Reads one file (refusing one over `maxImportBytes` without reading it whole) and hands its
/// bytes to the importer, which stores it under its base name.
export async function importFile(ctx: CoreContext, file: string): Promise<ImportOutcome> {
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
  const outcome = await importFileBytes(ctx, basename(file), bytes, false);
  return { ...outcome, fileName: file };
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

function failed(file: string, code: ErrorBody['code'], message: string): FailedImport {
  return { fileName: file, status: 'failed', error: { code, message } };
}

function fileSystemError(error: unknown): [ErrorBody['code'], string] {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return ['not_found', 'No such file or folder.'];
  if (code === 'EACCES' || code === 'EPERM') return ['forbidden', 'Permission denied.'];
  if (code === 'ENOTFILE' || code === 'EISDIR') return ['unsupported_format', 'Not a regular file.'];
  return ['internal', error instanceof Error ? error.message : String(error)];
}
