import type { OperationResult, ValidatedInput } from '../../../shared/contract';
import type { DriftEntry } from '../../../shared/domain';
import { driftReport, fixDriftTarget, type DriftSegment } from '../../../shared/translation/drift';
import type { QaEntry } from '../../../shared/translation/qa';
import type { CoreContext } from '../coreContext';
import { getGlossaryEntry } from '../glossary/glossaryEntries';
import { recordAction } from '../history/recordAction';
import { cachedStatement } from '../store/rows';
import { currentAuthor } from '../workspace/currentAuthor';
import { isConfirmed } from '../../../shared/translation/segmentStates';
import { propagateFrom } from './propagation';
import { segmentRow, toSegments } from './segmentRows';

/// The workspace's translated segments (translated or reviewed, with English text), each with the
/// glossary entries its source mentions: the entity annotations linked to an entry inside it.
function translatedSegments(ctx: CoreContext): DriftSegment[] {
  const rows = cachedStatement<{
    segmentId: number;
    articleId: number;
    articleTitle: string;
    target: string;
    entryIds: string;
  }>(
    ctx.store,
    `SELECT s.id AS segmentId, s.article_id AS articleId, ar.title AS articleTitle, s.target AS target,
            json_group_array(a.glossary_entry_id) AS entryIds
       FROM segments s
       JOIN articles ar ON ar.id = s.article_id
       JOIN annotations a ON a.article_id = s.article_id AND a.start >= s.start AND a.end <= s.end
                         AND a.kind = 'entity' AND a.glossary_entry_id IS NOT NULL
      WHERE s.status IN ('translated', 'reviewed') AND s.target <> ''
      GROUP BY s.id
      ORDER BY s.article_id, s.start`,
  ).all();
  return rows.map((row) => ({ ...row, entryIds: JSON.parse(row.entryIds) as number[] }));
}

/// Glossary entries rendered more than one way across the workspace's translated segments
/// (`translation.drift`): the preferred term here, a variant to avoid there, or none of the entry's
/// English forms at all.
export function translationDrift(ctx: CoreContext): DriftEntry[] {
  const segments = translatedSegments(ctx);
  const entries = new Map<number, QaEntry>();
  for (const segment of segments) {
    for (const id of segment.entryIds) {
      if (!entries.has(id)) entries.set(id, getGlossaryEntry(ctx, id));
    }
  }
  return driftReport(segments, entries);
}

/// Puts the entry's preferred English term in place of its variants to avoid in the given
/// segments' targets (`translation.fixDrift`), as one undo step; a confirmed segment's repeats
/// filled from it follow. Answers the segments whose text changed, repeats included.
export function fixTranslationDrift(
  ctx: CoreContext,
  input: ValidatedInput<'translation.fixDrift'>,
): OperationResult<'translation.fixDrift'> {
  const entry = getGlossaryEntry(ctx, input.entryId);
  const rows = [...new Set(input.segmentIds)].map((id) => segmentRow(ctx, id));
  const changes = rows.flatMap((row) => {
    const target = fixDriftTarget(row.target, entry);
    return target === row.target ? [] : [{ row, target }];
  });
  if (changes.length === 0) return { fixed: [] };
  const term = entry.decision === 'translate' ? entry.englishTerm : entry.frenchTerm;
  return recordAction(ctx, { key: 'history.step.fixDrift', params: { term, count: changes.length } }, () => {
    const update = cachedStatement(
      ctx.store,
      'UPDATE segments SET target = @target, author = @author, updated_at = @now WHERE id = @id',
    );
    const fixed = new Map<number, number>();
    for (const { row, target } of changes) {
      update.run({ id: row.id, target, author: currentAuthor(ctx), now: ctx.now().toISOString() });
      fixed.set(row.id, row.id);
    }
    for (const { row } of changes) {
      const saved = segmentRow(ctx, row.id);
      if (isConfirmed(saved.status))
        for (const repeat of propagateFrom(ctx, saved)) fixed.set(repeat.id, repeat.id);
    }
    return {
      fixed: toSegments(
        ctx,
        [...fixed.keys()].map((id) => segmentRow(ctx, id)),
      ).sort((a, b) => a.articleId - b.articleId || a.start - b.start),
    };
  });
}
