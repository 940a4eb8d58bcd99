import type { ClaimsExportCounts, ValidatedInput } from '../../../shared/contract';
import type { GlossaryEntry } from '../../../shared/domain';
import { PasserelleError } from '../../../shared/errors';
import {
  claimExportFileName,
  claimExportFiles,
  datasetExportFileName,
  datasetExportMimeType,
  glossaryExportFileName,
  glossaryExportFiles,
  type ExportLeftOutKey,
} from '../../../shared/exportFormats';
import type { CoreContext } from '../coreContext';
import { listClaims } from '../claims/claims';
import { cachedStatement } from '../store/rows';
import { claimReviewExport, claimReviewJson } from './claims/claimReview';
import { claimsCsv } from './claims/claimsCsv';
import type { DatasetScope } from './dataset/datasetArticles';
import { entriesInScope } from './exportGlossary';

/// What the Export dialog asks for (`exports.preview`, `exports.start`).
export type ExportRequest = ValidatedInput<'exports.start'>;

/// A glossary export request.
export type GlossaryExportRequest = Extract<ExportRequest, { kind: 'glossary' }>;

/// A dataset export request.
export type DatasetExportRequest = Extract<ExportRequest, { kind: 'dataset' }>;

/// A claims export request.
export type ClaimsExportRequest = Extract<ExportRequest, { kind: 'claims' }>;

/// The name and MIME type the export of `request` is offered under.
export function exportFileKind(request: ExportRequest): { fileName: string; mimeType: string } {
  switch (request.kind) {
    case 'glossary':
      return {
        fileName: glossaryExportFileName(request.format),
        mimeType: glossaryExportFiles[request.format].mimeType,
      };
    case 'dataset':
      return {
        fileName: datasetExportFileName(request.format),
        mimeType: datasetExportMimeType(request.format),
      };
    case 'claims':
      return {
        fileName: claimExportFileName(request.format),
        mimeType: claimExportFiles[request.format].mimeType,
      };
  }
}

/// The file a claims export writes and how much it holds; an article of the scope that is not in
/// the workspace is refused rather than silently exporting nothing.
export function claimsFileContent(
  ctx: CoreContext,
  request: ClaimsExportRequest,
): { content: string; counts: ClaimsExportCounts } {
  const { articleIds } = request;
  if (articleIds !== undefined) {
    const known = new Set(
      cachedStatement(ctx.store, 'SELECT id FROM articles WHERE id IN (SELECT value FROM json_each(?))')
        .pluck()
        .all(JSON.stringify(articleIds)) as number[],
    );
    const missing = articleIds.filter((id) => !known.has(id));
    if (missing.length > 0) {
      throw new PasserelleError('not_found', `There is no article ${missing.join(', ')} in this workspace.`);
    }
  }
  if (request.format === 'claimreview') {
    const exported = claimReviewExport(ctx, articleIds);
    return {
      content: claimReviewJson(exported),
      counts: {
        kind: 'claims',
        format: 'claimreview',
        claims: exported.reviews.length,
        incomplete: exported.incomplete,
        unrated: exported.unrated,
      },
    };
  }
  const wanted = articleIds === undefined ? null : new Set(articleIds);
  const rows = listClaims(ctx, {}).filter((claim) => wanted === null || wanted.has(claim.articleId));
  return {
    content: claimsCsv(ctx, request.dialect, articleIds),
    counts: { kind: 'claims', format: 'csv', claims: rows.length },
  };
}

/// The entries a glossary export holds: those of the scope, and with the privacy profile only the
/// reviewed (approved) ones, without their notes or who added them.
export function glossaryEntriesToExport(ctx: CoreContext, request: GlossaryExportRequest): GlossaryEntry[] {
  const entries = entriesInScope(ctx, request);
  if (request.privacy !== true) return entries;
  return entries
    .filter((entry) => entry.status !== 'draft')
    .map((entry) => ({ ...entry, note: '', author: null }));
}

/// The dataset scope of a request, its privacy profile included.
export function datasetScope(request: DatasetExportRequest): DatasetScope {
  return {
    ...(request.articleIds === undefined ? {} : { articleIds: request.articleIds }),
    ...(request.labels === undefined ? {} : { labels: request.labels }),
    privacy: request.privacy === true,
  };
}

/// What the privacy profile leaves out of the export of `request`, each with how many (entries or
/// spans) it concerns; nothing without the profile, nor for the claims, which have none.
export function leftOutByPrivacy(
  ctx: CoreContext,
  request: ExportRequest,
): { key: ExportLeftOutKey; count: number }[] {
  if (request.kind === 'claims' || request.privacy !== true) return [];
  if (request.kind === 'glossary') {
    const entries = entriesInScope(ctx, request);
    const reviewed = entries.filter((entry) => entry.status !== 'draft');
    return [
      { key: 'entryAuthors', count: reviewed.filter((entry) => (entry.author ?? '') !== '').length },
      { key: 'entryNotes', count: reviewed.filter((entry) => entry.note !== '').length },
      { key: 'draftEntries', count: entries.length - reviewed.length },
    ];
  }
  const counts = cachedStatement(
    ctx.store,
    `SELECT count(CASE WHEN a.author <> '' THEN 1 END) AS annotators,
            count(CASE WHEN g.status = 'draft' THEN 1 END) AS draftLinks,
            count(CASE WHEN a.kind = 'claim' AND coalesce(c.verdict, 'unverified') = 'unverified'
                       THEN 1 END) AS unreviewedClaims,
            count(CASE WHEN a.kind = 'claim' AND coalesce(c.verdict, 'unverified') <> 'unverified'
                        AND c.reviewer <> '' THEN 1 END) AS claimReviewers
       FROM annotations a LEFT JOIN glossary_entries g ON g.id = a.glossary_entry_id
            LEFT JOIN claims c ON c.id = a.id
      WHERE (@articles IS NULL OR a.article_id IN (SELECT value FROM json_each(@articles)))
        AND (@labels IS NULL OR a.label IN (SELECT value FROM json_each(@labels)))`,
  ).get({
    articles: request.articleIds === undefined ? null : JSON.stringify(request.articleIds),
    labels: request.labels === undefined ? null : JSON.stringify(request.labels),
  }) as { annotators: number; draftLinks: number; unreviewedClaims: number; claimReviewers: number };
  return [
    { key: 'annotators', count: counts.annotators },
    { key: 'draftLinks', count: counts.draftLinks },
    { key: 'unreviewedClaims', count: counts.unreviewedClaims },
    { key: 'claimReviewers', count: counts.claimReviewers },
  ];
}
