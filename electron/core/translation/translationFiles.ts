import type { OperationResult, ValidatedInput } from '../../../shared/contract';
import type { GlossaryEntry } from '../../../shared/domain';
import { PasserelleError } from '../../../shared/errors';
import { listAnnotations } from '../annotations/annotations';
import { getArticle } from '../articles/articles';
import type { CoreContext } from '../coreContext';
import { getGlossaryEntry } from '../glossary/glossaryEntries';
import { recordAction } from '../history/recordAction';
import { cachedStatement } from '../store/rows';
import { currentAuthor } from '../workspace/currentAuthor';
import { englishArticle, planXliffImport, readXliff, xliffExport } from './output';
import { isConfirmed } from '../../../shared/translation/segmentStates';
import { propagateFrom } from './propagation';
import { listSegments, segmentRow } from './segmentRows';

/// The article's translation as a file (`translation.export`): the English article in HTML,
/// Markdown, plain text or Word, or the bilingual XLIFF 2.1 with the glossary entries its mentions
/// link to. An article not split into segments yet has nothing to export: a clear error says so.
export async function exportTranslation(
  ctx: CoreContext,
  input: ValidatedInput<'translation.export'>,
): Promise<OperationResult<'translation.export'>> {
  const article = getArticle(ctx, { id: input.articleId });
  const segments = listSegments(ctx, { articleId: article.id });
  if (segments.length === 0) {
    throw new PasserelleError(
      'invalid_input',
      `“${article.title}” has no segments yet: open its translation and split it into sentences first.`,
      { detail: 'noSegments', title: article.title },
    );
  }
  if (input.format !== 'xliff') {
    return englishArticle({ article, segments, format: input.format, untranslated: input.untranslated });
  }
  const annotations = listAnnotations(ctx, { articleId: article.id });
  const entries = new Map<number, GlossaryEntry>();
  for (const annotation of annotations) {
    const id = annotation.glossaryEntryId;
    if (id !== null && !entries.has(id)) entries.set(id, getGlossaryEntry(ctx, id));
  }
  return xliffExport({ article, segments, annotations, entries: [...entries.values()] });
}

/// Brings back an XLIFF 2.1 file that `translation.export` wrote (`translation.import`): each of
/// its segments, found by id in the article it names, takes the file's target and state, as one
/// undo step; confirmed ones fill their repeats as a confirmation in the app does. The whole file
/// is refused, naming the segment, when one is not the article's or its French has changed.
export function importTranslation(
  ctx: CoreContext,
  input: ValidatedInput<'translation.import'>,
): OperationResult<'translation.import'> {
  const file = readXliff(input.content);
  const plan = planXliffImport(file, listSegments(ctx, { articleId: file.articleId }));
  const refuse = (segmentId: number, detail: string, message: string): never => {
    throw new PasserelleError('invalid_input', `${input.fileName}: ${message} Nothing was imported.`, {
      detail,
      fileName: input.fileName,
      segment: `s${segmentId}`,
    });
  };
  const unknown = new Set(plan.unknownSegments);
  const changed = new Set(plan.changedSources);
  // The first segment of the file that cannot be applied, in file order.
  const refused = file.segments.find((one) => unknown.has(one.segmentId) || changed.has(one.segmentId));
  if (refused && unknown.has(refused.segmentId)) {
    refuse(
      refused.segmentId,
      'xliffUnknownSegment',
      `segment s${refused.segmentId} is not a segment of article ${file.articleId} (it was joined, split or deleted since the export?).`,
    );
  }
  if (refused) {
    refuse(
      refused.segmentId,
      'xliffSourceChanged',
      `the French of segment s${refused.segmentId} is not the article’s any more.`,
    );
  }
  const emptyConfirmed = plan.updates.find(
    (update) => isConfirmed(update.status) && update.target.trim() === '',
  );
  if (emptyConfirmed) {
    refuse(
      emptyConfirmed.segmentId,
      'xliffEmptyConfirmed',
      `segment s${emptyConfirmed.segmentId} is marked ${emptyConfirmed.status} but has no target.`,
    );
  }
  const changes = plan.updates;
  const result = () => ({
    articleId: file.articleId,
    updated: changes.length,
    unchanged: plan.unchanged,
    segments: listSegments(ctx, { articleId: file.articleId }),
  });
  if (changes.length === 0) return result();
  return recordAction(
    ctx,
    { key: 'history.step.importTranslation', params: { fileName: input.fileName, count: changes.length } },
    () => {
      const update = cachedStatement(
        ctx.store,
        `UPDATE segments
            SET target = @target, status = @status, author = @author, updated_at = @now,
                origin = CASE WHEN target = @target THEN origin ELSE 'human' END,
                propagated_from = CASE WHEN target = @target THEN propagated_from ELSE NULL END,
                provider = CASE WHEN target = @target THEN provider ELSE NULL END,
                model = CASE WHEN target = @target THEN model ELSE NULL END
          WHERE id = @id`,
      );
      const now = ctx.now().toISOString();
      for (const { segmentId, target, status } of changes) {
        update.run({ id: segmentId, target, status, author: currentAuthor(ctx), now });
      }
      for (const { segmentId } of changes) {
        const saved = segmentRow(ctx, segmentId);
        if (isConfirmed(saved.status)) propagateFrom(ctx, saved);
      }
      return result();
    },
  );
}
