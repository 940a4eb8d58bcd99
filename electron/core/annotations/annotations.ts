import type { OperationResult, ValidatedInput } from '../../../shared/contract';
import type { Annotation, AnnotationKind } from '../../../shared/domain';
import { PasserelleError } from '../../../shared/errors';
import { historyLabel, type HistoryMessage } from '../../../shared/historyMessages';
import { entityWords } from '../../../shared/matching/snapSpan';
import { TermMatcher } from '../../../shared/matching/termMatcher';
import type { CoreContext } from '../coreContext';
import { historyLabelByKey } from '../history/historyLabelByKey';
import { recordAction } from '../history/recordAction';
import { annotationSpanText } from './annotationSpan';
import {
  createGlossaryEntry,
  draftEntryFields,
  entryFields,
  findGlossaryEntry,
  getGlossaryEntry,
  writeGlossaryEntry,
} from '../glossary/glossaryEntries';
import { labelName, requireLabel } from '../labels/labels';

/// How many characters of context a TextQuoteSelector keeps on each side.
export const quoteContextLength = 32;

interface AnnotationRow {
  id: number;
  article_id: number;
  start: number;
  end: number;
  kind: AnnotationKind;
  label: string;
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

function annotationRow(ctx: CoreContext, id: number): AnnotationRow {
  const row = ctx.store.prepare('SELECT * FROM annotations WHERE id = ?').get(id) as
    AnnotationRow | undefined;
  if (!row) throw new PasserelleError('not_found', `There is no annotation ${id}.`);
  return row;
}

/// One annotation by id, or a `not_found` error.
export function getAnnotation(ctx: CoreContext, id: number): Annotation {
  return toAnnotation(annotationRow(ctx, id));
}

/// An article's annotations in text order; `not_found` when there is no such article (so a view
/// of an article that a redo deleted finds out).
export function listAnnotations(
  ctx: CoreContext,
  input: ValidatedInput<'annotations.list'>,
): OperationResult<'annotations.list'> {
  if (ctx.store.prepare('SELECT 1 FROM articles WHERE id = ?').get(input.articleId) === undefined) {
    throw new PasserelleError('not_found', `There is no article ${input.articleId}.`);
  }
  const rows = ctx.store
    .prepare('SELECT * FROM annotations WHERE article_id = ? ORDER BY start, end DESC, id')
    .all(input.articleId) as AnnotationRow[];
  return rows.map(toAnnotation);
}

/// What `insertAnnotation` stores: an already checked span of `text`, the article's text.
export interface NewAnnotation {
  readonly articleId: number;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly kind: AnnotationKind;
  readonly label: string;
  readonly glossaryEntryId: number | null;
}

/// Stores an annotation with its quote and context, without recording an undo step.
export function insertAnnotation(ctx: CoreContext, annotation: NewAnnotation): Annotation {
  const { text, start, end } = annotation;
  const result = ctx.store
    .prepare(
      `INSERT INTO annotations (article_id, start, end, kind, label, quote, prefix, suffix, glossary_entry_id, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      annotation.articleId,
      start,
      end,
      annotation.kind,
      annotation.label,
      text.slice(start, end),
      text.slice(Math.max(0, start - quoteContextLength), start),
      text.slice(end, end + quoteContextLength),
      annotation.glossaryEntryId,
      ctx.now().toISOString(),
    );
  return toAnnotation(annotationRow(ctx, Number(result.lastInsertRowid)));
}

/// Makes a draft entry of `label` whose French term is the span's words, first seen in the
/// article, and returns its id.
function newDraftEntry(
  ctx: CoreContext,
  label: string,
  text: string,
  start: number,
  end: number,
  articleId: number,
): number {
  return createGlossaryEntry(ctx, draftEntryFields(label, entityWords(text, start, end)), articleId).id;
}

/// The entry of `label` the span's words match (term or variant, French-aware), or a new draft.
function matchingOrNewEntry(
  ctx: CoreContext,
  label: string,
  text: string,
  start: number,
  end: number,
  articleId: number,
): number {
  return (
    findGlossaryEntry(ctx, label, text.slice(start, end)) ??
    findGlossaryEntry(ctx, label, entityWords(text, start, end)) ??
    newDraftEntry(ctx, label, text, start, end, articleId)
  );
}

/// Throws `invalid_span` when the span is already marked as an entity with this label.
export function checkNotMarkedAlready(
  ctx: CoreContext,
  articleId: number,
  start: number,
  end: number,
  label: string,
): void {
  const twin = ctx.store
    .prepare(
      `SELECT quote FROM annotations WHERE article_id = ? AND start = ? AND end = ? AND label = ? AND kind = 'entity'`,
    )
    .get(articleId, start, end, label) as { quote: string } | undefined;
  if (twin) {
    throw new PasserelleError(
      'invalid_span',
      `“${twin.quote}” at ${start}–${end} is already marked as ${labelName(ctx, label)}.`,
    );
  }
}

/// Marks a span of an article's text as an entity, exactly as given, and links it to a glossary
/// entry: the one named by `glossaryEntryId`, a new draft entry when that is null, and otherwise
/// the entry of the same label whose French term or a variant matches the span (French-aware),
/// or a new draft entry whose French term is the span's words.
export function createAnnotation(ctx: CoreContext, input: ValidatedInput<'annotations.create'>): Annotation {
  const text = annotationSpanText(ctx, input.articleId, input.start, input.end);
  const label = requireLabel(ctx, input.label);
  if (typeof input.glossaryEntryId === 'number') getGlossaryEntry(ctx, input.glossaryEntryId);
  checkNotMarkedAlready(ctx, input.articleId, input.start, input.end, label.key);
  const quote = text.slice(input.start, input.end).trim();
  const message: HistoryMessage = { key: 'history.step.mark', params: { quote, label: historyLabel(label) } };
  return recordAction(ctx, message, () => {
    const glossaryEntryId =
      typeof input.glossaryEntryId === 'number'
        ? input.glossaryEntryId
        : input.glossaryEntryId === null
          ? newDraftEntry(ctx, label.key, text, input.start, input.end, input.articleId)
          : matchingOrNewEntry(ctx, label.key, text, input.start, input.end, input.articleId);
    return insertAnnotation(ctx, { ...input, text, label: label.key, glossaryEntryId });
  });
}

/// Marks every other occurrence of an annotation's text in its article (French-aware, whole
/// words) with the same label and entry; spans already marked as entities are skipped.
export function createAllAnnotations(
  ctx: CoreContext,
  input: ValidatedInput<'annotations.createAll'>,
): OperationResult<'annotations.createAll'> {
  const mention = annotationRow(ctx, input.annotationId);
  const text = annotationSpanText(ctx, mention.article_id, mention.start, mention.end);
  const marked = new Set(
    (
      ctx.store
        .prepare(`SELECT start, end FROM annotations WHERE article_id = ? AND kind = 'entity'`)
        .all(mention.article_id) as { start: number; end: number }[]
    ).map((span) => `${span.start}:${span.end}`),
  );
  const occurrences = new TermMatcher([{ term: mention.quote, value: mention.id }])
    .findAll(text)
    .filter((match) => !marked.has(`${match.start}:${match.end}`));
  const message: HistoryMessage = {
    key: 'history.step.markAll',
    params: { quote: mention.quote.trim(), label: historyLabelByKey(ctx, mention.label) },
  };
  return recordAction(ctx, message, () =>
    occurrences.map((match) =>
      insertAnnotation(ctx, {
        articleId: mention.article_id,
        text,
        start: match.start,
        end: match.end,
        kind: mention.kind,
        label: mention.label,
        glossaryEntryId: mention.glossary_entry_id,
      }),
    ),
  );
}

function mentionCount(ctx: CoreContext, entryId: number): number {
  return ctx.store
    .prepare('SELECT count(*) FROM annotations WHERE glossary_entry_id = ?')
    .pluck()
    .get(entryId) as number;
}

/// Deletes an entry that has no mention left and holds nothing but its French term: a draft
/// made by marking a span, which the mention's removal makes pointless.
function dropUntouchedDraft(ctx: CoreContext, entryId: number): void {
  ctx.store
    .prepare(
      `DELETE FROM glossary_entries WHERE id = ? AND status = 'draft' AND english_term = '' AND note = ''
         AND french_variants = '[]' AND english_avoid = '[]' AND wikidata_id = ''
         AND NOT EXISTS (SELECT 1 FROM annotations WHERE glossary_entry_id = glossary_entries.id)
         AND NOT EXISTS (SELECT 1 FROM suggestion_rejections WHERE glossary_entry_id = glossary_entries.id)`,
    )
    .run(entryId);
}

/// Relabels an annotation or changes its entry. `glossaryEntryId` links it to that entry (taking
/// the entry's label unless one is given) or, when null, unlinks it; `newEntry` links it to a new
/// draft entry named by its words, with its (new) label, in the same undo step. A new label alone
/// relinks it to the matching entry of that label; when there is none, the old entry follows the
/// label if this was its only mention, else a new draft entry is made.
export function updateAnnotation(ctx: CoreContext, input: ValidatedInput<'annotations.update'>): Annotation {
  const current = annotationRow(ctx, input.id);
  const linkTo =
    typeof input.glossaryEntryId === 'number' ? getGlossaryEntry(ctx, input.glossaryEntryId) : undefined;
  const label = requireLabel(ctx, input.label ?? linkTo?.label ?? current.label);
  const relabelled = label.key !== current.label;
  const quote = current.quote.trim();
  const message: HistoryMessage = linkTo
    ? { key: 'history.step.link', params: { quote, term: linkTo.frenchTerm } }
    : input.newEntry
      ? { key: 'history.step.linkNew', params: { quote } }
      : input.glossaryEntryId === null
        ? { key: 'history.step.unlink', params: { quote } }
        : relabelled
          ? { key: 'history.step.relabel', params: { quote, label: historyLabel(label) } }
          : { key: 'history.step.editAnnotation', params: { quote } };
  return recordAction(ctx, message, () => {
    let entryId = current.glossary_entry_id;
    const spanText = () => annotationSpanText(ctx, current.article_id, current.start, current.end);
    if (input.newEntry) {
      entryId = newDraftEntry(ctx, label.key, spanText(), current.start, current.end, current.article_id);
    } else if (input.glossaryEntryId !== undefined) {
      entryId = input.glossaryEntryId;
    } else if (relabelled && entryId !== null) {
      const text = spanText();
      const existing =
        findGlossaryEntry(ctx, label.key, current.quote) ??
        findGlossaryEntry(ctx, label.key, entityWords(text, current.start, current.end));
      if (existing !== undefined) entryId = existing;
      else if (mentionCount(ctx, entryId) === 1) {
        writeGlossaryEntry(ctx, entryId, {
          ...entryFields(getGlossaryEntry(ctx, entryId)),
          label: label.key,
        });
      } else entryId = newDraftEntry(ctx, label.key, text, current.start, current.end, current.article_id);
    }
    ctx.store
      .prepare('UPDATE annotations SET label = ?, glossary_entry_id = ? WHERE id = ?')
      .run(label.key, entryId, current.id);
    if (current.glossary_entry_id !== null && current.glossary_entry_id !== entryId) {
      dropUntouchedDraft(ctx, current.glossary_entry_id);
    }
    return toAnnotation(annotationRow(ctx, current.id));
  });
}

/// Deletes an annotation. A draft glossary entry that only this mention created, still
/// without anything but its French term, goes with it.
export function deleteAnnotation(
  ctx: CoreContext,
  input: ValidatedInput<'annotations.delete'>,
): OperationResult<'annotations.delete'> {
  const row = annotationRow(ctx, input.id);
  const message: HistoryMessage = {
    key: 'history.step.deleteAnnotation',
    params: { quote: row.quote.trim() },
  };
  return recordAction(ctx, message, () => {
    ctx.store.prepare('DELETE FROM annotations WHERE id = ?').run(input.id);
    if (row.glossary_entry_id !== null) dropUntouchedDraft(ctx, row.glossary_entry_id);
    return { deleted: input.id };
  });
}
