import type { ArticleSummary } from '../../../shared/domain';
import { dispatch } from '../../core/dispatch';
import { exitCodes } from '../cliIo';
import { defineCommand, jsonOption, noPositionals, workspaceArgument, workspaceOption } from '../commandLine';

/// `passerelle list`: the workspace's articles as a table, or as one JSON array.
export const listCommand = defineCommand({
  name: 'list',
  arguments: '',
  summary: ['list the articles in the workspace'],
  description:
    'Lists the articles in the workspace, newest import first: id, title, publication date,\n' +
    'source and number of annotations.',
  options: {
    db: workspaceOption,
    json: { ...jsonOption, description: 'print the article summaries as one JSON array' },
  },
  read: (values, positionals) => {
    noPositionals('list', positionals);
    return { command: 'list' as const, ...workspaceArgument(values.db), json: values.json };
  },
  run: async (ctx, { json }, io) => {
    const articles = await dispatch(ctx, 'articles.list', {});
    if (json) io.stdout(`${JSON.stringify(articles)}\n`);
    else io.stdout(articles.length === 0 ? 'No articles yet.\n' : articleTable(articles));
    return exitCodes.ok;
  },
});

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

function shorten(text: string, max: number): string {
  const points = [...text];
  return points.length <= max ? text : `${points.slice(0, max - 1).join('')}…`;
}

function pad(text: string, width: number, side: 'start' | 'end'): string {
  const fill = ' '.repeat(Math.max(0, width - [...text].length));
  return side === 'start' ? fill + text : text + fill;
}
