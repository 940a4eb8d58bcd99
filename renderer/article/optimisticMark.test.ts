import { describe, expect, it } from 'vitest';
import type { Annotation, Article, GlossaryEntry, Suggestion } from '../../shared/domain';
import {
  confirmMark,
  entryIsNew,
  mergeEntry,
  provisionalAnnotation,
  showMark,
  suggestionsAt,
  withdrawMark,
  withEntrySuggestions,
  withoutEntry,
} from './optimisticMark';
import type { ArticleWorkData } from './useArticleWork';
import { placeEntry } from './testing/placeEntry';

const text = 'Pékin a donné son feu vert à DeepSeek et à Pékin.';
const fullArticle: Article = {
  id: 1,
  title: 'Test',
  byline: null,
  publishedAt: null,
  source: null,
  fileName: null,
  importedAt: '2026-01-01T00:00:00.000Z',
  annotationCount: 0,
  sourceUrl: null,
  siteName: null,
  language: 'fr',
  encoding: 'utf-8',
  doc: { type: 'doc' },
  text,
};

function span(phrase: string, from = 0) {
  const start = text.indexOf(phrase, from);
  return { start, end: start + phrase.length };
}

function suggestion(phrase: string, entryId: number, from = 0): Suggestion {
  return {
    articleId: 1,
    ...span(phrase, from),
    text: phrase,
    entryId,
    label: 'place',
    frenchTerm: phrase,
    englishTerm: '',
  };
}

function entry(id: number): GlossaryEntry {
  return placeEntry(id);
}

const pekin = suggestion('Pékin', 7);
const laterPekin = suggestion('Pékin', 7, 10);
const data: ArticleWorkData = {
  article: fullArticle,
  annotations: [],
  pending: [],
  glossary: [entry(7)],
  suggestions: [pekin, laterPekin],
};

function stored(annotation: Annotation, id: number, glossaryEntryId: number): Annotation {
  return { ...annotation, id, glossaryEntryId };
}

describe('optimistic mark', () => {
  const provisional = provisionalAnnotation(
    fullArticle,
    span('Pékin'),
    'place',
    -1,
    '2026-01-01T00:00:00.000Z',
  );
  const mark = { annotation: provisional, hidden: suggestionsAt(data.suggestions, span('Pékin')) };

  it('draws the mark as pending at once and hides only the suggestions over its span', () => {
    expect(provisional).toMatchObject({ id: -1, quote: 'Pékin', label: 'place', glossaryEntryId: null });
    const shown = showMark(data, mark);
    expect(shown.pending).toEqual([provisional]);
    expect(shown.annotations).toBe(data.annotations);
    expect(shown.suggestions).toEqual([laterPekin]);
  });

  it('keeps the very same suggestion list when the mark hides none', () => {
    const elsewhere = { annotation: provisional, hidden: [] };
    expect(showMark(data, elsewhere).suggestions).toBe(data.suggestions);
  });

  it('moves the mark from pending to stored when the store confirms it', () => {
    const annotation = stored(provisional, 12, 7);
    const confirmed = confirmMark(showMark(data, mark), provisional.id, annotation);
    expect(confirmed.pending).toEqual([]);
    expect(confirmed.annotations).toEqual([annotation]);
  });

  it('rolls a refused mark back: the mark gone, the suggestions it hid shown again in text order', () => {
    const rolledBack = withdrawMark(showMark(data, mark), mark);
    expect(rolledBack.pending).toEqual([]);
    expect(rolledBack.annotations).toEqual([]);
    expect(rolledBack.suggestions).toEqual([pekin, laterPekin]);
  });

  it('undoes a stored mark the same way, and removes the entry it made with that entry’s suggestions', () => {
    const annotation = stored(provisional, 12, 8);
    const withNewEntry = {
      ...confirmMark(showMark(data, mark), provisional.id, annotation),
      glossary: [entry(7), entry(8)],
      suggestions: [laterPekin, suggestion('DeepSeek', 8)],
    };
    const undone = withdrawMark(withNewEntry, { annotation, hidden: mark.hidden });
    expect(undone.annotations).toEqual([]);
    expect(undone.suggestions).toEqual([pekin, suggestion('DeepSeek', 8), laterPekin]);
    const entryGone = withoutEntry(undone, 8);
    expect(entryGone.glossary).toEqual([entry(7)]);
    expect(entryGone.suggestions).toEqual([pekin, laterPekin]);
  });

  it('tells a new entry from a known one, and merges an entry in place or at the end', () => {
    expect(entryIsNew(data.glossary, stored(provisional, 12, 7))).toBe(false);
    expect(entryIsNew(data.glossary, stored(provisional, 12, 8))).toBe(true);
    expect(entryIsNew(null, stored(provisional, 12, 7))).toBe(true);
    const counted = { ...entry(7), mentionCount: 1 };
    expect(mergeEntry([entry(7)], counted)).toEqual([counted]);
    expect(mergeEntry([entry(7)], entry(8))).toEqual([entry(7), entry(8)]);
    expect(mergeEntry(null, entry(8))).toBeNull();
  });

  it('puts a new entry’s suggestions among the others in text order, and keeps the list when nothing changes', () => {
    const deepSeek = suggestion('DeepSeek', 8);
    const merged = withEntrySuggestions(data, 8, [deepSeek]);
    expect(merged.suggestions).toEqual([pekin, deepSeek, laterPekin]);
    expect(withEntrySuggestions(merged, 8, []).suggestions).toEqual([pekin, laterPekin]);
    expect(withEntrySuggestions(data, 8, [])).toBe(data);
  });
});
