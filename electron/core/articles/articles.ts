import { createHash } from 'node:crypto';
import { articleText } from '../../../shared/articleText';
import type { OperationResult, ValidatedInput } from '../../../shared/contract';
import type { Article, ArticleSummary, DocJSON, ImportOutcome } from '../../../shared/domain';
import { PasserelleError, toErrorBody } from '../../../shared/errors';
import type { HistoryMessage } from '../../../shared/historyMessages';
import type { CoreContext } from '../coreContext';
import { recordAction } from '../history/recordAction';
import { fetchArticlePage, type FetchedPage } from '../import/fetch/fetchArticlePage';
import type { ParseRequest } from '../import/parseArticle';
import type { ParsedArticle } from '../import/parsedArticle';
import { parseInWorker } from '../import/parseInWorker';

interface ArticleRow {
  id: number;
  title: string;
  byline: string | null;
  published_at: string | null;
  source_url: string | null;
  site_name: string | null;
  language: string;
  file_name: string | null;
  encoding: string | null;
  imported_at: string;
  annotation_count: number;
}

const summaryColumns = `a.id, a.title, a.byline, a.published_at, a.source_url, a.site_name, a.language,
  a.file_name, a.encoding, a.imported_at,
  (SELECT count(*) FROM annotations n WHERE n.article_id = a.id) AS annotation_count`;

function toSummary(row: ArticleRow): ArticleSummary {
  return {
    id: row.id,
    title: row.title,
    byline: row.byline,
    publishedAt: row.published_at,
    source: row.site_name ?? row.source_url ?? row.file_name,
    fileName: row.file_name,
    importedAt: row.imported_at,
    annotationCount: row.annotation_count,
  };
}

/// Stores one parsed article and returns its id; the text is derived from the document here,
/// once, so it always matches `articleText`. The id is never one a deleted article had while its
/// deletion can still be undone (SQLite would otherwise reuse the highest), so undoing it finds
/// its place free.
export function storeArticle(ctx: CoreContext, fileName: string | null, parsed: ParsedArticle): number {
  const text = articleText(parsed.doc);
  if (text.trim() === '') throw new PasserelleError('empty_file', 'The file holds no article text.');
  const docJson = JSON.stringify(parsed.doc.toJSON());
  const hash = contentHash(text);
  const result = ctx.store
    .prepare(
      `INSERT INTO articles (id, title, byline, published_at, source_url, site_name, language, file_name,
        encoding, content_hash, doc, text, imported_at)
       VALUES (1 + max(
           coalesce((SELECT max(id) FROM articles), 0),
           coalesce((SELECT max(row_id) FROM history_changes WHERE table_name = 'articles'), 0)
         ), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      parsed.title,
      parsed.byline,
      parsed.publishedAt,
      parsed.sourceUrl,
      parsed.siteName,
      parsed.language,
      fileName,
      parsed.encoding,
      hash,
      docJson,
      text,
      ctx.now().toISOString(),
    );
  return Number(result.lastInsertRowid);
}

/// Parses off the main thread; replaceable so a test can count or delay parses.
export type ArticleParser = (request: ParseRequest) => Promise<ParsedArticle>;

function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/// The article already holding the same text (same sha256 of `articleText`), if any.
export function findDuplicate(ctx: CoreContext, parsed: ParsedArticle): { id: number; title: string } | null {
  const row = ctx.store
    .prepare('SELECT id, title FROM articles WHERE content_hash = ? ORDER BY id LIMIT 1')
    .get(contentHash(articleText(parsed.doc))) as { id: number; title: string } | undefined;
  return row ?? null;
}

/// Stores a parsed article unless its text is already in the library (then nothing is stored
/// and the outcome names the existing article), or stores it anyway when `force` is set.
export function storeImported(
  ctx: CoreContext,
  outcomeName: string,
  storedFileName: string | null,
  parsed: ParsedArticle,
  force: boolean,
): ImportOutcome {
  const existing = force ? null : findDuplicate(ctx, parsed);
  if (existing !== null) {
    return { fileName: outcomeName, status: 'duplicate', articleId: existing.id, title: existing.title };
  }
  const articleId = storeArticle(ctx, storedFileName, parsed);
  return {
    fileName: outcomeName,
    status: 'imported',
    articleId,
    title: parsed.title,
    warnings: parsed.warnings ?? [],
  };
}

/// Imports each file on its own, parsing them in the worker pool (`parseInWorker`): a bad file
/// gets a specific error, a file whose text is already stored is a 'duplicate' (unless `force`),
/// and the others still import, in order.
export async function importArticles(
  ctx: CoreContext,
  input: ValidatedInput<'articles.import'>,
  parse: ArticleParser = parseInWorker,
): Promise<OperationResult<'articles.import'>> {
  // All files are handed to the pool at once so its workers share the batch; results are stored
  // in the order given.
  const parses = input.files.map((file) =>
    parse({ kind: 'file', fileName: file.name, bytes: Buffer.from(file.data, 'base64') }).then(
      (parsed) => ({ ok: true as const, parsed }),
      (error: unknown) => ({ ok: false as const, error }),
    ),
  );
  const results: ImportOutcome[] = [];
  for (const [index, file] of input.files.entries()) {
    const parsed = await parses[index];
    try {
      if (parsed === undefined) throw new PasserelleError('internal', 'The file was not parsed.');
      if (!parsed.ok) throw parsed.error;
      results.push(storeImported(ctx, file.name, file.name, parsed.parsed, input.force));
    } catch (error) {
      results.push({ fileName: file.name, status: 'failed', error: toErrorBody(error) });
    }
  }
  return { results };
}

/// Fetches a web page (see `fetchArticlePage`: public http(s) addresses only, limited in
/// redirects, size and time) and imports it through the HTML path; its source URL is the URL
/// finally fetched. A failure is an outcome, not an exception, like a file's.
export async function importArticleUrl(
  ctx: CoreContext,
  input: ValidatedInput<'articles.importUrl'>,
  parse: ArticleParser = parseInWorker,
  fetchPage: (url: string) => Promise<FetchedPage> = fetchArticlePage,
): Promise<OperationResult<'articles.importUrl'>> {
  try {
    const page = await fetchPage(input.url);
    const parsed = await parse({ kind: 'page', url: page.url, bytes: page.bytes, charset: page.charset });
    return storeImported(ctx, input.url, null, parsed, input.force);
  } catch (error) {
    return { fileName: input.url, status: 'failed', error: toErrorBody(error) };
  }
}

/// Imports pasted content: plain text through the text reader, HTML through the sanitiser and
/// schema (no Readability: what was pasted is the article). The outcome's `fileName` is empty.
export async function importArticleText(
  ctx: CoreContext,
  input: ValidatedInput<'articles.importText'>,
  parse: ArticleParser = parseInWorker,
): Promise<OperationResult<'articles.importText'>> {
  try {
    const parsed = await parse({ kind: 'paste', content: input.content, format: input.format });
    return storeImported(ctx, '', null, parsed, input.force);
  } catch (error) {
    return { fileName: '', status: 'failed', error: toErrorBody(error) };
  }
}

const editableColumns = {
  title: 'title',
  byline: 'byline',
  publishedAt: 'published_at',
  sourceUrl: 'source_url',
  language: 'language',
} as const;

/// Edits an article's metadata (title, byline, publication date, source URL, language); the
/// text and document never change after import. Fields left out keep their value.
export function updateArticle(ctx: CoreContext, input: ValidatedInput<'articles.update'>): Article {
  const changes = Object.entries(editableColumns).flatMap(([field, column]) => {
    const value = input[field as keyof typeof editableColumns];
    return value === undefined ? [] : [{ column, value: value === '' && field === 'byline' ? null : value }];
  });
  if (changes.length > 0) {
    const result = ctx.store
      .prepare(`UPDATE articles SET ${changes.map(({ column }) => `${column} = ?`).join(', ')} WHERE id = ?`)
      .run(...changes.map(({ value }) => value), input.id);
    if (result.changes === 0) throw new PasserelleError('not_found', `There is no article ${input.id}.`);
  }
  return getArticle(ctx, input);
}

/// Deletes an article with its annotations and suggestion rejections, as one undoable action;
/// glossary entries stay (those first created from it forget their source article). Undo puts
/// the article, its annotations (and their links) and its rejections back as they were.
export function deleteArticle(
  ctx: CoreContext,
  input: ValidatedInput<'articles.delete'>,
): OperationResult<'articles.delete'> {
  const title = ctx.store.prepare('SELECT title FROM articles WHERE id = ?').pluck().get(input.id) as
    string | undefined;
  if (title === undefined) throw new PasserelleError('not_found', `There is no article ${input.id}.`);
  const message: HistoryMessage = { key: 'history.step.deleteArticle', params: { title: title.trim() } };
  return recordAction(ctx, message, () => {
    // Children first, then the article: undo replays the step backwards, so the article row is
    // put back before the rows that reference it.
    ctx.store.prepare('DELETE FROM annotations WHERE article_id = ?').run(input.id);
    ctx.store.prepare('DELETE FROM suggestion_rejections WHERE article_id = ?').run(input.id);
    ctx.store
      .prepare('UPDATE glossary_entries SET source_article_id = NULL WHERE source_article_id = ?')
      .run(input.id);
    const result = ctx.store.prepare('DELETE FROM articles WHERE id = ?').run(input.id);
    return { deleted: result.changes };
  });
}

/// Every article, newest import first, with its annotation count.
export function listArticles(ctx: CoreContext): OperationResult<'articles.list'> {
  const rows = ctx.store
    .prepare(`SELECT ${summaryColumns} FROM articles a ORDER BY a.imported_at DESC, a.id DESC`)
    .all() as ArticleRow[];
  return rows.map(toSummary);
}

/// One article with its document and plain text.
export function getArticle(ctx: CoreContext, input: ValidatedInput<'articles.get'>): Article {
  const row = ctx.store
    .prepare(`SELECT ${summaryColumns}, a.doc, a.text FROM articles a WHERE a.id = ?`)
    .get(input.id) as (ArticleRow & { doc: string; text: string }) | undefined;
  if (!row) throw new PasserelleError('not_found', `There is no article ${input.id}.`);
  return {
    ...toSummary(row),
    sourceUrl: row.source_url,
    siteName: row.site_name,
    language: row.language,
    encoding: row.encoding,
    doc: JSON.parse(row.doc) as DocJSON,
    text: row.text,
  };
}
