import type { OperationResult, ValidatedInput } from '../../../shared/contract';
import type { Annotation, AnnotationKind } from '../../../shared/domain';
import { PasserelleError } from '../../../shared/errors';
import { historyLabel, type HistoryMessage } from '../../../shared/historyMessages';
import { TermMatcher } from '../../../shared/matching/termMatcher';
import type { CoreContext } from '../coreContext';
import { getGlossaryEntry } from '../glossary/glossaryEntries';
import { historyLabelByKey } from '../history/historyLabelByKey';
import {
  dropUntouchedDraft,
  entryForNewMention,
  entryForRelabelledMention,
  newDraftEntry,
  type MentionSpan,
} from '../glossary/glossaryLinking';
import { recordAction } from '../history/recordAction';
import { labelName, requireLabel } from '../labels/labels';
import { cachedStatement, oneRow, rowById } from '../store/rows';
import { currentAuthor } from '../workspace/currentAuthor';
import { annotationSpanText } from './annotationSpan';

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
  /// Empty when unknown: the column has been NOT NULL since migration 1.
  author: string;
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
    author: row.author === '' ? null : row.author,
    createdAt: row.created_at,
  };
}

function annotationRow(ctx: CoreContext, id: number): AnnotationRow {
  return rowById<AnnotationRow>(ctx.store, 'annotation', 'SELECT * FROM annotations WHERE id = ?', id);
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
  rowById(ctx.store, 'article', 'SELECT 1 FROM articles WHERE id = ?', input.articleId);
  const rows = cachedStatement(
    ctx.store,
    'SELECT * FROM annotations WHERE article_id = ? ORDER BY start, end DESC, id',
  ).all(input.articleId) as AnnotationRow[];
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

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

// The context is cut at a code-point boundary, so neither end of it is half of an emoji.
function contextStart(text: string, start: number): number {
  const from = Math.max(0, start - quoteContextLength);
  return from > 0 && isLowSurrogate(text.charCodeAt(from)) && isHighSurrogate(text.charCodeAt(from - 1))
    ? from + 1
    : from;
}

function contextEnd(text: string, end: number): number {
  const to = Math.min(text.length, end + quoteContextLength);
  return to < text.length && isHighSurrogate(text.charCodeAt(to - 1)) && isLowSurrogate(text.charCodeAt(to))
    ? to - 1
    : to;
}

/// Stores an annotation with its quote, context and author (`currentAuthor`), without recording an undo step; an entity
/// span already marked with the same label is refused (`invalid_span`). Run inside
/// `recordAction`, whose transaction makes that check and the insert one step no other process
/// can come between.
export function insertAnnotation(ctx: CoreContext, annotation: NewAnnotation): Annotation {
  if (annotation.kind === 'entity')
    checkNotMarkedAlready(ctx, annotation.articleId, annotation.start, annotation.end, annotation.label);
  const id = writeAnnotationRow(ctx, annotation, currentAuthor(ctx) ?? '', ctx.now().toISOString());
  return toAnnotation(annotationRow(ctx, id));
}

/// Stores an annotation with its quote and context, `author` (empty when unknown) and
/// `createdAt`, and answers its id: `insertAnnotation` without the check or the row read back,
/// for a caller storing many at once that has made sure no entity span is marked twice with one
/// label (a dataset import). Run inside `recordAction`.
export function writeAnnotationRow(
  ctx: CoreContext,
  annotation: NewAnnotation,
  author: string,
  createdAt: string,
): number {
  const { text, start, end } = annotation;
  const result = cachedStatement(
    ctx.store,
    `INSERT INTO annotations (article_id, start, end, kind, label, quote, prefix, suffix, glossary_entry_id, author, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    annotation.articleId,
    start,
    end,
    annotation.kind,
    annotation.label,
    text.slice(start, end),
    text.slice(contextStart(text, start), start),
    text.slice(end, contextEnd(text, end)),
    annotation.glossaryEntryId,
    author,
    createdAt,
  );
  return Number(result.lastInsertRowid);
}

/// Throws `invalid_span` when the span is already marked as an entity with this label.
export function checkNotMarkedAlready(
  ctx: CoreContext,
  articleId: number,
  start: number,
  end: number,
  label: string,
): void {
  const twin = oneRow<{ quote: string }>(
    ctx.store,
    `SELECT quote FROM annotations WHERE article_id = ? AND start = ? AND end = ? AND label = ? AND kind = 'entity'`,
    articleId,
    start,
    end,
    label,
  );
  if (twin) {
    throw new PasserelleError(
      'invalid_span',
      `“${twin.quote}” at ${start}–${end} is already marked as ${labelName(ctx, label)}.`,
    );
  }
}

/// Marks a span of an article's text as an entity, exactly as given, and links it to the glossary
/// entry `entryForNewMention` picks: the one named by `glossaryEntryId`, a new draft entry when
/// that is null, and otherwise the matching entry of the same label or a new draft entry.
export function createAnnotation(ctx: CoreContext, input: ValidatedInput<'annotations.create'>): Annotation {
  const text = annotationSpanText(ctx, input.articleId, input.start, input.end);
  const label = requireLabel(ctx, input.label);
  if (typeof input.glossaryEntryId === 'number') getGlossaryEntry(ctx, input.glossaryEntryId);
  const quote = text.slice(input.start, input.end).trim();
  const message: HistoryMessage = { key: 'history.step.mark', params: { quote, label: historyLabel(label) } };
  return recordAction(ctx, message, () => {
    // Inside the write transaction: another process marking the same span at the same moment
    // either committed first (and this is refused) or waits for this one.
    checkNotMarkedAlready(ctx, input.articleId, input.start, input.end, label.key);
    const glossaryEntryId = entryForNewMention(ctx, label.key, { ...input, text }, input.glossaryEntryId);
    return insertAnnotation(ctx, { ...input, text, label: label.key, glossaryEntryId });
  });
}

// Claims have no label or glossary entry and are not repeated through the text: they are
// edited through `claims.update`.
function refuseClaim(row: AnnotationRow, what: string): void {
  if (row.kind === 'claim') {
    throw new PasserelleError(
      'invalid_input',
      `“${row.quote.trim()}” is a claim: a claim cannot be ${what}.`,
    );
  }
}

/// Marks every other occurrence of an annotation's text in its article (French-aware, whole
/// words) with the same label and entry; spans already marked as entities are skipped.
export function createAllAnnotations(
  ctx: CoreContext,
  input: ValidatedInput<'annotations.createAll'>,
): OperationResult<'annotations.createAll'> {
  const mention = annotationRow(ctx, input.annotationId);
  refuseClaim(mention, 'marked in every occurrence');
  const text = annotationSpanText(ctx, mention.article_id, mention.start, mention.end);
  const occurrences = new TermMatcher([{ term: mention.quote, value: mention.id }]).findAll(text);
  const message: HistoryMessage = {
    key: 'history.step.markAll',
    params: { quote: mention.quote.trim(), label: historyLabelByKey(ctx, mention.label) },
  };
  return recordAction(ctx, message, () => {
    // Read inside the write transaction, so a span another process just marked is skipped too.
    const marked = new Set(
      (
        cachedStatement(
          ctx.store,
          `SELECT start, end FROM annotations WHERE article_id = ? AND kind = 'entity'`,
        ).all(mention.article_id) as { start: number; end: number }[]
      ).map((span) => `${span.start}:${span.end}`),
    );
    return occurrences
      .filter((match) => !marked.has(`${match.start}:${match.end}`))
      .map((match) =>
        insertAnnotation(ctx, {
          articleId: mention.article_id,
          text,
          start: match.start,
          end: match.end,
          kind: mention.kind,
          label: mention.label,
          glossaryEntryId: mention.glossary_entry_id,
        }),
      );
  });
}

/// Relabels an annotation or changes its entry. `glossaryEntryId` links it to that entry (taking
/// the entry's label unless one is given) or, when null, unlinks it; `newEntry` links it to a new
/// draft entry named by its words, with its (new) label, in the same undo step. A new label alone
/// relinks it as `entryForRelabelledMention` says. An entry left behind as an untouched draft
/// goes.
export function updateAnnotation(ctx: CoreContext, input: ValidatedInput<'annotations.update'>): Annotation {
  const current = annotationRow(ctx, input.id);
  refuseClaim(current, 'given a label or a glossary entry');
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
    const span = (): MentionSpan => ({
      articleId: current.article_id,
      text: annotationSpanText(ctx, current.article_id, current.start, current.end),
      start: current.start,
      end: current.end,
    });
    const entryId = input.newEntry
      ? newDraftEntry(ctx, label.key, span())
      : input.glossaryEntryId !== undefined
        ? input.glossaryEntryId
        : relabelled && current.glossary_entry_id !== null
          ? entryForRelabelledMention(ctx, label.key, span(), current.glossary_entry_id)
          : current.glossary_entry_id;
    cachedStatement(ctx.store, 'UPDATE annotations SET label = ?, glossary_entry_id = ? WHERE id = ?').run(
      label.key,
      entryId,
      current.id,
    );
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
    cachedStatement(ctx.store, 'DELETE FROM annotations WHERE id = ?').run(input.id);
    if (row.glossary_entry_id !== null) dropUntouchedDraft(ctx, row.glossary_entry_id);
    return { deleted: input.id };
  });
}
