import type { OperationResult, ValidatedInput } from '../../../shared/contract';
import type { GlossaryDecision, GlossaryEntry, GlossaryStatus } from '../../../shared/domain';
import { PasserelleError } from '../../../shared/errors';
import type { HistoryMessage } from '../../../shared/historyMessages';
import { foldText } from '../../../shared/foldText';
import type { CoreContext } from '../coreContext';
import { recordAction } from '../history/recordAction';
import { requireLabel } from '../labels/labels';
import { cachedStatement, oneRow, rowById } from '../store/rows';
import { currentAuthor } from '../workspace/currentAuthor';

interface GlossaryRow {
  id: number;
  label: string;
  french_term: string;
  french_variants: string;
  english_term: string;
  english_avoid: string;
  decision: GlossaryDecision;
  note: string;
  wikidata_id: string;
  status: GlossaryStatus;
  source_article_id: number | null;
  author: string | null;
  created_at: string;
  updated_at: string;
  mention_count: number;
  article_count: number;
}

/// The fields of an entry a caller sets (everything but its id, counts and provenance).
export type GlossaryFields = ValidatedInput<'glossary.create'>;

const ownColumns = `g.id, g.label, g.french_term, g.french_variants, g.english_term, g.english_avoid, g.decision,
  g.note, g.wikidata_id, g.status, g.source_article_id, g.author, g.created_at, g.updated_at`;

const oneEntryColumns = `${ownColumns},
  (SELECT count(*) FROM annotations n WHERE n.glossary_entry_id = g.id) AS mention_count,
  (SELECT count(DISTINCT n.article_id) FROM annotations n WHERE n.glossary_entry_id = g.id) AS article_count`;

// For many entries one grouped pass over the annotations beats two look-ups per entry.
const manyEntries = `SELECT ${ownColumns}, coalesce(c.mentions, 0) AS mention_count, coalesce(c.articles, 0) AS article_count
  FROM glossary_entries g
  LEFT JOIN (SELECT glossary_entry_id, count(*) AS mentions, count(DISTINCT article_id) AS articles
             FROM annotations WHERE glossary_entry_id IS NOT NULL GROUP BY glossary_entry_id) c
    ON c.glossary_entry_id = g.id`;

const sortOrders = {
  frenchTerm: 'g.french_key, g.id',
  englishTerm: "g.english_term = '', g.english_key, g.french_key, g.id",
  mentions: 'mention_count DESC, g.french_key, g.id',
  articles: 'article_count DESC, mention_count DESC, g.french_key, g.id',
  updated: 'g.updated_at DESC, g.id DESC',
} as const satisfies Record<ValidatedInput<'glossary.list'>['sort'], string>;

function toEntry(row: GlossaryRow): GlossaryEntry {
  return {
    id: row.id,
    label: row.label,
    frenchTerm: row.french_term,
    frenchVariants: JSON.parse(row.french_variants) as string[],
    englishTerm: row.english_term,
    englishAvoid: JSON.parse(row.english_avoid) as string[],
    decision: row.decision,
    note: row.note,
    wikidataId: row.wikidata_id,
    status: row.status,
    sourceArticleId: row.source_article_id,
    author: row.author,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    mentionCount: row.mention_count,
    articleCount: row.article_count,
  };
}

/// One glossary entry by id, or a `not_found` error.
export function getGlossaryEntry(ctx: CoreContext, id: number): GlossaryEntry {
  return toEntry(
    rowById<GlossaryRow>(
      ctx.store,
      'glossary entry',
      `SELECT ${oneEntryColumns} FROM glossary_entries g WHERE g.id = ?`,
      id,
    ),
  );
}

/// The glossary entries whose French term, variants or English term contain the query (compared
/// folded), of one label and status if asked, in the asked order, with their counts.
export function listGlossary(
  ctx: CoreContext,
  input: Partial<ValidatedInput<'glossary.list'>> = {},
): OperationResult<'glossary.list'> {
  const rows = cachedStatement(
    ctx.store,
    `${manyEntries}
       WHERE (@query = '' OR instr(g.match_keys, @query) > 0 OR instr(g.english_key, @query) > 0)
         AND (@label IS NULL OR g.label = @label) AND (@status IS NULL OR g.status = @status)
       ORDER BY ${sortOrders[input.sort ?? 'frenchTerm']}`,
  ).all({
    query: foldText(input.query ?? ''),
    label: input.label ?? null,
    status: input.status ?? null,
  }) as GlossaryRow[];
  return rows.map(toEntry);
}

/// The terms once each, trimmed, without empty ones and without those in `except`. Spellings
/// that only differ in case or accents are kept: they match alike, but the user wrote them.
export function distinctTerms(terms: readonly string[], except: readonly string[] = []): string[] {
  const seen = new Set(except.map((term) => term.trim()));
  const kept: string[] = [];
  for (const term of terms) {
    const trimmed = term.trim();
    if (trimmed === '' || seen.has(trimmed)) continue;
    seen.add(trimmed);
    kept.push(trimmed);
  }
  return kept;
}

/// The folded French term and variants as stored in `match_keys`: each between line feeds.
export function matchKeys(frenchTerm: string, frenchVariants: readonly string[]): string {
  return `\n${[frenchTerm, ...frenchVariants].map(foldText).join('\n')}\n`;
}

function checkedFields(ctx: CoreContext, fields: GlossaryFields): GlossaryFields {
  requireLabel(ctx, fields.label);
  const frenchTerm = fields.frenchTerm.trim();
  const englishTerm = fields.englishTerm.trim();
  const englishAvoid = distinctTerms(fields.englishAvoid);
  if (englishTerm !== '' && englishAvoid.some((term) => foldText(term) === foldText(englishTerm))) {
    throw new PasserelleError(
      'invalid_input',
      `“${englishTerm}” cannot be both the English term and a term to avoid.`,
    );
  }
  return {
    ...fields,
    frenchTerm,
    frenchVariants: distinctTerms(fields.frenchVariants, [frenchTerm]),
    englishTerm,
    englishAvoid,
    wikidataId: fields.wikidataId.trim(),
  };
}

/// The stored columns of an entry's fields, with the keys matching folds them into, as named
/// parameters for the insert and the update.
function entryColumns(fields: GlossaryFields): Record<string, string> {
  return {
    label: fields.label,
    french_term: fields.frenchTerm,
    french_key: foldText(fields.frenchTerm),
    french_variants: JSON.stringify(fields.frenchVariants),
    match_keys: matchKeys(fields.frenchTerm, fields.frenchVariants),
    english_term: fields.englishTerm,
    english_key: foldText(fields.englishTerm),
    english_avoid: JSON.stringify(fields.englishAvoid),
    decision: fields.decision,
    note: fields.note,
    wikidata_id: fields.wikidataId,
    status: fields.status,
  };
}

/// Stores a new entry without recording an undo step (callers inside a recorded action, or
/// bulk imports); `sourceArticleId` records the article it came from, and `currentAuthor` who
/// added it.
export function createGlossaryEntry(
  ctx: CoreContext,
  input: GlossaryFields,
  sourceArticleId: number | null = null,
): GlossaryEntry {
  const fields = checkedFields(ctx, input);
  const now = ctx.now().toISOString();
  const result = cachedStatement(
    ctx.store,
    `INSERT INTO glossary_entries (label, french_term, french_key, french_variants, match_keys, english_term,
         english_key, english_avoid, decision, note, wikidata_id, status, source_article_id, author, created_at,
         updated_at)
       VALUES (@label, @french_term, @french_key, @french_variants, @match_keys, @english_term, @english_key,
         @english_avoid, @decision, @note, @wikidata_id, @status, @source_article_id, @author, @now, @now)`,
  ).run({ ...entryColumns(fields), source_article_id: sourceArticleId, author: currentAuthor(ctx), now });
  return getGlossaryEntry(ctx, Number(result.lastInsertRowid));
}

/// A new draft entry whose French term is `term`, of `label`, everything else empty.
export function draftEntryFields(label: string, term: string): GlossaryFields {
  return {
    label,
    frenchTerm: term.trim(),
    frenchVariants: [],
    englishTerm: '',
    englishAvoid: [],
    decision: 'translate',
    note: '',
    wikidataId: '',
    status: 'draft',
  };
}

/// Adds an entry to the glossary as one undoable action.
export function createGlossaryEntryAction(
  ctx: CoreContext,
  input: ValidatedInput<'glossary.create'>,
): GlossaryEntry {
  const message: HistoryMessage = { key: 'history.step.addEntry', params: { term: input.frenchTerm.trim() } };
  return recordAction(ctx, message, () => createGlossaryEntry(ctx, input));
}

/// The entries whose French term or a variant folds like one of `terms`, those of `label` first,
/// then the most mentioned.
export function matchingEntries(ctx: CoreContext, terms: readonly string[], label?: string): GlossaryEntry[] {
  const keys = [...new Set(terms.map(foldText).filter((key) => key !== ''))];
  if (keys.length === 0) return [];
  const rows = ctx.store
    .prepare(
      `SELECT ${oneEntryColumns}, (g.label = ?) AS same_label FROM glossary_entries g
       WHERE ${keys.map(() => 'instr(g.match_keys, ?) > 0').join(' OR ')}
       ORDER BY same_label DESC, mention_count DESC, g.id`,
    )
    .all(label ?? null, ...keys.map((key) => `\n${key}\n`)) as GlossaryRow[];
  return rows.map(toEntry);
}

/// The entry of this label whose French term, or failing that a variant, folds like `term`.
export function findGlossaryEntry(ctx: CoreContext, label: string, term: string): number | undefined {
  const key = foldText(term);
  if (key === '') return undefined;
  return oneRow<{ id: number }>(
    ctx.store,
    `SELECT id FROM glossary_entries WHERE label = ? AND instr(match_keys, ?) > 0
     ORDER BY french_key = ? DESC, id LIMIT 1`,
    label,
    `\n${key}\n`,
    key,
  )?.id;
}

/// Writes every field of an existing entry (no undo step of its own). A new label is given to
/// the entry's mentions too, so an entry and its mentions never disagree on their type.
export function writeGlossaryEntry(ctx: CoreContext, id: number, input: GlossaryFields): GlossaryEntry {
  const fields = checkedFields(ctx, input);
  const current = getGlossaryEntry(ctx, id);
  cachedStatement(
    ctx.store,
    `UPDATE glossary_entries SET label = @label, french_term = @french_term, french_key = @french_key,
         french_variants = @french_variants, match_keys = @match_keys, english_term = @english_term,
         english_key = @english_key, english_avoid = @english_avoid, decision = @decision, note = @note,
         wikidata_id = @wikidata_id, status = @status, updated_at = @now
       WHERE id = @id`,
  ).run({ ...entryColumns(fields), now: ctx.now().toISOString(), id });
  if (fields.label !== current.label) {
    cachedStatement(ctx.store, 'UPDATE annotations SET label = ? WHERE glossary_entry_id = ?').run(
      fields.label,
      id,
    );
  }
  return getGlossaryEntry(ctx, id);
}

/// The fields an entry has now, for callers that change only some of them.
export function entryFields(entry: GlossaryEntry): GlossaryFields {
  return {
    label: entry.label,
    frenchTerm: entry.frenchTerm,
    frenchVariants: [...entry.frenchVariants],
    englishTerm: entry.englishTerm,
    englishAvoid: [...entry.englishAvoid],
    decision: entry.decision,
    note: entry.note,
    wikidataId: entry.wikidataId,
    status: entry.status,
  };
}

/// Changes the given fields of an entry and returns it as stored.
export function updateGlossaryEntry(
  ctx: CoreContext,
  input: ValidatedInput<'glossary.update'>,
): GlossaryEntry {
  const current = getGlossaryEntry(ctx, input.id);
  const { id, ...changes } = input;
  const defined = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
  const message: HistoryMessage = { key: 'history.step.editEntry', params: { term: current.frenchTerm } };
  return recordAction(ctx, message, () =>
    writeGlossaryEntry(ctx, id, { ...entryFields(current), ...defined }),
  );
}

/// Deletes an entry; its mentions stay as entity annotations linked to no entry.
export function deleteGlossaryEntry(
  ctx: CoreContext,
  input: ValidatedInput<'glossary.delete'>,
): OperationResult<'glossary.delete'> {
  const entry = getGlossaryEntry(ctx, input.id);
  const message: HistoryMessage = { key: 'history.step.deleteEntry', params: { term: entry.frenchTerm } };
  return recordAction(ctx, message, () => {
    // Unlinked explicitly rather than by ON DELETE SET NULL, so the change is plain to read.
    const unlinked = cachedStatement(
      ctx.store,
      'UPDATE annotations SET glossary_entry_id = NULL WHERE glossary_entry_id = ?',
    ).run(entry.id).changes;
    cachedStatement(ctx.store, 'DELETE FROM suggestion_rejections WHERE glossary_entry_id = ?').run(entry.id);
    cachedStatement(ctx.store, 'DELETE FROM glossary_entries WHERE id = ?').run(entry.id);
    return { deleted: entry.id, unlinkedMentions: unlinked };
  });
}
