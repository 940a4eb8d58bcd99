import type { IgnoredIssue, Segment, SegmentOrigin, SegmentStatus } from '../../../shared/domain';
import { readArticleText } from '../articles/readArticleText';
import type { CoreContext } from '../coreContext';
import { cachedStatement, rowById } from '../store/rows';

/// A row of the `segments` table as SQLite returns it.
export interface SegmentRow {
  id: number;
  article_id: number;
  start: number;
  end: number;
  source_key: string;
  words: number;
  target: string;
  status: SegmentStatus;
  origin: SegmentOrigin;
  provider: string | null;
  model: string | null;
  propagated_from: number | null;
  propagation_exception: 0 | 1;
  ignored_issues: string;
  author: string | null;
  created_at: string;
  updated_at: string;
}

/// A segment row as the contract shows it, its source cut from its article's `text`.
export function toSegment(row: SegmentRow, text: string): Segment {
  return {
    id: row.id,
    articleId: row.article_id,
    start: row.start,
    end: row.end,
    source: text.slice(row.start, row.end),
    target: row.target,
    status: row.status,
    origin: row.origin,
    provider: row.provider,
    model: row.model,
    propagatedFrom: row.propagated_from,
    propagationException: row.propagation_exception === 1,
    ignoredIssues: JSON.parse(row.ignored_issues) as IgnoredIssue[],
    author: row.author,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/// The row of segment `id`, or `not_found`.
export function segmentRow(ctx: CoreContext, id: number): SegmentRow {
  return rowById<SegmentRow>(ctx.store, 'segment', 'SELECT * FROM segments WHERE id = ?', id);
}

/// Segment `id` as the contract shows it, or `not_found`.
export function getSegment(ctx: CoreContext, id: number): Segment {
  const row = segmentRow(ctx, id);
  return toSegment(row, readArticleText(ctx, row.article_id));
}

/// The rows of an article's segments in text order.
export function articleSegmentRows(ctx: CoreContext, articleId: number): SegmentRow[] {
  return cachedStatement<SegmentRow>(
    ctx.store,
    'SELECT * FROM segments WHERE article_id = ? ORDER BY start',
  ).all(articleId);
}

/// An article's segments in text order (`segments.list`), or `not_found` for an unknown article.
export function listSegments(ctx: CoreContext, input: { readonly articleId: number }): Segment[] {
  const text = readArticleText(ctx, input.articleId);
  return articleSegmentRows(ctx, input.articleId).map((row) => toSegment(row, text));
}

/// The given segment rows as the contract shows them, each with its own article's text.
export function toSegments(ctx: CoreContext, rows: readonly SegmentRow[]): Segment[] {
  return rows.map((row) => toSegment(row, readArticleText(ctx, row.article_id)));
}
