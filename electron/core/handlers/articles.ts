import { createHash } from 'node:crypto';
import { articleText } from '../../../shared/articleText';
import type { OperationResult, ValidatedInput } from '../../../shared/contract';
import type { Article, ArticleSummary, DocJSON, ImportOutcome } from '../../../shared/domain';
import { PasserelleError, toErrorBody } from '../../../shared/errors';
import type { CoreContext } from '../coreContext';
import { parseArticleFile } from '../import/parseArticleFile';
import type { ParsedArticle } from '../import/parsedArticle';

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
/// once, so it always matches `articleText`.
export function storeArticle(ctx: CoreContext, fileName: string | null, parsed: ParsedArticle): number {
  const text = articleText(parsed.doc);
  if (text.trim() === '') throw new PasserelleError('empty_file', 'The file holds no article text.');
  const docJson = JSON.stringify(parsed.doc.toJSON());
  const hash = createHash('sha256').update(text).digest('hex');
  const result = ctx.store
    .prepare(
      `INSERT INTO articles (title, byline, published_at, source_url, site_name, language, file_name, encoding,
        content_hash, doc, text, imported_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
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

/// Imports each file on its own: a bad file gets a specific error and the others still import.
export function importArticles(
  ctx: CoreContext,
  input: ValidatedInput<'articles.import'>,
): OperationResult<'articles.import'> {
  const results: ImportOutcome[] = input.files.map((file) => {
    try {
      const bytes = Buffer.from(file.data, 'base64');
      const parsed = parseArticleFile(file.name, bytes);
      const articleId = storeArticle(ctx, file.name, parsed);
      return { fileName: file.name, status: 'imported', articleId, title: parsed.title };
    } catch (error) {
      return { fileName: file.name, status: 'failed', error: toErrorBody(error) };
    }
  });
  return { results };
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
