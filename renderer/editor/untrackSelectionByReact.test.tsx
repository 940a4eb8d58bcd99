// @vitest-environment jsdom
import { act, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { untrackSelectionByReact } from './untrackSelectionByReact';

Reflect.set(globalThis, 'IS_REACT_ACT_ENVIRONMENT', true);

/// A focused editable element holding the selection, as a browser reports it (jsdom has no
/// `contentEditable`), and how often React's selection walk reads its text node's children.
function focusedEditable(): { readonly editable: HTMLElement; readonly reads: () => number } {
  const editable = document.createElement('div');
  editable.setAttribute('contenteditable', 'true');
  editable.tabIndex = 0;
  Object.defineProperty(editable, 'contentEditable', { configurable: true, get: () => 'true' });
  const text = document.createTextNode('Pékin accueille Alibaba.');
  editable.append(text);
  document.body.append(editable);
  editable.focus();
  const range = document.createRange();
  range.setStart(text, 6);
  range.setEnd(text, 15);
  window.getSelection()!.removeAllRanges();
  window.getSelection()!.addRange(range);
  let reads = 0;
  const firstChild = Object.getOwnPropertyDescriptor(Node.prototype, 'firstChild')!;
  Object.defineProperty(text, 'firstChild', {
    get(this: Node) {
      reads += 1;
      return firstChild.get!.call(this) as ChildNode | null;
    },
  });
  return { editable, reads: () => reads };
}

/// Renders a counter elsewhere on the page and commits one change to it.
async function commitElsewhere(): Promise<void> {
  const container = document.createElement('div');
  document.body.append(container);
  let bump = () => {};
  function Counter() {
    const [count, setCount] = useState(0);
    bump = () => setCount((previous) => previous + 1);
    return <p>{count}</p>;
  }
  const root = createRoot(container);
  await act(async () => root.render(<Counter />));
  await act(async () => bump());
  await act(async () => root.unmount());
  container.remove();
}

describe('untrackSelectionByReact', () => {
  it('spares React the walk through a focused editable element on every commit', async () => {
    const tracked = focusedEditable();
    await commitElsewhere();
    expect(tracked.reads()).toBeGreaterThan(0);
    tracked.editable.remove();

    const untracked = focusedEditable();
    untrackSelectionByReact(untracked.editable);
    await commitElsewhere();
    expect(untracked.reads()).toBe(0);
    untracked.editable.remove();
  });

  it('leaves the attribute the browser edits by, and writes still reach it', () => {
    const editable = document.createElement('div');
    editable.setAttribute('contenteditable', 'true');
    untrackSelectionByReact(editable);
    expect(editable.contentEditable).toBe('inherit');
    expect(editable.getAttribute('contenteditable')).toBe('true');
    editable.contentEditable = 'false';
    expect(editable.getAttribute('contenteditable')).toBe('false');
  });
});
