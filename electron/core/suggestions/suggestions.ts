import type { OperationResult, ValidatedInput } from '../../../shared/contract';
import type { Annotation, Suggestion } from '../../../shared/domain';
import type { HistoryMessage } from '../../../shared/historyMessages';
import type { CoreContext } from '../coreContext';
import { foldedArticleText } from './foldedArticleText';
import { glossaryMatcher } from '../glossary/glossaryMatcher';
import { historyLabelByKey } from '../history/historyLabelByKey';
import { recordAction } from '../history/recordAction';
import { annotationSpanText } from '../annotations/annotationSpan';
import { readArticleText } from '../articles/readArticleText';
import { checkNotMarkedAlready, getAnnotation, insertAnnotation } from '../annotations/annotations';
import { getGlossaryEntry } from '../glossary/glossaryEntries';
import { cachedStatement, oneRow } from '../store/rows';

interface EntryRow {
  id: number;
  label: string;
  french_term: string;
  english_term: string;
}

/// Every occurrence in the article of every glossary entry's French term and variants (compared
/// French-aware, on whole words, never with an elided article) that no entity annotation covers
/// exactly and that was not rejected for that entry; in text order, longest first. With
/// `entryId`, only that entry's (`not_found` when there is no such entry).
export function listSuggestions(ctx: CoreContext, input: ValidatedInput<'suggestions.list'>): Suggestion[] {
  if (input.entryId !== undefined) getGlossaryEntry(ctx, input.entryId);
  const text = readArticleText(ctx, input.articleId);
  const matches = glossaryMatcher(ctx.store).findAllFolded(foldedArticleText(input.articleId, text));
  if (matches.length === 0) return [];
  const marked = new Set(
    (
      ctx.store
        .prepare(`SELECT start, end FROM annotations WHERE article_id = ? AND kind = 'entity'`)
        .raw()
        .all(input.articleId) as [number, number][]
    ).map(([start, end]) => `${start}:${end}`),
  );
  const rejected = new Set(
    (
      ctx.store
        .prepare('SELECT start, end, glossary_entry_id FROM suggestion_rejections WHERE article_id = ?')
        .raw()
        .all(input.articleId) as [number, number, number][]
    ).map(([start, end, entryId]) => `${start}:${end}:${entryId}`),
  );
  const seen = new Set<string>();
  const found = matches.filter((match) => {
    if (input.entryId !== undefined && match.value !== input.entryId) return false;
    const key = `${match.start}:${match.end}:${match.value}`;
    if (seen.has(key) || rejected.has(key) || marked.has(`${match.start}:${match.end}`)) return false;
    seen.add(key);
    return true;
  });
  const entries = new Map(
    (
      cachedStatement(
        ctx.store,
        `SELECT id, label, french_term, english_term FROM glossary_entries
           WHERE id IN (SELECT value FROM json_each(?))`,
      ).all(JSON.stringify([...new Set(found.map((match) => match.value))])) as EntryRow[]
    ).map((row) => [row.id, row]),
  );
  return found.flatMap((match): Suggestion[] => {
    const entry = entries.get(match.value);
    if (!entry) return [];
    return [
      {
        articleId: input.articleId,
        start: match.start,
        end: match.end,
        text: text.slice(match.start, match.end),
        entryId: entry.id,
        label: entry.label,
        frenchTerm: entry.french_term,
        englishTerm: entry.english_term,
      },
    ];
  });
}

function existingMention(ctx: CoreContext, span: Span, entryId: number): Annotation | undefined {
  const row = oneRow<{ id: number }>(
    ctx.store,
    'SELECT id FROM annotations WHERE article_id = ? AND start = ? AND end = ? AND glossary_entry_id = ?',
    span.articleId,
    span.start,
    span.end,
    entryId,
  );
  return row === undefined ? undefined : getAnnotation(ctx, row.id);
}

interface Span {
  readonly articleId: number;
  readonly start: number;
  readonly end: number;
}

/// Accepts a suggestion: marks the span as a mention of the entry, with the entry's label.
/// Accepting a span already marked as a mention of that entry answers that annotation.
export function acceptSuggestion(ctx: CoreContext, input: ValidatedInput<'suggestions.accept'>): Annotation {
  const text = annotationSpanText(ctx, input.articleId, input.start, input.end);
  const entry = getGlossaryEntry(ctx, input.entryId);
  const existing = existingMention(ctx, input, entry.id);
  if (existing) return existing;
  checkNotMarkedAlready(ctx, input.articleId, input.start, input.end, entry.label);
  const quote = text.slice(input.start, input.end).trim();
  const message: HistoryMessage = {
    key: 'history.step.accept',
    params: { quote, label: historyLabelByKey(ctx, entry.label) },
  };
  return recordAction(ctx, message, () =>
    insertAnnotation(ctx, { ...input, text, kind: 'entity', label: entry.label, glossaryEntryId: entry.id }),
  );
}

/// Accepts every suggestion of the article (of one entry if asked). Where two entries are
/// suggested for the same span, only the first is accepted, so no span is marked twice.
export function acceptAllSuggestions(
  ctx: CoreContext,
  input: ValidatedInput<'suggestions.acceptAll'>,
): OperationResult<'suggestions.acceptAll'> {
  const text = readArticleText(ctx, input.articleId);
  const spans = new Set<string>();
  const suggestions = listSuggestions(ctx, input).filter((suggestion) => {
    const key = `${suggestion.start}:${suggestion.end}`;
    if (spans.has(key)) return false;
    spans.add(key);
    return true;
  });
  return recordAction(ctx, bulkMessage(ctx, 'accept', suggestions.length, input.entryId), () =>
    suggestions.map((suggestion) =>
      insertAnnotation(ctx, {
        articleId: suggestion.articleId,
        text,
        start: suggestion.start,
        end: suggestion.end,
        kind: 'entity',
        label: suggestion.label,
        glossaryEntryId: suggestion.entryId,
      }),
    ),
  );
}

function reject(ctx: CoreContext, span: Span, entryId: number): number {
  return cachedStatement(
    ctx.store,
    `INSERT INTO suggestion_rejections (article_id, start, end, glossary_entry_id, created_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT DO NOTHING`,
  ).run(span.articleId, span.start, span.end, entryId, ctx.now().toISOString()).changes;
}

/// Rejects a suggestion: that entry is never suggested again for that span of that article.
export function rejectSuggestion(
  ctx: CoreContext,
  input: ValidatedInput<'suggestions.reject'>,
): OperationResult<'suggestions.reject'> {
  const text = annotationSpanText(ctx, input.articleId, input.start, input.end);
  const entry = getGlossaryEntry(ctx, input.entryId);
  const quote = text.slice(input.start, input.end).trim();
  const message: HistoryMessage =
    quote === entry.frenchTerm
      ? { key: 'history.step.reject', params: { quote } }
      : { key: 'history.step.rejectAs', params: { quote, term: entry.frenchTerm } };
  return recordAction(ctx, message, () => ({
    rejected: reject(ctx, input, entry.id),
  }));
}

/// Rejects every suggestion of the article (of one entry if asked).
export function rejectAllSuggestions(
  ctx: CoreContext,
  input: ValidatedInput<'suggestions.rejectAll'>,
): OperationResult<'suggestions.rejectAll'> {
  const suggestions = listSuggestions(ctx, input);
  return recordAction(ctx, bulkMessage(ctx, 'reject', suggestions.length, input.entryId), () => ({
    rejected: suggestions.reduce(
      (count, suggestion) => count + reject(ctx, suggestion, suggestion.entryId),
      0,
    ),
  }));
}

function bulkMessage(
  ctx: CoreContext,
  verb: 'accept' | 'reject',
  count: number,
  entryId: number | undefined,
): HistoryMessage {
  if (entryId === undefined) {
    return {
      key: verb === 'accept' ? 'history.step.acceptAll' : 'history.step.rejectAll',
      params: { count },
    };
  }
  const term = getGlossaryEntry(ctx, entryId).frenchTerm;
  return {
    key: verb === 'accept' ? 'history.step.acceptAllOfEntry' : 'history.step.rejectAllOfEntry',
    params: { count, term },
  };
}
