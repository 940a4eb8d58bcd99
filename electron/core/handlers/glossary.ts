import type { OperationResult, ValidatedInput } from '../../../shared/contract';
import type { GlossaryEntry } from '../../../shared/domain';
import { PasserelleError } from '../../../shared/errors';
import { foldText } from '../../../shared/foldText';
import type { EntityLabel } from '../../../shared/labels';
import type { CoreContext } from '../coreContext';
import { glossaryCsv } from '../export/glossaryCsv';

interface GlossaryRow {
  id: number;
  label: EntityLabel;
  french_term: string;
  english_term: string;
  note: string;
  status: 'draft' | 'approved';
  source_article_id: number | null;
  created_at: string;
  updated_at: string;
  mention_count: number;
}

const entryColumns = `g.id, g.label, g.french_term, g.english_term, g.note, g.status, g.source_article_id,
  g.created_at, g.updated_at,
  (SELECT count(*) FROM annotations n WHERE n.glossary_entry_id = g.id) AS mention_count`;

function toEntry(row: GlossaryRow): GlossaryEntry {
  return {
    id: row.id,
    label: row.label,
    frenchTerm: row.french_term,
    englishTerm: row.english_term,
    note: row.note,
    status: row.status,
    sourceArticleId: row.source_article_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    mentionCount: row.mention_count,
  };
}

/// One glossary entry by id, or a `not_found` error.
export function getGlossaryEntry(ctx: CoreContext, id: number): GlossaryEntry {
  const row = ctx.store.prepare(`SELECT ${entryColumns} FROM glossary_entries g WHERE g.id = ?`).get(id) as
    | GlossaryRow
    | undefined;
  if (!row) throw new PasserelleError('not_found', `There is no glossary entry ${id}.`);
  return toEntry(row);
}

/// Every glossary entry, alphabetically by French term.
export function listGlossary(ctx: CoreContext): OperationResult<'glossary.list'> {
  const rows = ctx.store
    .prepare(`SELECT ${entryColumns} FROM glossary_entries g ORDER BY g.french_key, g.id`)
    .all() as GlossaryRow[];
  return rows.map(toEntry);
}

/// Creates an entry; `sourceArticleId` records the article it came from.
export function createGlossaryEntry(
  ctx: CoreContext,
  input: ValidatedInput<'glossary.create'>,
  sourceArticleId: number | null = null,
): GlossaryEntry {
  const now = ctx.now().toISOString();
  const result = ctx.store
    .prepare(
      `INSERT INTO glossary_entries (label, french_term, french_key, english_term, note, source_article_id,
        created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(input.label, input.frenchTerm, foldText(input.frenchTerm), input.englishTerm, input.note, sourceArticleId, now, now);
  return getGlossaryEntry(ctx, Number(result.lastInsertRowid));
}

/// The entry of this label whose French term folds to the same form as `term`, if any.
export function findGlossaryEntry(ctx: CoreContext, label: EntityLabel, term: string): number | undefined {
  const row = ctx.store
    .prepare('SELECT id FROM glossary_entries WHERE french_key = ? AND label = ? ORDER BY id LIMIT 1')
    .get(foldText(term), label) as { id: number } | undefined;
  return row?.id;
}

/// Changes the given fields of an entry and returns it as stored.
export function updateGlossaryEntry(ctx: CoreContext, input: ValidatedInput<'glossary.update'>): GlossaryEntry {
  const current = getGlossaryEntry(ctx, input.id);
  const next = {
    label: input.label ?? current.label,
    frenchTerm: input.frenchTerm ?? current.frenchTerm,
    englishTerm: input.englishTerm ?? current.englishTerm,
    note: input.note ?? current.note,
    status: input.status ?? current.status,
  };
  ctx.store
    .prepare(
      `UPDATE glossary_entries SET label = ?, french_term = ?, french_key = ?, english_term = ?, note = ?, status = ?,
        updated_at = ? WHERE id = ?`,
    )
    .run(
      next.label,
      next.frenchTerm,
      foldText(next.frenchTerm),
      next.englishTerm,
      next.note,
      next.status,
      ctx.now().toISOString(),
      input.id,
    );
  return getGlossaryEntry(ctx, input.id);
}

/// The glossary as a file to save.
export function exportGlossary(ctx: CoreContext, input: ValidatedInput<'glossary.export'>): OperationResult<'glossary.export'> {
  const entries = listGlossary(ctx);
  return { fileName: `passerelle-glossary.${input.format}`, mimeType: 'text/csv', content: glossaryCsv(entries) };
}
