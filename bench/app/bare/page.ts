import { keymap } from 'prosemirror-keymap';
import { EditorState, TextSelection, type Plugin } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { articleSchema } from '../../../shared/schema';
import { sectionedDoc } from '../../../shared/sectionedDoc';
// The app's base styles and its editor's, so the article text looks (and costs) the same.
import '../../../renderer/app/app.css';
import '../../../renderer/ui/ui.css';
import '../../../renderer/editor/editor.css';
import '../paintProbe';
import { bareRoutes, benchMarkKey } from '../bareRoutes';

// The bare baseline of each app benchmark, on a page of its own: the Open button fetches the
// article's JSON and mounts a plain ProseMirror editor; the label key adds a mark over the
// selection and POSTs one row to the bench server, showing "Saved" when it answered; Ctrl+Z
// removes the mark. The article id comes in the URL fragment.

const host = document.getElementById('host')!;
const status = document.getElementById('save-status')!;
const articleId = Number(new URLSearchParams(location.hash.slice(1)).get('article'));
let view: EditorView | null = null;
let marked: { from: number; to: number } | null = null;
const strong = articleSchema.marks.strong.create();

function showStatus(name: 'saving' | 'saved' | 'failed', text: string): void {
  status.className = `save-status save-status-${name}`;
  status.textContent = text;
}

async function saveRow(from: number, to: number): Promise<void> {
  showStatus('saving', 'Saving…');
  try {
    const response = await fetch(bareRoutes.row, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ articleId, start: from, end: to }),
    });
    await response.json();
    showStatus(response.ok ? 'saved' : 'failed', response.ok ? 'Saved' : 'Not saved');
  } catch {
    showStatus('failed', 'Not saved');
  }
}

const bareKeys: Plugin = keymap({
  [benchMarkKey]: (state, dispatch) => {
    const { from, to, empty } = state.selection;
    if (empty || !dispatch) return false;
    // As the app does: mark, collapse the selection, then save.
    const tr = state.tr.addMark(from, to, strong);
    dispatch(tr.setSelection(TextSelection.create(tr.doc, to)));
    marked = { from, to };
    void saveRow(from, to);
    return true;
  },
  'Mod-z': (state, dispatch) => {
    if (!marked || !dispatch) return false;
    dispatch(state.tr.removeMark(marked.from, marked.to, strong));
    marked = null;
    return true;
  },
});

async function open(): Promise<void> {
  view?.destroy();
  view = null;
  host.replaceChildren();
  const response = await fetch(bareRoutes.article, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ id: articleId }),
  });
  const article = (await response.json()) as { doc: unknown };
  view = new EditorView(host, {
    state: EditorState.create({
      doc: sectionedDoc(articleSchema.nodeFromJSON(article.doc)),
      plugins: [bareKeys],
    }),
    // The same class as the app's editor, so both sides get the app's styles for article text.
    attributes: { class: 'article-text' },
  });
}

document.getElementById('open')!.addEventListener('click', () => void open());

/// What the runner calls on the bare page as `window.bareBench`.
export interface BareBench {
  /// Unmounts the editor, so the next open starts from an empty page as the app's does.
  close(): void;
}

const bareBench: BareBench = {
  close() {
    view?.destroy();
    view = null;
    marked = null;
    host.replaceChildren();
  },
};
Reflect.set(window, 'bareBench', bareBench);
