import { entityWords } from '../../../shared/matching/snapSpan';
import type { CoreContext } from '../coreContext';
import { cachedStatement, countRows } from '../store/rows';
import {
  createGlossaryEntry,
  draftEntryFields,
  entryFields,
  findGlossaryEntry,
  getGlossaryEntry,
  writeGlossaryEntry,
} from './glossaryEntries';

/// Where a mention is: the span `start`–`end` of `text`, the plain text of article `articleId`.
export interface MentionSpan {
  readonly articleId: number;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/// Makes a draft entry of `label` whose French term is the span's words (without an elided
/// article), first seen in the span's article, and returns its id.
export function newDraftEntry(ctx: CoreContext, label: string, span: MentionSpan): number {
  const words = entityWords(span.text, span.start, span.end);
  return createGlossaryEntry(ctx, draftEntryFields(label, words), span.articleId).id;
}

/// The entry of `label` whose French term or a variant matches the span's text, or failing that
/// its words (French-aware).
function matchingEntry(ctx: CoreContext, label: string, span: MentionSpan): number | undefined {
  return (
    findGlossaryEntry(ctx, label, span.text.slice(span.start, span.end)) ??
    findGlossaryEntry(ctx, label, entityWords(span.text, span.start, span.end))
  );
}

/// The entry a new mention of `label` links to: `requested` when it names one, a new draft entry
/// when it is null, and otherwise the matching entry of that label, or a new draft entry.
export function entryForNewMention(
  ctx: CoreContext,
  label: string,
  span: MentionSpan,
  requested: number | null | undefined,
): number {
  if (typeof requested === 'number') return requested;
  if (requested === null) return newDraftEntry(ctx, label, span);
  return matchingEntry(ctx, label, span) ?? newDraftEntry(ctx, label, span);
}

/// The entry a mention of entry `entryId` links to once relabelled `label`: the matching entry of
/// that label; else its own entry, which follows the label, when this is its only mention; else a
/// new draft entry.
export function entryForRelabelledMention(
  ctx: CoreContext,
  label: string,
  span: MentionSpan,
  entryId: number,
): number {
  const existing = matchingEntry(ctx, label, span);
  if (existing !== undefined) return existing;
  if (countRows(ctx.store, 'SELECT count(*) FROM annotations WHERE glossary_entry_id = ?', entryId) === 1) {
    writeGlossaryEntry(ctx, entryId, { ...entryFields(getGlossaryEntry(ctx, entryId)), label });
    return entryId;
  }
  return newDraftEntry(ctx, label, span);
}

/// Deletes an entry that has no mention left and holds nothing but its French term: a draft
/// made by marking a span, which the mention's removal makes pointless.
export function dropUntouchedDraft(ctx: CoreContext, entryId: number): void {
  cachedStatement(
    ctx.store,
    `DELETE FROM glossary_entries WHERE id = ? AND status = 'draft' AND english_term = '' AND note = ''
         AND french_variants = '[]' AND english_avoid = '[]' AND wikidata_id = ''
         AND NOT EXISTS (SELECT 1 FROM annotations WHERE glossary_entry_id = glossary_entries.id)
         AND NOT EXISTS (SELECT 1 FROM suggestion_rejections WHERE glossary_entry_id = glossary_entries.id)`,
  ).run(entryId);
}
