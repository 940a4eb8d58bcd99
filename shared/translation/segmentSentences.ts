import { frenchSegmentationRules, ruleWindow } from './frenchSegmentationRules';

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
  const from = Math.max(0, Math.min(range.start, text.length));
  const to = Math.max(from, Math.min(range.end, text.length));
  const spans: SentenceSpan[] = [];
  const push = (start: number, end: number): void => {
    while (start < end && isSpace(text.charCodeAt(start))) start += 1;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end -= 1;
    if (start < end) spans.push({ start, end });
  };
  let segmentStart = from;
  let lineStart = from;
  // One pass over the characters: only a terminator starts any work, and each rule sees a window
  // of at most `ruleWindow` characters each side, so the cost is linear in the text's length.
  for (let index = from; index < to; index += 1) {
    const code = text.charCodeAt(index);
    if (code === lineFeed) {
      push(segmentStart, index);
      segmentStart = lineStart = index + 1;
      continue;
    }
    if (!isTerminator(code)) continue;
    let candidate = index + 1;
    while (candidate < to && isTerminator(text.charCodeAt(candidate))) candidate += 1;
    candidate = skipClosers(text, candidate, to);
    index = candidate - 1;
    // "3.5", "S.N.C.F", "www.lemonde.fr", "« Oui ! »,": no white space after the mark, no break.
    if (candidate >= to || !isSpace(text.charCodeAt(candidate))) continue;
    if (breaksAt(text, Math.max(lineStart, candidate - ruleWindow), candidate, to)) {
      push(segmentStart, candidate);
      segmentStart = candidate;
    }
  }
  push(segmentStart, to);
  return spans;
}

const lineFeed = 0x0a;

// . ? ! …
function isTerminator(code: number): boolean {
  return code === 0x2e || code === 0x3f || code === 0x21 || code === 0x2026;
}

// What `\s` matches, but not the line feed, which is a hard break.
function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d && code !== lineFeed) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

// » ” " ’ ' ) ]
function isCloser(code: number): boolean {
  return (
    code === 0xbb ||
    code === 0x201d ||
    code === 0x22 ||
    code === 0x2019 ||
    code === 0x27 ||
    code === 0x29 ||
    code === 0x5d
  );
}

// The closing quotes and brackets after a sentence's mark belong to it: "fini.)", "fini.”" and,
// French style, the guillemet after a (no-break) space: "fini. »" / "fini.\u00a0»".
function skipClosers(text: string, at: number, to: number): number {
  let position = at;
  for (;;) {
    if (position < to && isCloser(text.charCodeAt(position))) {
      position += 1;
      continue;
    }
    let ahead = position;
    while (ahead < to && isSpace(text.charCodeAt(ahead))) ahead += 1;
    if (ahead > position && ahead < to && text.charCodeAt(ahead) === 0xbb) {
      position = ahead + 1;
      continue;
    }
    return position;
  }
}

function breaksAt(text: string, windowStart: number, candidate: number, to: number): boolean {
  let after = text.slice(candidate, Math.min(to, candidate + ruleWindow));
  const lineEnd = after.indexOf('\n');
  if (lineEnd >= 0) after = after.slice(0, lineEnd);
  const before = text.slice(windowStart, candidate);
  for (const rule of frenchSegmentationRules)
    if (rule.after.test(after) && rule.before.test(before)) return rule.breaks;
  return false;
}
