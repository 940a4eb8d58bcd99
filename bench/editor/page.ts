import type { Node } from 'prosemirror-model';
import { EditorState, type Plugin } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { articleText, offsetToPos, textBlockSpans } from '../../shared/articleText';
import { articleSchema } from '../../shared/schema';
import { sectionedDoc } from '../../shared/sectionedDoc';
import { annotationTransaction, type EditorAnnotation } from '../../renderer/editor/annotationPlugin';
import { articleEditorPlugins } from '../../renderer/editor/plugins';
import '../../renderer/app/app.css';
import '../../renderer/ui/ui.css';
import '../../renderer/editor/editor.css';
import { generateArticle, generateSpans } from '../generateArticle';

/// What the benchmark page exposes to the runner as `window.editorBench`.
export interface EditorBench {
  setup(words: number, annotations: number): { readonly characters: number; readonly annotations: number };
  mountBare(): Promise<number>;
  mountFull(): Promise<number>;
  annotateUndoBare(iterations: number): number;
  annotateUndoFull(iterations: number): number;
}

let doc: Node | undefined;
let annotations: EditorAnnotation[] = [];
let probe = { start: 0, end: 0 };
const host = document.getElementById('host')!;
const labels = ['person', 'organisation', 'place', 'product', 'event', 'other'];
const callbacks = { onMark: () => undefined, onDelete: () => undefined, onSelect: () => undefined };

function mount(plugins: Plugin[]): EditorView {
  host.replaceChildren();
  // The same class as the app's editor, so both sides get the app's styles for article text.
  const view = new EditorView(host, {
    state: EditorState.create({ doc: doc!, plugins }),
    attributes: { class: 'article-text' },
  });
  // Force style and layout, as the first paint would.
  void host.getBoundingClientRect().height;
  void document.body.offsetHeight;
  return view;
}

/// Resolves once the frame after the current one has been painted: a task queued from inside a
/// requestAnimationFrame callback runs after that frame's paint.
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/// Time from creating the editor to the first paint of the mounted article.
async function timedToPaint(plugins: () => Plugin[]): Promise<number> {
  collectGarbage();
  await afterNextPaint();
  const start = performance.now();
  const view = mount(plugins());
  await afterNextPaint();
  const ms = performance.now() - start;
  view.destroy();
  return ms;
}

/// Collects garbage when the browser allows it (the runner starts it with `--expose-gc`), so
/// neither side of a comparison pays for the other's garbage.
function collectGarbage(): void {
  const gc: unknown = Reflect.get(window, 'gc');
  if (typeof gc === 'function') gc();
}

function timed(action: () => void): number {
  collectGarbage();
  const start = performance.now();
  action();
  return performance.now() - start;
}

const editorBench: EditorBench = {
  setup(words, count) {
    // The document as the editor shows it; the bare side mounts the very same one.
    doc = sectionedDoc(generateArticle(words));
    const text = articleText(doc);
    const spans = generateSpans(text, count + 1);
    // The middle span stays free: it is the one the annotate benchmark marks and unmarks (the
    // middle, because ProseMirror's redraw cost depends on where in the document a change is).
    probe = spans.splice(Math.floor(spans.length / 2), 1)[0]!;
    annotations = spans.map((span, index) => ({
      id: index + 1,
      label: labels[index % labels.length]!,
      ...span,
    }));
    return { characters: text.length, annotations: annotations.length };
  },
  mountBare() {
    return timedToPaint(() => []);
  },
  mountFull() {
    return timedToPaint(() => articleEditorPlugins(annotations, callbacks));
  },
  annotateUndoBare(iterations) {
    // The same step on a bare editor: mark the span (a strong mark) and undo that by removing it.
    const view = mount([]);
    const blocks = textBlockSpans(view.state.doc);
    const from = offsetToPos(blocks, probe.start);
    const to = offsetToPos(blocks, probe.end);
    const mark = articleSchema.marks.strong.create();
    const ms = timed(() => {
      for (let i = 0; i < iterations; i++) {
        view.dispatch(view.state.tr.addMark(from, to, mark));
        view.dispatch(view.state.tr.removeMark(from, to, mark));
      }
      void host.getBoundingClientRect().height;
    });
    view.destroy();
    return ms / iterations;
  },
  annotateUndoFull(iterations) {
    const view = mount(articleEditorPlugins(annotations, callbacks));
    const added: EditorAnnotation = { id: 1_000_000, label: 'place', ...probe };
    const ms = timed(() => {
      for (let i = 0; i < iterations; i++) {
        view.dispatch(annotationTransaction(view.state, { type: 'add', annotations: [added] }));
        view.dispatch(annotationTransaction(view.state, { type: 'remove', ids: [added.id] }));
      }
      void host.getBoundingClientRect().height;
    });
    view.destroy();
    return ms / iterations;
  },
};

Reflect.set(window, 'editorBench', editorBench);
