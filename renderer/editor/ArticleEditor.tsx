import { EditorState, TextSelection } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation, Article, Label, Suggestion } from '../../shared/domain';
import { articleSchema } from '../../shared/schema';
import { posToOffset } from '../../shared/articleText';
import { sectionedDoc } from '../../shared/sectionedDoc';
import {
  annotationPluginKey,
  annotationTransaction,
  type AnnotationAction,
  type AnnotationPluginCallbacks,
} from './annotationPlugin';
import { annotationChanges, editorAnnotation } from './annotationChanges';
import { stageFilter, stagedDrawingThreshold, type TextRange } from './drawingStages';
import { articleEditorPlugins } from './plugins';
import { claimSelectionSpan, hasMarkableText, selectionSpan, type TextSpan } from './selectionSpan';
import {
  suggestionKey,
  suggestionPluginKey,
  suggestionTransaction,
  type EditorSuggestion,
  type SuggestionAction,
  type SuggestionPluginCallbacks,
} from './suggestionPlugin';
import { afterNextPaint } from '../ui/afterNextPaint';
import { LabelToolbar } from './LabelToolbar';
import { untrackSelectionByReact } from './untrackSelectionByReact';
import { SuggestionToolbar } from './SuggestionToolbar';
import './editor.css';

/// Marks the editor's selection (snapped to the words it covers) and collapses it, which closes
/// the toolbar. The host answers the annotation to draw at once: it is drawn in the same
/// transaction, before the host's data comes back through the props, and counted as shown.
function markSelection(
  view: EditorView,
  label: string,
  host: {
    readonly text: string;
    readonly onMark: (label: string, span: TextSpan) => Annotation | null;
    readonly shown: { current: readonly Annotation[] };
  },
): void {
  const pluginState = annotationPluginKey.getState(view.state);
  const span = pluginState && selectionSpan(pluginState.spans, host.text, view.state.selection);
  const drawn = span ? host.onMark(label, span) : null;
  const tr = view.state.tr.setSelection(TextSelection.create(view.state.doc, view.state.selection.to));
  if (drawn) {
    tr.setMeta(annotationPluginKey, {
      type: 'add',
      annotations: [editorAnnotation(drawn)],
    } satisfies AnnotationAction);
    host.shown.current = [...host.shown.current, drawn];
  }
  view.dispatch(tr);
}

/// Marks the editor's selection as a claim (snapped to whole words, its elision kept) and
/// collapses it. The claim is drawn once the store has made it.
function markClaimSelection(
  view: EditorView,
  host: { readonly text: string; readonly onMarkClaim: (span: TextSpan) => void },
): void {
  const pluginState = annotationPluginKey.getState(view.state);
  const span = pluginState && claimSelectionSpan(pluginState.spans, host.text, view.state.selection);
  if (span) host.onMarkClaim(span);
  view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, view.state.selection.to)));
}

/// Takes the view from what it draws to `annotations` and `suggestions`: only the differences
/// reach the plugins, in one transaction.
function drawDifferences(
  view: EditorView,
  shown: { current: readonly Annotation[] },
  annotations: readonly Annotation[],
  suggestions: readonly EditorSuggestion[],
): void {
  const pluginState = suggestionPluginKey.getState(view.state);
  if (!pluginState) return;
  const tr = view.state.tr;
  const annotationAction = annotationChanges(shown.current, annotations);
  shown.current = annotations;
  if (annotationAction) tr.setMeta(annotationPluginKey, annotationAction);
  const wanted = new Set(suggestions.map((suggestion) => suggestion.key));
  const removed = [...pluginState.suggestions.keys()].filter((key) => !wanted.has(key));
  const added = suggestions.filter((suggestion) => !pluginState.suggestions.has(suggestion.key));
  const suggestionActions: SuggestionAction[] = [];
  if (removed.length > 0) suggestionActions.push({ type: 'remove', keys: removed });
  if (added.length > 0) suggestionActions.push({ type: 'add', suggestions: added });
  if (suggestionActions.length > 0)
    tr.setMeta(
      suggestionPluginKey,
      suggestionActions.length === 1 ? suggestionActions[0] : { type: 'batch', actions: suggestionActions },
    );
  if (annotationAction || suggestionActions.length > 0) view.dispatch(tr);
}

/// The text offsets shown between the top and the bottom of the window, or the start of the text
/// when the layout cannot say (as in jsdom).
function textRangeInView(view: EditorView): TextRange {
  const pluginState = annotationPluginKey.getState(view.state);
  try {
    const rect = view.dom.getBoundingClientRect();
    const top = Math.max(rect.top, 0) + 1;
    const bottom = Math.min(rect.bottom, window.innerHeight) - 1;
    const left = rect.left + rect.width / 2;
    const from = bottom > top ? view.posAtCoords({ left, top }) : null;
    const to = bottom > top ? view.posAtCoords({ left, top: bottom }) : null;
    if (pluginState && from && to)
      return { start: posToOffset(pluginState.spans, from.pos), end: posToOffset(pluginState.spans, to.pos) };
  } catch {
    // No layout to ask.
  }
  return { start: 0, end: 0 };
}

/// The editor element's attributes: the article's styles, its role and language for assistive
/// technology, and no spell checking or machine translation of the source text.
function editorAttributes(textLabel: string, language: string): Record<string, string> {
  return {
    class: 'article-text',
    role: 'textbox',
    'aria-multiline': 'true',
    'aria-readonly': 'true',
    'aria-label': textLabel,
    'aria-describedby': 'editor-keys-hint',
    lang: language,
    spellcheck: 'false',
    translate: 'no',
  };
}

/// A request to scroll an annotation into view and focus the editor; a new `sequence` repeats it.
export interface RevealRequest {
  readonly annotationId: number;
  readonly sequence: number;
}

/// What the editor reports to the article view; the view owns the data.
export interface ArticleEditorActions {
  /// The user marked a span; answers the annotation to draw at once, if any.
  readonly onMark: (label: string, span: TextSpan) => Annotation | null;
  /// The user marked a span as a claim.
  readonly onMarkClaim: (span: TextSpan) => void;
  readonly onRelabel: (id: number, label: string) => void;
  readonly onDelete: (id: number) => void;
  readonly onSelect: (id: number | null) => void;
  readonly onSelectSuggestion: (key: string | null) => void;
  readonly onAcceptSuggestion: (key: string) => void;
  readonly onRejectSuggestion: (key: string) => void;
  readonly onAcceptEntrySuggestions: (entryId: number) => void;
  /// Ctrl/Cmd+Z or Ctrl/Cmd+Shift+Z (Ctrl+Y) pressed in the text; answers the id of an annotation
  /// the undo takes away, to take off the screen at once, if it knows one.
  readonly onHistoryKey: (command: 'undo' | 'redo') => number | null;
}

interface ArticleEditorProps {
  readonly article: Article;
  readonly labels: readonly Label[];
  readonly annotations: readonly Annotation[];
  readonly suggestions: readonly Suggestion[];
  readonly selectedId: number | null;
  readonly selectedSuggestionKey: string | null;
  readonly reveal: RevealRequest | null;
  readonly actions: ArticleEditorActions;
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

function suggestionToolbarPosition(view: EditorView, frame: HTMLElement): CSSProperties | null {
  const pluginState = suggestionPluginKey.getState(view.state);
  const key = pluginState?.selectedKey;
  const element = key ? view.dom.querySelector(`[data-suggestion-key="${key}"]`) : null;
  if (!element) return null;
  const box = frame.getBoundingClientRect();
  const at = element.getBoundingClientRect();
  return { top: at.bottom - box.top + 6, left: Math.max(0, Math.min(at.left - box.left, box.width - 420)) };
}

function editorSuggestion(suggestion: Suggestion): EditorSuggestion {
  const { entryId, label, start, end } = suggestion;
  return { key: suggestionKey(suggestion), entryId, label, start, end };
}

/// The article text in a ProseMirror view: read-only, keyboard-selectable, with annotations and
/// suggestions drawn by their plugins, a label toolbar on every selection and a small
/// accept/reject toolbar on the selected suggestion.
export function ArticleEditor({
  article,
  labels,
  annotations,
  suggestions: suggestionList,
  selectedId,
  selectedSuggestionKey,
  reveal,
  actions,
}: ArticleEditorProps) {
  const { t } = useTranslation();
  const suggestions = useMemo(() => suggestionList.map(editorSuggestion), [suggestionList]);
  const frameRef = useRef<HTMLDivElement>(null);
  const hostRef = useRef<HTMLDivElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  // The annotations the view draws, to compare the next ones with.
  const shownAnnotations = useRef<readonly Annotation[]>([]);
  const [toolbar, setToolbar] = useState<CSSProperties | null>(null);
  const [suggestionToolbar, setSuggestionToolbar] = useState<CSSProperties | null>(null);

  // ProseMirror keeps the callbacks it was created with; route them to the latest props.
  const textLabel = t('article.textLabel');
  const current = {
    actions,
    labels,
    text: article.text,
    annotations,
    suggestions,
    textLabel,
    language: article.language,
    selectedId,
    selectedSuggestionKey,
    revealId: reveal?.annotationId,
  };
  const latest = useRef(current);
  useLayoutEffect(() => {
    latest.current = current;
  });

  // Mounted during the commit, so the first paint of the article already shows its text.
  useLayoutEffect(() => {
    const host = hostRef.current;
    const frame = frameRef.current;
    if (!host || !frame) return;
    const callbacks: AnnotationPluginCallbacks = {
      onMark: (view, label) =>
        markSelection(view, label, {
          text: latest.current.text,
          onMark: latest.current.actions.onMark,
          shown: shownAnnotations,
        }),
      onMarkClaim: (view) =>
        markClaimSelection(view, {
          text: latest.current.text,
          onMarkClaim: latest.current.actions.onMarkClaim,
        }),
      onDelete: (id) => latest.current.actions.onDelete(id),
      onSelect: (id) => latest.current.actions.onSelect(id),
      onRelabel: (id, label) => latest.current.actions.onRelabel(id, label),
      labelForKey: (key) => latest.current.labels.find((label) => label.shortcut === key)?.key,
    };
    const suggestionCallbacks: SuggestionPluginCallbacks = {
      onSelectSuggestion: (key) => latest.current.actions.onSelectSuggestion(key),
      onAcceptSuggestion: (key) => latest.current.actions.onAcceptSuggestion(key),
      onRejectSuggestion: (key) => latest.current.actions.onRejectSuggestion(key),
    };
    const view: EditorView = new EditorView(host, {
      // Given from the start, so the first paint already has the article's styles.
      attributes: editorAttributes(latest.current.textLabel, latest.current.language),
      state: EditorState.create({
        doc: sectionedDoc(articleSchema.nodeFromJSON(article.doc)),
        plugins: articleEditorPlugins(
          latest.current.annotations.map(editorAnnotation),
          callbacks,
          { initial: latest.current.suggestions, callbacks: suggestionCallbacks },
          (command) => {
            const undone = latest.current.actions.onHistoryKey(command);
            if (undone === null) return;
            shownAnnotations.current = shownAnnotations.current.filter((shown) => shown.id !== undone);
            view.dispatch(annotationTransaction(view.state, { type: 'remove', ids: [undone] }));
          },
        ),
      }),
      dispatchTransaction: (tr) => {
        view.updateState(view.state.apply(tr));
        if (tr.selectionSet || tr.docChanged) setToolbar(toolbarPosition(view, frame));
        if (tr.getMeta(suggestionPluginKey)) setSuggestionToolbar(suggestionToolbarPosition(view, frame));
      },
    });
    untrackSelectionByReact(view.dom);
    viewRef.current = view;
    shownAnnotations.current = latest.current.annotations;
    return () => {
      viewRef.current = null;
      view.destroy();
    };
    // Built once per article; later prop changes reach the view through the effects below.
  }, [article.doc]);

  useEffect(() => {
    viewRef.current?.setProps({ attributes: editorAttributes(t('article.textLabel'), article.language) });
  }, [t, article.doc, article.language]);

  // Only the differences reach the plugins, so their decorations are updated, never rebuilt; in
  // one transaction, so annotations and suggestions arriving together cost one redraw; during the
  // commit, so a change is in the very next frame. Thousands arriving at once (on opening) are
  // drawn in stages, the part in view first (see `drawingStages.ts`).
  const finishDrawing = useRef<(() => void) | null>(null);
  useLayoutEffect(() => {
    const view = viewRef.current;
    const pluginState = view && suggestionPluginKey.getState(view.state);
    if (!view || !pluginState) return;
    const drawnNothing = shownAnnotations.current.length === 0 && pluginState.suggestions.size === 0;
    if (!drawnNothing || annotations.length + suggestions.length < stagedDrawingThreshold) {
      drawDifferences(view, shownAnnotations, annotations, suggestions);
      return;
    }
    const inView = textRangeInView(view);
    const textLength = latest.current.text.length;
    let stage = 0;
    let cancelNext = () => {};
    const drawStage = () => {
      const props = latest.current;
      const pinned = (item: Annotation | EditorSuggestion) =>
        'id' in item
          ? item.id === props.selectedId || item.id === props.revealId
          : item.key === props.selectedSuggestionKey;
      const { includes, done } = stageFilter(inView, stage, textLength, pinned);
      drawDifferences(
        view,
        shownAnnotations,
        done ? props.annotations : props.annotations.filter(includes),
        done ? props.suggestions : props.suggestions.filter(includes),
      );
      stage += 1;
      if (done) finishDrawing.current = null;
      else cancelNext = afterNextPaint(drawStage);
    };
    finishDrawing.current = () => {
      cancelNext();
      stage = Number.POSITIVE_INFINITY;
      drawStage();
    };
    drawStage();
    return () => {
      cancelNext();
      finishDrawing.current = null;
    };
  }, [annotations, suggestions, article.doc]);

  useEffect(() => {
    const view = viewRef.current;
    if (!view) return;
    if (selectedId !== null && !annotationPluginKey.getState(view.state)?.annotations.has(selectedId))
      finishDrawing.current?.();
    view.dispatch(annotationTransaction(view.state, { type: 'select', id: selectedId }));
    if (selectedId !== null)
      view.dom.querySelector(`[data-annotation-id="${selectedId}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [selectedId, annotations, article.doc]);

  useEffect(() => {
    const view = viewRef.current;
    if (!view) return;
    if (
      selectedSuggestionKey !== null &&
      !suggestionPluginKey.getState(view.state)?.suggestions.has(selectedSuggestionKey)
    )
      finishDrawing.current?.();
    view.dispatch(suggestionTransaction(view.state, { type: 'select', key: selectedSuggestionKey }));
    if (selectedSuggestionKey !== null)
      view.dom
        .querySelector(`[data-suggestion-key="${selectedSuggestionKey}"]`)
        ?.scrollIntoView({ block: 'nearest' });
  }, [selectedSuggestionKey, suggestions, article.doc]);

  useEffect(() => {
    const view = viewRef.current;
    if (!view || !reveal) return;
    if (!annotationPluginKey.getState(view.state)?.annotations.has(reveal.annotationId))
      finishDrawing.current?.();
    view.focus();
    view.dom
      .querySelector(`[data-annotation-id="${reveal.annotationId}"]`)
      ?.scrollIntoView({ block: 'center' });
  }, [reveal]);

  const selectedSuggestion = suggestionList.find(
    (suggestion) => suggestionKey(suggestion) === selectedSuggestionKey,
  );
  return (
    <div className="editor-frame" ref={frameRef}>
      <p id="editor-keys-hint" className="visually-hidden">
        {t('editor.keysHint')}
      </p>
      <div ref={hostRef} className="editor-host" />
      {toolbar && (
        <LabelToolbar
          labels={labels}
          position={toolbar}
          onChoose={(label) => {
            const view = viewRef.current;
            if (view)
              markSelection(view, label, {
                text: article.text,
                onMark: actions.onMark,
                shown: shownAnnotations,
              });
          }}
          onClaim={() => {
            const view = viewRef.current;
            if (view) markClaimSelection(view, { text: article.text, onMarkClaim: actions.onMarkClaim });
          }}
        />
      )}
      {!toolbar && suggestionToolbar && selectedSuggestion && (
        <SuggestionToolbar
          suggestion={selectedSuggestion}
          position={suggestionToolbar}
          onAccept={() => actions.onAcceptSuggestion(suggestionKey(selectedSuggestion))}
          onReject={() => actions.onRejectSuggestion(suggestionKey(selectedSuggestion))}
          onAcceptEntry={() => actions.onAcceptEntrySuggestions(selectedSuggestion.entryId)}
        />
      )}
    </div>
  );
}
