import type { OperationResult, ValidatedInput } from '../../../shared/contract';
import type { Article, ArticleSummary } from '../../../shared/domain';
import { PasserelleError } from '../../../shared/errors';
import { storedDocJson } from '../../../shared/storedDoc';
import type { HistoryMessage } from '../../../shared/historyMessages';
import type { CoreContext } from '../coreContext';
import { recordAction } from '../history/recordAction';
import type { ParsedArticle } from '../import/parsedArticle';
import { storedFormOf } from '../import/storedForm';
import { cachedStatement } from '../store/rows';

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

/// Stores one parsed article and returns its id; the text, its hash and the JSON are the
/// document's `storedForm` (computed by the parsing worker, or here), so the text always matches
/// `articleText`. The id is never one a deleted article had while its
/// deletion can still be undone (SQLite would otherwise reuse the highest), so undoing it finds
/// its place free.
export function storeArticle(ctx: CoreContext, fileName: string | null, parsed: ParsedArticle): number {
  const { text, contentHash: hash, docJson } = storedFormOf(parsed);
  if (text.trim() === '') throw new PasserelleError('empty_file', 'The file holds no article text.');
  // Prepared once per connection: with the history triggers installed, preparing an insert into
  // a tracked table costs more than running it, and an import stores articles by the thousand.
  const result = cachedStatement(
    ctx.store,
    `INSERT INTO articles (id, title, byline, published_at, source_url, site_name, language, file_name,
        encoding, content_hash, doc, text, imported_at)
       VALUES (1 + max(
           coalesce((SELECT max(id) FROM articles), 0),
           coalesce((SELECT max(row_id) FROM history_changes WHERE table_name = 'articles'), 0)
         ), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
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
    doc: storedDocJson(row.doc, row.text),
    text: row.text,
  };
}
