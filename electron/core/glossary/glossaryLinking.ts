import { foldText } from '../../../shared/foldText';
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
  type GlossaryFields,
} from './glossaryEntries';

/// Where a mention is: the span `start`–`end` of `text`, the plain text of article `articleId`.
export interface MentionSpan {
  readonly articleId: number;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/// Makes a draft entry of `label` whose French term is the span's words (without an elided
/// article), first seen in the span's article, and returns its id. `fields` may fill in more of
/// the draft's fields before it is stored.
export function newDraftEntry(
  ctx: CoreContext,
  label: string,
  span: MentionSpan,
  fields: (draft: GlossaryFields) => GlossaryFields = (draft) => draft,
): number {
  const words = entityWords(span.text, span.start, span.end);
  return createGlossaryEntry(ctx, fields(draftEntryFields(label, words)), span.articleId).id;
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

/// `entryForNewMention` with no entry requested, for the many mentions of one action (a dataset
/// import): each mention gets the entry that function would give it, found in an index of the
/// entries' match keys read once per label instead of by a query per mention, and the draft
/// entries it makes join the index (`newEntry` may fill in more of a draft's fields before it is
/// stored). Valid inside one `recordAction`, while nothing else changes the entries' labels,
/// French terms or variants.
export function mentionLinker(
  ctx: CoreContext,
): (label: string, span: MentionSpan, newEntry?: (draft: GlossaryFields) => GlossaryFields) => number {
  // By label, by match key: the lowest id of an entry whose French term folds to the key, and the
  // lowest id of any entry having the key (as `findGlossaryEntry` orders them).
  const indexes = new Map<string, Map<string, { exact: number | undefined; any: number }>>();
  const keysOf = cachedStatement<{ id: number; french_key: string; match_keys: string }>(
    ctx.store,
    'SELECT id, french_key, match_keys FROM glossary_entries WHERE label = ? ORDER BY id',
  );
  const keysOfEntry = cachedStatement<{ id: number; french_key: string; match_keys: string }>(
    ctx.store,
    'SELECT id, french_key, match_keys FROM glossary_entries WHERE id = ?',
  );
  const add = (
    index: Map<string, { exact: number | undefined; any: number }>,
    row: { id: number; french_key: string; match_keys: string },
  ) => {
    for (const key of row.match_keys.split('\n')) {
      if (key === '') continue;
      const exact = key === row.french_key ? row.id : undefined;
      const known = index.get(key);
      if (known === undefined) index.set(key, { exact, any: row.id });
      else if (known.exact === undefined) known.exact = exact;
    }
  };
  const indexOf = (label: string) => {
    let index = indexes.get(label);
    if (index === undefined) {
      index = new Map();
      for (const row of keysOf.all(label)) add(index, row);
      indexes.set(label, index);
    }
    return index;
  };
  // An import names the same people and places again and again.
  const folded = new Map<string, string>();
  const find = (label: string, term: string): number | undefined => {
    let key = folded.get(term);
    if (key === undefined) {
      key = foldText(term);
      folded.set(term, key);
    }
    if (key === '') return undefined;
    const known = indexOf(label).get(key);
    return known === undefined ? undefined : (known.exact ?? known.any);
  };
  return (label, span, newEntry) => {
    const found =
      find(label, span.text.slice(span.start, span.end)) ??
      find(label, entityWords(span.text, span.start, span.end));
    if (found !== undefined) return found;
    const made = newDraftEntry(ctx, label, span, newEntry);
    const row = keysOfEntry.get(made);
    if (row !== undefined) add(indexOf(label), row);
    return made;
  };
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
