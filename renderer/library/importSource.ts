import type { ImportOutcome } from '../../shared/domain';
import { api } from '../app/api';
import { toPasserelleError, type ErrorParams } from '../../shared/errors';
import { maxImportBytes } from '../../shared/limits';
import { importSourceName, type ImportSource } from './importSourceName';
import { readFileAsBase64 } from './readFileAsBase64';

const bytesPerMegabyte = 1024 * 1024;

// Rounded up like the core's message, so a file just over the limit never reads as the limit.
function megabytes(byteCount: number): number {
  return Math.ceil((byteCount / bytesPerMegabyte) * 10) / 10;
}

function failed(fileName: string, code: string, message: string, params?: ErrorParams): ImportOutcome {
  return {
    fileName,
    status: 'failed',
    error: params === undefined ? { code, message } : { code, message, params },
  };
}

async function importFile(file: File, force: boolean): Promise<ImportOutcome> {
  // Checked before reading, so a huge file never enters the page's memory.
  if (file.size > maxImportBytes) {
    const size = megabytes(file.size);
    const limit = megabytes(maxImportBytes);
    return failed(
      file.name,
      'too_large',
      `${file.name}: the file is ${size} MB, over the ${limit} MB import limit.`,
      { detail: 'file', fileName: file.name, size, limit },
    );
  }
  let data: string;
  try {
    data = await readFileAsBase64(file);
  } catch (error) {
    return failed(file.name, 'unreadable', error instanceof Error ? error.message : String(error));
  }
  const { results } = await api['articles.import']({ files: [{ name: file.name, data }], force });
  return results[0] ?? failed(file.name, 'internal', 'The import answered no result for the file.');
}

async function send(source: ImportSource, force: boolean): Promise<ImportOutcome> {
  if (source.kind === 'file') return importFile(source.file, force);
  if (source.kind === 'url') return api['articles.importUrl']({ url: source.url, force });
  return api['articles.importText']({ content: source.content, format: source.format, force });
}

/// Imports one source (`force` imports even a duplicate) and always resolves to an outcome: a
/// refused call (a URL or pasted content that could not be imported) becomes a failed outcome
/// with the error's code, message and params.
export async function importSource(source: ImportSource, force: boolean): Promise<ImportOutcome> {
  try {
    const outcome = await send(source, force);
    // Pasted content has no file name: the results list names it as the user knows it.
    return outcome.fileName === '' ? { ...outcome, fileName: importSourceName(source) } : outcome;
  } catch (error) {
    const { code, message, params } = toPasserelleError(error);
    return failed(importSourceName(source), code, message, params);
  }
}
