import type { Node } from 'prosemirror-model';

/// Separator placed between the texts of two consecutive text blocks in `article.text`.
export const blockSeparator = '\n\n';

/// One text block's place in both coordinate systems: document positions and text offsets.
export interface TextBlockSpan {
  /// Document position of the block's first content position.
  readonly pos: number;
  /// UTF-16 offset of the block's first character in `article.text`.
  readonly start: number;
  /// UTF-16 offset just after the block's last character.
  readonly end: number;
}

/// Lists the document's text blocks in order with their positions and text offsets.
export function textBlockSpans(doc: Node): TextBlockSpan[] {
  const spans: TextBlockSpan[] = [];
  let offset = 0;
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    if (spans.length > 0) offset += blockSeparator.length;
    // Every inline leaf counts one character (hard_break's leafText is "\n"), so positions
    // inside a block map linearly to offsets.
    const length = node.content.size;
    spans.push({ pos: pos + 1, start: offset, end: offset + length });
    offset += length;
    return false;
  });
  return spans;
}

/// Derives an article's plain text from its document: text blocks joined by `blockSeparator`.
/// Every stored offset is a UTF-16 offset into this string.
export function articleText(doc: Node): string {
  const parts: string[] = [];
  doc.descendants((node) => {
    if (!node.isTextblock) return true;
    parts.push(
      node.textBetween(0, node.content.size, undefined, (leaf) => leaf.type.spec.leafText?.(leaf) ?? ''),
    );
    return false;
  });
  return parts.join(blockSeparator);
}

function findBlock(spans: readonly TextBlockSpan[], predicate: (span: TextBlockSpan) => number): number {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const cmp = predicate(spans[mid]!);
    if (cmp === 0) return mid;
    if (cmp < 0) high = mid - 1;
    else low = mid + 1;
  }
  return Math.max(0, Math.min(spans.length - 1, low));
}

/// Maps a text offset to a document position; an offset in a separator goes to the next block.
export function offsetToPos(spans: readonly TextBlockSpan[], offset: number): number {
  if (spans.length === 0) return 0;
  const index = findBlock(spans, (span) => (offset < span.start ? -1 : offset > span.end ? 1 : 0));
  const span = spans[index]!;
  const clamped = Math.min(Math.max(offset, span.start), span.end);
  return span.pos + (clamped - span.start);
}

/// Maps a document position to a text offset; a position between blocks goes to the start of the next block.
export function posToOffset(spans: readonly TextBlockSpan[], pos: number): number {
  if (spans.length === 0) return 0;
  const index = findBlock(spans, (span) =>
    pos < span.pos ? -1 : pos > span.pos + (span.end - span.start) ? 1 : 0,
  );
  const span = spans[index]!;
  const clamped = Math.min(Math.max(pos, span.pos), span.pos + (span.end - span.start));
  return span.start + (clamped - span.pos);
}
