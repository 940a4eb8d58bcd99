import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArticleSummary, Suggestion } from '../../shared/domain';
import type { GlossaryExportFormat } from '../../shared/exportFormats';
import { coreContext, type CoreContext } from '../core/coreContext';
import { dispatch } from '../core/dispatch';
import { openStore, type Store } from '../core/store/openStore';
import { defaultWorkspacePath } from '../core/workspacePath';
import { startWebServer } from '../web/startWebServer';
import { importPaths, type ImportReport } from '../core/import/importPaths';
import { parseArgs, usage, type CliCommand } from './parseArgs';

/// Everything the command line touches outside itself, so commands run in tests without a process.
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: NodeJS.ProcessEnv;
  /// The built renderer web mode serves.
  readonly rendererDir: string;
  /// Resolves when a running `serve` should stop (SIGINT/SIGTERM in the real process).
  readonly untilShutdown: () => Promise<void>;
}

/// Exit statuses: success, a failure in the work itself, a command line that cannot be run.
export const exitCodes = { ok: 0, failed: 1, usage: 2 } as const;

/// Runs one command line and answers its exit status; never calls `process.exit`, so output
/// written to a pipe is flushed before the process ends.
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.stderr(`passerelle: ${parsed.message}\n`);
    if (parsed.showUsage) io.stderr(`\n${usage}`);
    return exitCodes.usage;
  }
  if (parsed.command.command === 'help') {
    io.stdout(usage);
    return exitCodes.ok;
  }
  return runWithWorkspace(parsed.command, io);
}

async function runWithWorkspace(
  command: Exclude<CliCommand, { command: 'help' }>,
  io: CliIo,
): Promise<number> {
  const file = command.db ?? defaultWorkspacePath(io.env);
  let store: Store;
  try {
    store = openStore(file);
  } catch (error) {
    io.stderr(
      `passerelle: cannot open the workspace ${file}: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return exitCodes.failed;
  }
  const ctx = coreContext(store);
  try {
    switch (command.command) {
      case 'import':
        return await importCommand(ctx, command.inputs, command.json, io);
      case 'list':
        return await listCommand(ctx, command.json, io);
      case 'export-glossary':
        return await exportGlossaryCommand(ctx, command.format, command.out, io);
      case 'suggest':
        return await suggestCommand(ctx, command.articleIds, command.json, io);
      case 'serve':
        return await serveCommand(ctx, command.port, command.json, io);
    }
  } catch (error) {
    io.stderr(`passerelle: ${error instanceof Error ? error.message : String(error)}\n`);
    return exitCodes.failed;
  } finally {
    store.close();
  }
}

async function importCommand(
  ctx: CoreContext,
  inputs: readonly string[],
  json: boolean,
  io: CliIo,
): Promise<number> {
  const reports = await importPaths(ctx, inputs, (report) =>
    io.stdout(json ? `${JSON.stringify(report)}\n` : importLine(report)),
  );
  const count = (status: ImportReport['status']): number =>
    reports.filter((report) => report.status === status).length;
  const failures = count('failed');
  if (!json) {
    const files = reports.length === 1 ? '1 file' : `${reports.length} files`;
    const duplicates = count('duplicate');
    const already = duplicates === 0 ? '' : `, ${duplicates} already in the library`;
    io.stdout(`${files}: ${count('imported')} imported${already}, ${failures} failed.\n`);
  }
  // A duplicate is not a failure: the article is in the library either way.
  return failures === 0 ? exitCodes.ok : exitCodes.failed;
}

/// The human-readable lines about one file: imported (then one `warning` line per warning),
/// already in the library, or failed with its reason.
export function importLine(report: ImportReport): string {
  switch (report.status) {
    case 'imported':
      return [
        `imported  ${report.file}  → #${report.articleId} "${report.title}"\n`,
        ...report.warnings.map((warning) => `  warning: ${warning.message}\n`),
      ].join('');
    case 'duplicate':
      return `duplicate ${report.file}  = #${report.articleId} "${report.title}" (same text, not imported again)\n`;
    case 'failed':
      return `failed    ${report.file}: ${report.error.message}\n`;
  }
}

async function listCommand(ctx: CoreContext, json: boolean, io: CliIo): Promise<number> {
  const articles = await dispatch(ctx, 'articles.list', {});
  if (json) io.stdout(`${JSON.stringify(articles)}\n`);
  else io.stdout(articles.length === 0 ? 'No articles yet.\n' : articleTable(articles));
  return exitCodes.ok;
}

/// The articles as an aligned table: id, title, publication date, source, annotation count.
export function articleTable(articles: readonly ArticleSummary[]): string {
  const header = ['ID', 'TITLE', 'DATE', 'SOURCE', 'ANNOTATIONS'];
  const rows = articles.map((article) => [
    String(article.id),
    shorten(article.title, 60),
    article.publishedAt?.slice(0, 10) ?? '-',
    shorten(article.source ?? '-', 40),
    String(article.annotationCount),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => [...(row[column] ?? '')].length)),
  );
  const rightAligned = new Set([0, 4]);
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, column) => {
        const width = widths[column] ?? 0;
        return rightAligned.has(column) ? pad(cell, width, 'start') : pad(cell, width, 'end');
      })
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n') + '\n';
}

async function exportGlossaryCommand(
  ctx: CoreContext,
  format: GlossaryExportFormat,
  out: string | undefined,
  io: CliIo,
): Promise<number> {
  const exported = await dispatch(ctx, 'glossary.export', { format });
  if (out === undefined) {
    io.stdout(exported.content);
  } else {
    await writeFile(out, exported.content, 'utf8');
    io.stderr(`Glossary written to ${out}.\n`);
  }
  return exitCodes.ok;
}

async function suggestCommand(
  ctx: CoreContext,
  articleIds: readonly number[],
  json: boolean,
  io: CliIo,
): Promise<number> {
  const ids =
    articleIds.length > 0
      ? [...new Set(articleIds)]
      : (await dispatch(ctx, 'articles.list', {})).map((article) => article.id).sort((a, b) => a - b);
  let found = 0;
  let missing = 0;
  for (const articleId of ids) {
    let suggestions: readonly Suggestion[];
    try {
      suggestions = await dispatch(ctx, 'suggestions.list', { articleId });
    } catch (error) {
      missing++;
      io.stderr(`passerelle: ${error instanceof Error ? error.message : String(error)}\n`);
      continue;
    }
    found += suggestions.length;
    for (const suggestion of suggestions) {
      io.stdout(json ? `${JSON.stringify(suggestion)}\n` : suggestionLine(suggestion));
    }
  }
  if (!json) {
    const matches = found === 1 ? '1 suggestion' : `${found} suggestions`;
    const articles = ids.length - missing === 1 ? '1 article' : `${ids.length - missing} articles`;
    io.stdout(`${matches} in ${articles}.\n`);
  }
  return missing === 0 ? exitCodes.ok : exitCodes.failed;
}

/// One human-readable line about a suggestion: article, span, matched text and the entry.
export function suggestionLine(suggestion: Suggestion): string {
  const english = suggestion.englishTerm === '' ? '' : ` = ${suggestion.englishTerm}`;
  const text = suggestion.text.replace(/\s/g, ' ');
  return (
    `#${suggestion.articleId}  ${suggestion.start}-${suggestion.end}  ${text}  ` +
    `→ entry #${suggestion.entryId} ${suggestion.frenchTerm} (${suggestion.label})${english}\n`
  );
}

async function serveCommand(ctx: CoreContext, port: number, json: boolean, io: CliIo): Promise<number> {
  if (!existsSync(join(io.rendererDir, 'index.html'))) {
    io.stderr(
      `passerelle: the web UI is not built (${io.rendererDir} is missing); run "npx electron-vite build". The API still works.\n`,
    );
  }
  const server = await startWebServer({ ctx, port, rendererDir: io.rendererDir });
  try {
    io.stdout(
      json
        ? `${JSON.stringify({ url: server.url, port: server.port, token: server.token })}\n`
        : `Passerelle web mode: ${server.url}\n`,
    );
    if (!json) io.stderr('Press Ctrl+C to stop.\n');
    await io.untilShutdown();
  } finally {
    await server.close();
  }
  return exitCodes.ok;
}

function shorten(text: string, max: number): string {
  const points = [...text];
  return points.length <= max ? text : `${points.slice(0, max - 1).join('')}…`;
}

function pad(text: string, width: number, side: 'start' | 'end'): string {
  const fill = ' '.repeat(Math.max(0, width - [...text].length));
  return side === 'start' ? fill + text : text + fill;
}
