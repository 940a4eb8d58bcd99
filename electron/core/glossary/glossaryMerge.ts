import type { OperationResult, ValidatedInput } from '../../../shared/contract';
import type { GlossaryEntry, MergeConflict } from '../../../shared/domain';
import { PasserelleError } from '../../../shared/errors';
import { foldText } from '../../../shared/foldText';
import type { HistoryMessage } from '../../../shared/historyMessages';
import type { CoreContext } from '../coreContext';
import { recordAction } from '../history/recordAction';
import { rowById } from '../store/rows';
import {
  createGlossaryEntry,
  distinctTerms,
  draftEntryFields,
  entryFields,
  getGlossaryEntry,
  writeGlossaryEntry,
} from './glossaryEntries';

const conflictFields = ['label', 'englishTerm', 'decision', 'note', 'wikidataId', 'status'] as const;

/// The fields where both entries hold different non-empty values; the target's value is kept.
export function mergeConflicts(target: GlossaryEntry, source: GlossaryEntry): MergeConflict[] {
  return conflictFields.flatMap((field) => {
    const kept = target[field];
    const dropped = source[field];
    return kept !== '' && dropped !== '' && kept !== dropped ? [{ field, kept, dropped }] : [];
  });
}

/// Merges `sourceId` into `targetId`: the source's mentions and rejected suggestions move to the
/// target (and take its label), the French variants unite with the source's French term among
/// them, the English terms to avoid unite, empty fields of the target are filled from the source,
/// and the source is deleted. Where both had different values the target's are kept and the
/// conflicts are reported.
export function mergeGlossaryEntries(
  ctx: CoreContext,
  input: ValidatedInput<'glossary.merge'>,
): OperationResult<'glossary.merge'> {
  if (input.targetId === input.sourceId) {
    throw new PasserelleError('invalid_input', 'An entry cannot be merged into itself.');
  }
  const target = getGlossaryEntry(ctx, input.targetId);
  const source = getGlossaryEntry(ctx, input.sourceId);
  const message: HistoryMessage = {
    key: 'history.step.merge',
    params: { source: source.frenchTerm, target: target.frenchTerm },
  };
  return recordAction(ctx, message, () => {
    const store = ctx.store;
    const conflicts = mergeConflicts(target, source);
    store
      .prepare('UPDATE annotations SET glossary_entry_id = ?, label = ? WHERE glossary_entry_id = ?')
      .run(target.id, target.label, source.id);
    // A rejection the target already has stays once; the source's duplicate goes with the source.
    store
      .prepare('UPDATE OR IGNORE suggestion_rejections SET glossary_entry_id = ? WHERE glossary_entry_id = ?')
      .run(target.id, source.id);
    store.prepare('DELETE FROM suggestion_rejections WHERE glossary_entry_id = ?').run(source.id);
    store.prepare('DELETE FROM glossary_entries WHERE id = ?').run(source.id);
    if (target.sourceArticleId === null && source.sourceArticleId !== null) {
      store
        .prepare('UPDATE glossary_entries SET source_article_id = ? WHERE id = ?')
        .run(source.sourceArticleId, target.id);
    }
    const entry = writeGlossaryEntry(ctx, target.id, {
      ...entryFields(target),
      frenchVariants: distinctTerms(
        [...target.frenchVariants, source.frenchTerm, ...source.frenchVariants],
        [target.frenchTerm],
      ),
      englishTerm: target.englishTerm || source.englishTerm,
      englishAvoid: distinctTerms(
        [...target.englishAvoid, ...source.englishAvoid],
        [target.englishTerm || source.englishTerm],
      ),
      note: target.note || source.note,
      wikidataId: target.wikidataId || source.wikidataId,
    });
    return { entry, conflicts };
  });
}

/// Moves the given mentions of an entry to a new entry of the same label whose French term is
/// the first mention's text.
export function splitGlossaryEntry(ctx: CoreContext, input: ValidatedInput<'glossary.split'>): GlossaryEntry {
  const entry = getGlossaryEntry(ctx, input.entryId);
  const ids = [...new Set(input.annotationIds)];
  const mentions = ids.map((id) => {
    const row = rowById<{ id: number; article_id: number; quote: string; glossary_entry_id: number | null }>(
      ctx.store,
      'annotation',
      'SELECT id, article_id, quote, glossary_entry_id FROM annotations WHERE id = ?',
      id,
    );
    if (row.glossary_entry_id !== entry.id) {
      throw new PasserelleError(
        'invalid_input',
        `Annotation ${id} (“${row.quote}”) is not a mention of “${entry.frenchTerm}”.`,
      );
    }
    return row;
  });
  const first = mentions[0];
  if (!first) throw new PasserelleError('invalid_input', 'Give at least one mention to split off.');
  const term = first.quote.trim();
  const message: HistoryMessage = {
    key: 'history.step.split',
    params: { count: mentions.length, term: entry.frenchTerm, newTerm: term },
  };
  return recordAction(ctx, message, () => {
    const created = createGlossaryEntry(ctx, draftEntryFields(entry.label, term), first.article_id);
    const move = ctx.store.prepare('UPDATE annotations SET glossary_entry_id = ? WHERE id = ?');
    for (const mention of mentions) move.run(created.id, mention.id);
    // The new entry must not keep the old one's variant for the same words, or both would match.
    if (entry.frenchVariants.some((variant) => foldText(variant) === foldText(term))) {
      writeGlossaryEntry(ctx, entry.id, {
        ...entryFields(entry),
        frenchVariants: entry.frenchVariants.filter((variant) => foldText(variant) !== foldText(term)),
      });
    }
    return getGlossaryEntry(ctx, created.id);
  });
}
