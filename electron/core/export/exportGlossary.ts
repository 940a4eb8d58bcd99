import type { OperationResult, ValidatedInput } from '../../../shared/contract';
import type { GlossaryEntry } from '../../../shared/domain';
import { PasserelleError } from '../../../shared/errors';
import { glossaryExportFileName, glossaryExportFiles } from '../../../shared/exportFormats';
import type { CoreContext } from '../coreContext';
import { listGlossary } from '../glossary/glossaryEntries';
import { listLabels, requireLabel } from '../labels/labels';
import { workspaceInfo } from '../workspace/workspaceInfo';
import { glossaryCsv } from './glossaryCsv';
import { glossaryHtml } from './glossaryHtml';
import { glossaryJson, type GlossaryExportHeading } from './glossaryJson';
import { glossaryTbx } from './glossaryTbx';
import { glossaryTsv } from './glossaryTsv';

/// Which entries an export holds: every entry, or only the approved ones, those of some labels,
/// those with a mention in some articles (each asked filter narrowing the others).
export type GlossaryExportScope = Pick<
  ValidatedInput<'glossary.export'>,
  'approvedOnly' | 'labels' | 'articleIds'
>;

function mentionedEntryIds(ctx: CoreContext, articleIds: readonly number[]): Set<number> {
  const known = new Set(
    (
      ctx.store
        .prepare('SELECT id FROM articles WHERE id IN (SELECT value FROM json_each(?))')
        .all(JSON.stringify(articleIds)) as { id: number }[]
    ).map((row) => row.id),
  );
  const missing = articleIds.filter((id) => !known.has(id));
  if (missing.length > 0) {
    throw new PasserelleError('not_found', `There is no article ${missing.join(', ')} in this workspace.`);
  }
  const rows = ctx.store
    .prepare(
      `SELECT DISTINCT glossary_entry_id AS id FROM annotations
        WHERE glossary_entry_id IS NOT NULL AND article_id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(articleIds)) as { id: number }[];
  return new Set(rows.map((row) => row.id));
}

/// The entries of the glossary in `scope`, in French-term order; an unknown label or article is
/// an error rather than an empty export.
export function entriesInScope(ctx: CoreContext, scope: GlossaryExportScope): GlossaryEntry[] {
  const labels = scope.labels === undefined ? undefined : new Set(scope.labels);
  for (const key of labels ?? []) requireLabel(ctx, key);
  const mentioned = scope.articleIds === undefined ? undefined : mentionedEntryIds(ctx, scope.articleIds);
  return listGlossary(ctx, scope.approvedOnly === true ? { status: 'approved' } : {}).filter(
    (entry) => (labels?.has(entry.label) ?? true) && (mentioned?.has(entry.id) ?? true),
  );
}

/// The text of a glossary export of `entries` in the asked format (CSV dialect, table columns).
export function glossaryFileContent(
  ctx: CoreContext,
  input: Pick<ValidatedInput<'glossary.export'>, 'format' | 'dialect' | 'columns'>,
  entries: readonly GlossaryEntry[],
): string {
  const heading = (): GlossaryExportHeading => ({
    workspaceName: workspaceInfo(ctx).name,
    exportedAt: ctx.now(),
  });
  switch (input.format) {
    case 'csv':
      return glossaryCsv(entries, input.dialect, input.columns);
    case 'tsv':
      return glossaryTsv(entries, input.columns);
    case 'json':
      return glossaryJson(entries, listLabels(ctx), heading());
    case 'tbx':
      return glossaryTbx(entries, heading());
    case 'html':
      return glossaryHtml(entries, listLabels(ctx), heading());
  }
}

/// The glossary, or the part of it the scope asks for, as a file to save in the asked format:
/// its name, MIME type and content.
export function exportGlossary(
  ctx: CoreContext,
  input: ValidatedInput<'glossary.export'>,
): OperationResult<'glossary.export'> {
  return {
    fileName: glossaryExportFileName(input.format),
    mimeType: glossaryExportFiles[input.format].mimeType,
    content: glossaryFileContent(ctx, input, entriesInScope(ctx, input)),
  };
}
