import { basename } from 'node:path';
import type { ImportOutcome } from '../../../shared/domain';
import { importExtensions } from '../../../shared/importFormats';
import { importPaths } from '../../core/import/importPaths';
import { exitCodes } from '../cliIo';
import { defineCommand, jsonOption, UsageError, workspaceArgument, workspaceOption } from '../commandLine';

/// `passerelle import <file|folder|url>...`: imports every file, folder (recursively) and web page
/// given, one line each as it finishes and a count at the end; exits 1 if any failed.
export const importCommand = defineCommand({
  name: 'import',
  arguments: '<file|folder|url>...',
  summary: ['import articles: files, folders, http(s) URLs', `(${importExtensions.join(', ')})`],
  description:
    `Imports articles from files, folders (read recursively, hidden entries skipped) and http(s)\n` +
    `URLs, one at a time. Importable files: ${importExtensions.join(', ')}.\n` +
    'A bad file gets a one-line reason and the others still import; a file whose text is already\n' +
    'in the library is reported as a duplicate, not imported again. Exits 1 if any file failed.',
  options: {
    db: workspaceOption,
    json: { ...jsonOption, description: 'one JSON line per file: {"file": …, "status": …}' },
  },
  read: (values, positionals) => {
    if (positionals.length === 0) throw new UsageError('import needs at least one file, folder or URL.');
    return {
      command: 'import' as const,
      inputs: positionals,
      ...workspaceArgument(values.db),
      json: values.json,
    };
  },
  run: async (ctx, { inputs, json }, io) => {
    const outcomes = await importPaths(ctx, inputs, (outcome) =>
      io.stdout(json ? importJsonLine(outcome) : importLine(outcome)),
    );
    const count = (status: ImportOutcome['status']): number =>
      outcomes.filter((outcome) => outcome.status === status).length;
    const failures = count('failed');
    if (!json) {
      const files = outcomes.length === 1 ? '1 file' : `${outcomes.length} files`;
      const duplicates = count('duplicate');
      const already = duplicates === 0 ? '' : `, ${duplicates} already in the library`;
      io.stdout(`${files}: ${count('imported')} imported${already}, ${failures} failed.\n`);
    }
    // A duplicate is not a failure: the article is in the library either way.
    return failures === 0 ? exitCodes.ok : exitCodes.failed;
  },
});

/// The human-readable lines about one file: imported (then one `warning` line per warning),
/// already in the library, or failed with its reason.
export function importLine(outcome: ImportOutcome): string {
  switch (outcome.status) {
    case 'imported':
      return [
        `imported  ${outcome.fileName}  → #${outcome.articleId} "${outcome.title}"\n`,
        ...outcome.warnings.map((warning) => `  warning: ${warning.message}\n`),
      ].join('');
    case 'duplicate':
      return `duplicate ${outcome.fileName}  = #${outcome.articleId} "${outcome.title}" (same text, not imported again)\n`;
    case 'failed':
      return `failed    ${outcome.fileName}: ${withoutFileName(outcome.error.message, outcome.fileName)}\n`;
  }
}

// Core messages about a file start with its name, which the line already gives as its path.
function withoutFileName(message: string, path: string): string {
  const prefix = `${basename(path)}: `;
  return message.startsWith(prefix) ? message.slice(prefix.length) : message;
}

/// The `--json` line about one file, in the shape scripts read (DESIGN.md §3): `file` (the path
/// or URL as given), `status`, then the article or the error; keys always in this order.
export function importJsonLine(outcome: ImportOutcome): string {
  const file = outcome.fileName;
  switch (outcome.status) {
    case 'imported': {
      const { status, articleId, title, warnings } = outcome;
      return `${JSON.stringify({ file, status, articleId, title, warnings })}\n`;
    }
    case 'duplicate': {
      const { status, articleId, title } = outcome;
      return `${JSON.stringify({ file, status, articleId, title })}\n`;
    }
    case 'failed': {
      const { code, message } = outcome.error;
      return `${JSON.stringify({ file, status: outcome.status, error: { code, message } })}\n`;
    }
  }
}
