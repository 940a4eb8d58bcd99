// INTERIM (tr-base): splits with Intl.Segmenter per text block; the segmenter helper replaces
// this file with French rules (abbreviations, numbers, quotations) behind the same signature.

/// A sentence's place in the text it was cut from: UTF-16 offsets, `start` inclusive, `end`
/// exclusive, without the spaces around it.
export interface SentenceSpan {
  readonly start: number;
  readonly end: number;
}

/// Cuts French text (an `article.text`) into sentence segments, in order. A segment never
/// crosses a line break (text blocks are joined by blank lines), never starts or ends with
/// white space, and is never empty. With a `range`, only the text inside it is cut, and the
/// range's edges are segment edges.
export function segmentSentences(
  text: string,
  range: SentenceSpan = { start: 0, end: text.length },
): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const segmenter = new Intl.Segmenter('fr', { granularity: 'sentence' });
  const lineBreak = /\n/g;
  let lineStart = range.start;
  const pushLine = (from: number, to: number): void => {
    for (const piece of segmenter.segment(text.slice(from, to))) {
      const trimmed = trimSpan(text, from + piece.index, from + piece.index + piece.segment.length);
      if (trimmed) spans.push(trimmed);
    }
  };
  lineBreak.lastIndex = range.start;
  for (let match = lineBreak.exec(text); match && match.index < range.end; match = lineBreak.exec(text)) {
    pushLine(lineStart, match.index);
    lineStart = match.index + 1;
  }
  pushLine(lineStart, range.end);
  return spans;
}

function trimSpan(text: string, start: number, end: number): SentenceSpan | null {
  while (start < end && /\s/.test(text[start] ?? '')) start += 1;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end -= 1;
  return start < end ? { start, end } : null;
}
