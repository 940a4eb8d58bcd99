import type { OperationResult, ValidatedInput } from '../../../shared/contract';
import type { Annotation, AnnotationKind } from '../../../shared/domain';
import { PasserelleError } from '../../../shared/errors';
import type { EntityLabel } from '../../../shared/labels';
import type { CoreContext } from '../coreContext';
import { createGlossaryEntry, findGlossaryEntry } from './glossary';

/// How many characters of context a TextQuoteSelector keeps on each side.
export const quoteContextLength = 32;

interface AnnotationRow {
  id: number;
  article_id: number;
  start: number;
  end: number;
  kind: AnnotationKind;
  label: EntityLabel;
  quote: string;
  prefix: string;
  suffix: string;
  glossary_entry_id: number | null;
  created_at: string;
}

function toAnnotation(row: AnnotationRow): Annotation {
  return {
    id: row.id,
    articleId: row.article_id,
    start: row.start,
    end: row.end,
    kind: row.kind,
    label: row.label,
    quote: row.quote,
    prefix: row.prefix,
    suffix: row.suffix,
    glossaryEntryId: row.glossary_entry_id,
    createdAt: row.created_at,
  };
}

/// An article's annotations in text order.
export function listAnnotations(
  ctx: CoreContext,
  input: ValidatedInput<'annotations.list'>,
): OperationResult<'annotations.list'> {
  const rows = ctx.store
    .prepare('SELECT * FROM annotations WHERE article_id = ? ORDER BY start, end DESC, id')
    .all(input.articleId) as AnnotationRow[];
  return rows.map(toAnnotation);
}

/// Marks a span of an article's text as an entity and links it to the glossary entry of the
/// same label and French term, creating a draft entry when there is none.
export function createAnnotation(ctx: CoreContext, input: ValidatedInput<'annotations.create'>): Annotation {
  const article = ctx.store.prepare('SELECT text FROM articles WHERE id = ?').get(input.articleId) as
    | { text: string }
    | undefined;
  if (!article) throw new PasserelleError('not_found', `There is no article ${input.articleId}.`);
  const { text } = article;
  if (input.end <= input.start || input.end > text.length) {
    throw new PasserelleError(
      'invalid_span',
      `The span ${input.start}–${input.end} is outside the article's text (0–${text.length}).`,
    );
  }
  const quote = text.slice(input.start, input.end);
  if (quote.trim() === '') throw new PasserelleError('invalid_span', 'The span holds only white space.');

  return ctx.store.transaction(() => {
    const entryId =
      findGlossaryEntry(ctx, input.label, quote) ??
      createGlossaryEntry(ctx, { label: input.label, frenchTerm: quote.trim(), englishTerm: '', note: '' }, input.articleId)
        .id;
    const result = ctx.store
      .prepare(
        `INSERT INTO annotations (article_id, start, end, kind, label, quote, prefix, suffix, glossary_entry_id, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        input.articleId,
        input.start,
        input.end,
        input.kind,
        input.label,
        quote,
        text.slice(Math.max(0, input.start - quoteContextLength), input.start),
        text.slice(input.end, input.end + quoteContextLength),
        entryId,
        ctx.now().toISOString(),
      );
    const row = ctx.store.prepare('SELECT * FROM annotations WHERE id = ?').get(result.lastInsertRowid) as AnnotationRow;
    return toAnnotation(row);
  })();
}

/// Deletes an annotation. A draft glossary entry that only this mention created, still
/// without an English term or note, goes with it.
export function deleteAnnotation(
  ctx: CoreContext,
  input: ValidatedInput<'annotations.delete'>,
): OperationResult<'annotations.delete'> {
  return ctx.store.transaction(() => {
    const row = ctx.store.prepare('SELECT glossary_entry_id FROM annotations WHERE id = ?').get(input.id) as
      | { glossary_entry_id: number | null }
      | undefined;
    if (!row) throw new PasserelleError('not_found', `There is no annotation ${input.id}.`);
    ctx.store.prepare('DELETE FROM annotations WHERE id = ?').run(input.id);
    if (row.glossary_entry_id !== null) {
      ctx.store
        .prepare(
          `DELETE FROM glossary_entries WHERE id = ? AND status = 'draft' AND english_term = '' AND note = ''
             AND NOT EXISTS (SELECT 1 FROM annotations WHERE glossary_entry_id = glossary_entries.id)`,
        )
        .run(row.glossary_entry_id);
    }
    return { deleted: input.id };
  })();
}
