import { foldWithMap, type FoldedText } from './foldWithMap';

/// A term to look for, and what it stands for (e.g. a glossary entry's id).
export interface MatchTerm<T> {
  readonly term: string;
  readonly value: T;
}

/// One occurrence of a term, in UTF-16 offsets of the searched text.
export interface TermMatch<T> {
  readonly start: number;
  readonly end: number;
  readonly term: string;
  readonly value: T;
}

interface IndexedTerm<T> {
  readonly folded: string;
  readonly term: string;
  readonly value: T;
}

const firstWord = /^[\p{L}\p{N}]+/u;
const wordRun = /[\p{L}\p{N}]+/gu;
const wordChar = /[\p{L}\p{N}]/u;

/// A reusable index of terms that finds every occurrence of any of them in a text, compared
/// in folded form (case, accents, apostrophes, spaces) on word boundaries, and mapped back to
/// exact offsets. Cost grows with the text's words, not with the number of terms.
export class TermMatcher<T> {
  private readonly byFirstWord = new Map<string, IndexedTerm<T>[]>();

  constructor(terms: Iterable<MatchTerm<T>>) {
    for (const { term, value } of terms) {
      const folded = foldWithMap(term).folded.trim();
      const key = firstWord.exec(folded)?.[0];
      if (!key) continue;
      const bucket = this.byFirstWord.get(key) ?? [];
      bucket.push({ folded, term, value });
      this.byFirstWord.set(key, bucket);
    }
    // Longest terms first, so overlapping entries are all reported in a stable order.
    for (const bucket of this.byFirstWord.values()) bucket.sort((a, b) => b.folded.length - a.folded.length);
  }

  /// Every occurrence of every term in `text`, ordered by start then longest first.
  findAll(text: string): TermMatch<T>[] {
    return this.findAllFolded(foldWithMap(text));
  }

  /// `findAll` over a text already folded by `foldWithMap`, for callers that keep the folded
  /// form of a text they search often.
  findAllFolded({ folded, starts, ends }: FoldedText): TermMatch<T>[] {
    const matches: TermMatch<T>[] = [];
    for (const word of folded.matchAll(wordRun)) {
      const at = word.index;
      const bucket = this.byFirstWord.get(word[0]);
      if (!bucket) continue;
      for (const candidate of bucket) {
        const stop = at + candidate.folded.length;
        if (stop > folded.length || !folded.startsWith(candidate.folded, at)) continue;
        // Word boundary after the term: "Inria" must not match inside "Inrialab".
        if (stop < folded.length && wordChar.test(folded[stop]!) && wordChar.test(folded[stop - 1]!))
          continue;
        matches.push({
          start: starts[at]!,
          end: ends[stop - 1]!,
          term: candidate.term,
          value: candidate.value,
        });
      }
    }
    return matches;
  }
}
