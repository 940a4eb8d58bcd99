import { blockSeparator } from '../../shared/articleText';

/// A paragraph (text block) of the article with words that no segment covers yet.
export interface UnsplitParagraph {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const word = /[\p{L}\p{N}]/u;

/// The article's paragraphs (its text blocks, joined by `blockSeparator`) holding words outside
/// every segment, in text order: what "Split" can still cut, one paragraph at a time.
export function unsplitParagraphs(
  text: string,
  segments: readonly { readonly start: number; readonly end: number }[],
): UnsplitParagraph[] {
  const sorted = [...segments].sort((a, b) => a.start - b.start);
  const found: UnsplitParagraph[] = [];
  let next = 0;
  let start = 0;
  while (start <= text.length) {
    const cut = text.indexOf(blockSeparator, start);
    const end = cut === -1 ? text.length : cut;
    while (next < sorted.length && sorted[next]!.end <= start) next += 1;
    let from = start;
    let uncovered = false;
    for (let i = next; i < sorted.length && sorted[i]!.start < end; i++) {
      if (word.test(text.slice(from, sorted[i]!.start))) uncovered = true;
      from = Math.max(from, sorted[i]!.end);
    }
    if (uncovered || word.test(text.slice(from, end)))
      found.push({ start, end, text: text.slice(start, end) });
    if (cut === -1) break;
    start = cut + blockSeparator.length;
  }
  return found;
}
