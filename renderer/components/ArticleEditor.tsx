import { EditorState, TextSelection } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { useEffect, useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation, Article } from '../../shared/domain';
import type { EntityLabel } from '../../shared/labels';
import { articleSchema } from '../../shared/schema';
import {
  annotationPluginKey,
  annotationTransaction,
  type AnnotationPluginCallbacks,
} from '../editor/annotationPlugin';
import { articleEditorPlugins } from '../editor/plugins';
import { hasMarkableText, selectionSpan } from '../editor/selectionSpan';
import type { TextSpan } from '../editor/trimSpan';
import { LabelToolbar } from './LabelToolbar';

/// Marks the editor's selection (trimmed to the words it covers) and collapses it, which closes the toolbar.
function markSelection(
  view: EditorView,
  label: EntityLabel,
  host: { readonly text: string; readonly onMark: (label: EntityLabel, span: TextSpan) => void },
): void {
  const pluginState = annotationPluginKey.getState(view.state);
  const span = pluginState && selectionSpan(pluginState.spans, host.text, view.state.selection);
  view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, view.state.selection.to)));
  if (span) host.onMark(label, span);
}

/// A request to scroll an annotation into view and focus the editor; a new `sequence` repeats it.
export interface RevealRequest {
  readonly annotationId: number;
  readonly sequence: number;
}

interface ArticleEditorProps {
  readonly article: Article;
  readonly annotations: readonly Annotation[];
  readonly selectedId: number | null;
  readonly reveal: RevealRequest | null;
  readonly onMark: (label: EntityLabel, span: TextSpan) => void;
  readonly onDelete: (id: number) => void;
  readonly onSelect: (id: number | null) => void;
}

/// The toolbar's width before it was first measured, to keep it inside the text column.
const estimatedToolbarWidth = 720;

function toolbarPosition(view: EditorView, frame: HTMLElement): CSSProperties | null {
  const { from, to, empty } = view.state.selection;
  if (empty || !hasMarkableText(view.state.doc, from, to)) return null;
  const box = frame.getBoundingClientRect();
  const start = view.coordsAtPos(from);
  const end = view.coordsAtPos(to, -1);
  const left = start.top === end.top ? start.left - box.left : 0;
  const shown = frame.querySelector<HTMLElement>('.label-toolbar');
  const toolbarWidth = shown?.offsetWidth ?? estimatedToolbarWidth;
  return {
    top: end.bottom - box.top + 8,
    left: Math.max(0, Math.min(left, box.width - toolbarWidth)),
  };
}

/// The article text in a ProseMirror view: read-only, keyboard-selectable, with annotations drawn
/// by the annotation plugin and a label toolbar on every selection.
export function ArticleEditor({
  article,
  annotations,
  selectedId,
  reveal,
  onMark,
  onDelete,
  onSelect,
}: ArticleEditorProps) {
  const { t } = useTranslation();
  const frameRef = useRef<HTMLDivElement>(null);
  const hostRef = useRef<HTMLDivElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  const [toolbar, setToolbar] = useState<CSSProperties | null>(null);

  // ProseMirror keeps the callbacks it was created with; route them to the latest props.
  const propsRef = useRef({ onMark, onDelete, onSelect, text: article.text });
  useLayoutEffect(() => {
    propsRef.current = { onMark, onDelete, onSelect, text: article.text };
  });

  useEffect(() => {
    const host = hostRef.current;
    const frame = frameRef.current;
    if (!host || !frame) return;
    const callbacks: AnnotationPluginCallbacks = {
      onMark: (view, label) => markSelection(view, label, propsRef.current),
      onDelete: (id) => propsRef.current.onDelete(id),
      onSelect: (id) => propsRef.current.onSelect(id),
    };
    const view: EditorView = new EditorView(host, {
      state: EditorState.create({
        doc: articleSchema.nodeFromJSON(article.doc),
        plugins: articleEditorPlugins([], callbacks),
      }),
      dispatchTransaction: (tr) => {
        view.updateState(view.state.apply(tr));
        if (tr.selectionSet || tr.docChanged) setToolbar(toolbarPosition(view, frame));
      },
    });
    viewRef.current = view;
    return () => {
      viewRef.current = null;
      view.destroy();
    };
    // Built once per article; later prop changes reach the view through the effects below.
  }, [article.doc]);

  useEffect(() => {
    viewRef.current?.setProps({
      attributes: {
        class: 'article-text',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-readonly': 'true',
        'aria-label': t('article.textLabel'),
        lang: article.language,
        spellcheck: 'false',
        translate: 'no',
      },
    });
  }, [t, article.doc, article.language]);

  useEffect(() => {
    const view = viewRef.current;
    const pluginState = view && annotationPluginKey.getState(view.state);
    if (!view || !pluginState) return;
    const wanted = new Set(annotations.map((annotation) => annotation.id));
    const removed = [...pluginState.annotations.keys()].filter((id) => !wanted.has(id));
    const added = annotations.filter((annotation) => !pluginState.annotations.has(annotation.id));
    if (removed.length > 0)
      view.dispatch(annotationTransaction(view.state, { type: 'remove', ids: removed }));
    if (added.length > 0)
      view.dispatch(annotationTransaction(view.state, { type: 'add', annotations: added }));
  }, [annotations, article.doc]);

  useEffect(() => {
    const view = viewRef.current;
    if (view) view.dispatch(annotationTransaction(view.state, { type: 'select', id: selectedId }));
  }, [selectedId, annotations, article.doc]);

  useEffect(() => {
    const view = viewRef.current;
    if (!view || !reveal) return;
    view.focus();
    view.dom
      .querySelector(`[data-annotation-id="${reveal.annotationId}"]`)
      ?.scrollIntoView({ block: 'center' });
  }, [reveal]);

  return (
    <div className="editor-frame" ref={frameRef}>
      <div ref={hostRef} className="editor-host" />
      {toolbar && (
        <LabelToolbar
          position={toolbar}
          onChoose={(label) => {
            const view = viewRef.current;
            if (view) markSelection(view, label, propsRef.current);
          }}
        />
      )}
    </div>
  );
}
