import type { ValidatedInput } from '../../../shared/contract';
import type { GlossaryEntry } from '../../../shared/domain';
import {
  datasetExportFileName,
  datasetExportMimeType,
  glossaryExportFileName,
  glossaryExportFiles,
  type ExportLeftOutKey,
} from '../../../shared/exportFormats';
import type { CoreContext } from '../coreContext';
import { cachedStatement } from '../store/rows';
import type { DatasetScope } from './dataset/datasetArticles';
import { entriesInScope } from './exportGlossary';

/// What the Export dialog asks for (`exports.preview`, `exports.start`).
export type ExportRequest = ValidatedInput<'exports.start'>;

/// A glossary export request.
export type GlossaryExportRequest = Extract<ExportRequest, { kind: 'glossary' }>;

/// A dataset export request.
export type DatasetExportRequest = Extract<ExportRequest, { kind: 'dataset' }>;

/// The name and MIME type the export of `request` is offered under.
export function exportFileKind(request: ExportRequest): { fileName: string; mimeType: string } {
  return request.kind === 'glossary'
    ? {
        fileName: glossaryExportFileName(request.format),
        mimeType: glossaryExportFiles[request.format].mimeType,
      }
    : { fileName: datasetExportFileName(request.format), mimeType: datasetExportMimeType(request.format) };
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
/// spans) it concerns; nothing without the profile.
export function leftOutByPrivacy(
  ctx: CoreContext,
  request: ExportRequest,
): { key: ExportLeftOutKey; count: number }[] {
  if (request.privacy !== true) return [];
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
            count(CASE WHEN g.status = 'draft' THEN 1 END) AS draftLinks
       FROM annotations a LEFT JOIN glossary_entries g ON g.id = a.glossary_entry_id
      WHERE (@articles IS NULL OR a.article_id IN (SELECT value FROM json_each(@articles)))
        AND (@labels IS NULL OR a.label IN (SELECT value FROM json_each(@labels)))`,
  ).get({
    articles: request.articleIds === undefined ? null : JSON.stringify(request.articleIds),
    labels: request.labels === undefined ? null : JSON.stringify(request.labels),
  }) as { annotators: number; draftLinks: number };
  return [
    { key: 'annotators', count: counts.annotators },
    { key: 'draftLinks', count: counts.draftLinks },
  ];
}
