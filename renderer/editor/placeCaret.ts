import { TextSelection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { offsetToPos, type TextBlockSpan } from '../../shared/articleText';

/// Puts the caret at a text offset, as keyboard stepping to an annotation or suggestion does.
export function placeCaret(view: EditorView, spans: readonly TextBlockSpan[], offset: number): void {
  view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, offsetToPos(spans, offset))));
}
