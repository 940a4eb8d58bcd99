import type { Transaction } from 'prosemirror-state';
import type { DecorationSet } from 'prosemirror-view';
import { textBlockSpans, type TextBlockSpan } from '../../shared/articleText';

/// Plugin state drawn as decorations over the article's text blocks.
export interface DecorationState {
  readonly spans: readonly TextBlockSpan[];
  readonly decorations: DecorationSet;
}

/// Maps a decoration plugin's state through a transaction that changed the document. The text
/// is read-only, so this normally returns `value` untouched; it keeps positions right if not.
export function mapDecorationState<S extends DecorationState>(value: S, tr: Transaction): S {
  if (!tr.docChanged) return value;
  return { ...value, spans: textBlockSpans(tr.doc), decorations: value.decorations.map(tr.mapping, tr.doc) };
}
