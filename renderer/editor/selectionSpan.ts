import type { Node } from 'prosemirror-model';
import { posToOffset, type TextBlockSpan } from '../../shared/articleText';
import { snapClaimSpan, snapSpan } from '../../shared/matching/snapSpan';

/// A half-open span of UTF-16 offsets into `article.text`.
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/// Converts an editor selection (`from`–`to` document positions) into the span of `article.text`
/// an entity can cover: whole words, no surrounding spaces or punctuation, no elided article.
/// `null` for an empty selection or one without a word.
export function selectionSpan(
  spans: readonly TextBlockSpan[],
  text: string,
  selection: { readonly from: number; readonly to: number },
): TextSpan | null {
  if (selection.from === selection.to) return null;
  return snapSpan(text, posToOffset(spans, selection.from), posToOffset(spans, selection.to));
}

/// Converts an editor selection into the span of `article.text` a claim can cover: whole words,
/// no surrounding spaces, quotation marks or punctuation, but its leading elision kept.
export function claimSelectionSpan(
  spans: readonly TextBlockSpan[],
  text: string,
  selection: { readonly from: number; readonly to: number },
): TextSpan | null {
  if (selection.from === selection.to) return null;
  return snapClaimSpan(text, posToOffset(spans, selection.from), posToOffset(spans, selection.to));
}

/// Whether `doc`'s selection range holds anything besides white space, cheaply (no offsets).
export function hasMarkableText(doc: Node, from: number, to: number): boolean {
  return from !== to && doc.textBetween(from, to, ' ', ' ').trim() !== '';
}
