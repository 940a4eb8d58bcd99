import type { Annotation, Article, GlossaryEntry, Suggestion } from '../../shared/domain';
import type { TextSpan } from '../editor/selectionSpan';
import type { ArticleWorkData } from './useArticleWork';

/// A mark drawn before the store answered: the annotation the view shows under a provisional
/// (negative) id and the suggestions it hid, to put back if the store refuses it.
export interface PendingMark {
  readonly annotation: Annotation;
  readonly hidden: readonly Suggestion[];
}

/// A mark the store confirmed and that may still be undone by drawing first: what undoing it
/// takes away and puts back, and the save tracker's write count right after it.
export interface ConfirmedMark {
  readonly annotation: Annotation;
  readonly hidden: readonly Suggestion[];
  /// Whether the store made a new entry for it (undoing the mark deletes that entry).
  readonly entryIsNew: boolean;
  readonly writeCount: number;
}

/// The suggestions over exactly this span: the store stops suggesting a span once it is marked.
export function suggestionsAt(suggestions: readonly Suggestion[], span: TextSpan): Suggestion[] {
  return suggestions.filter((suggestion) => suggestion.start === span.start && suggestion.end === span.end);
}

/// The annotation a mark will be, as far as the editor needs it before the store answers: its
/// span, label and quote, linked to no entry yet; its context is left to the store's answer (the
/// side panel shows only confirmed annotations).
export function provisionalAnnotation(
  article: Article,
  span: TextSpan,
  label: string,
  id: number,
  createdAt: string,
): Annotation {
  return {
    id,
    articleId: article.id,
    start: span.start,
    end: span.end,
    kind: 'entity',
    label,
    quote: article.text.slice(span.start, span.end),
    prefix: '',
    suffix: '',
    glossaryEntryId: null,
    author: null,
    createdAt,
  };
}

/// Draws a mark at once, as pending (a provisional annotation) or, when `stored`, as stored (an
/// undo that failed puts it back); the suggestions over its span are hidden.
export function showMark(data: ArticleWorkData, mark: PendingMark, stored = false): ArticleWorkData {
  const hidden = new Set(mark.hidden);
  return {
    ...data,
    ...(stored
      ? { annotations: [...(data.annotations ?? []), mark.annotation] }
      : { pending: [...data.pending, mark.annotation] }),
    suggestions: hidden.size === 0 ? data.suggestions : data.suggestions.filter((s) => !hidden.has(s)),
  };
}

/// Stores the mark: the store's annotation among the stored ones, the pending one gone.
export function confirmMark(
  data: ArticleWorkData,
  provisionalId: number,
  annotation: Annotation,
): ArticleWorkData {
  return {
    ...data,
    pending: data.pending.filter((shown) => shown.id !== provisionalId),
    annotations: [...(data.annotations ?? []), annotation],
  };
}

/// Takes a mark back (the store refused it, or it is being undone): the annotation removed,
/// pending or stored, and the suggestions it hid shown again.
export function withdrawMark(data: ArticleWorkData, mark: PendingMark): ArticleWorkData {
  const id = mark.annotation.id;
  const shown = new Set(data.suggestions);
  const restored = mark.hidden.filter((suggestion) => !shown.has(suggestion));
  return {
    ...data,
    pending: data.pending.some((annotation) => annotation.id === id)
      ? data.pending.filter((annotation) => annotation.id !== id)
      : data.pending,
    annotations: data.annotations && data.annotations.filter((annotation) => annotation.id !== id),
    suggestions:
      restored.length === 0 ? data.suggestions : [...data.suggestions, ...restored].sort(suggestionOrder),
  };
}

/// The store's order of suggestions: in text order, longest first, then by entry.
function suggestionOrder(a: Suggestion, b: Suggestion): number {
  return a.start - b.start || b.end - a.end || a.entryId - b.entryId;
}

/// The suggestions with one entry's replaced by `entrySuggestions`, as the store now lists them
/// (a new entry's terms may occur elsewhere in the article).
export function withEntrySuggestions(
  data: ArticleWorkData,
  entryId: number,
  entrySuggestions: readonly Suggestion[],
): ArticleWorkData {
  const others = data.suggestions.filter((suggestion) => suggestion.entryId !== entryId);
  if (others.length === data.suggestions.length && entrySuggestions.length === 0) return data;
  return { ...data, suggestions: [...others, ...entrySuggestions].sort(suggestionOrder) };
}

/// Removes an entry the store deleted (the draft an undone mark had made) with its suggestions.
export function withoutEntry(data: ArticleWorkData, entryId: number): ArticleWorkData {
  return {
    ...data,
    glossary: dropEntry(data.glossary, entryId),
    suggestions: data.suggestions.filter((suggestion) => suggestion.entryId !== entryId),
  };
}

/// Whether a confirmed mark can have changed the suggestions beyond its own span: only when its
/// entry is new to the view (its terms may occur elsewhere in the article).
export function entryIsNew(glossary: readonly GlossaryEntry[] | null, annotation: Annotation): boolean {
  return (
    annotation.glossaryEntryId !== null && !glossary?.some((entry) => entry.id === annotation.glossaryEntryId)
  );
}

/// The glossary with `entry` as the store now has it: replaced where it was, else added.
export function mergeEntry(
  glossary: readonly GlossaryEntry[] | null,
  entry: GlossaryEntry,
): readonly GlossaryEntry[] | null {
  if (glossary === null) return null;
  return glossary.some((known) => known.id === entry.id)
    ? glossary.map((known) => (known.id === entry.id ? entry : known))
    : [...glossary, entry];
}

/// The glossary without the entry `id` (the store deleted it).
export function dropEntry(
  glossary: readonly GlossaryEntry[] | null,
  id: number,
): readonly GlossaryEntry[] | null {
  return glossary && glossary.filter((entry) => entry.id !== id);
}
