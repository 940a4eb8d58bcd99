/// Characters never worth keeping at either end of an entity span: white space of every kind
/// (NBSP and narrow NBSP included) and punctuation such as « » , . ; : ( ).
const edge = /[\s\p{P}\p{S}]/u;

/// French elided articles and pronouns, which never belong to an entity: "d’Alibaba" → "Alibaba".
const elision = /^(?:jusqu|lorsqu|puisqu|qu|[ldsnjmtc])['’ʼ]/iu;

/// A half-open span of UTF-16 offsets into `article.text`.
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/// Shrinks a span of `text` so it neither starts nor ends with white space, punctuation or an
/// elided article; `null` when nothing is left.
export function trimSpan(text: string, span: TextSpan): TextSpan | null {
  let start = Math.max(0, Math.min(span.start, span.end));
  let end = Math.min(text.length, Math.max(span.start, span.end));
  const shrink = () => {
    while (start < end && edge.test(text[start]!)) start += 1;
    while (end > start && edge.test(text[end - 1]!)) end -= 1;
  };
  shrink();
  const elided = elision.exec(text.slice(start, end));
  // Only strip the elision when a word follows it, so a lone "l’" selection is not mangled.
  if (elided && start + elided[0].length < end) {
    start += elided[0].length;
    shrink();
  }
  return start < end ? { start, end } : null;
}
