import type { Node } from 'prosemirror-model';
import { posToOffset, type TextBlockSpan } from '../../shared/articleText';
import { trimSpan, type TextSpan } from './trimSpan';

/// Converts an editor selection (`from`–`to` document positions) into the trimmed span of
/// `article.text` it covers; `null` for an empty or blank selection.
export function selectionSpan(
  spans: readonly TextBlockSpan[],
  text: string,
  selection: { readonly from: number; readonly to: number },
): TextSpan | null {
  if (selection.from === selection.to) return null;
  return trimSpan(text, { start: posToOffset(spans, selection.from), end: posToOffset(spans, selection.to) });
}

/// Whether `doc`'s selection range holds anything besides white space, cheaply (no offsets).
export function hasMarkableText(doc: Node, from: number, to: number): boolean {
  return from !== to && doc.textBetween(from, to, ' ', ' ').trim() !== '';
}
