import type { SentenceSpan } from './segmentSentences';

/// Whether the user may merge `first` with the `second` that follows it: both inside `text`, in
/// order, and only white space between them, with no line break (a merged segment stays in one
/// line of one text block).
export function canMergeSegments(text: string, first: SentenceSpan, second: SentenceSpan): boolean {
  if (!isSpanOf(text, first) || !isSpanOf(text, second) || first.end > second.start) return false;
  const between = text.slice(first.end, second.start);
  return !between.includes('\n') && between.trim() === '';
}

/// Whether the user may split `segment` at offset `at`: strictly inside it, not between the two
/// halves of a surrogate pair, and with some text other than white space on each side.
export function splitPointIsValid(text: string, segment: SentenceSpan, at: number): boolean {
  if (!isSpanOf(text, segment) || !Number.isInteger(at) || at <= segment.start || at >= segment.end)
    return false;
  if (isHighSurrogate(text.charCodeAt(at - 1)) && isLowSurrogate(text.charCodeAt(at))) return false;
  return text.slice(segment.start, at).trim() !== '' && text.slice(at, segment.end).trim() !== '';
}

function isSpanOf(text: string, span: SentenceSpan): boolean {
  return (
    Number.isInteger(span.start) &&
    Number.isInteger(span.end) &&
    span.start >= 0 &&
    span.start < span.end &&
    span.end <= text.length
  );
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
