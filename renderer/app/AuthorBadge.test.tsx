// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HistoryState } from '../../shared/domain';
import { AuthorBadge } from './AuthorBadge';
import { HistoryButtons } from './HistoryButtons';
import { HistoryContext } from './historyContext';
import { WorkspaceAuthorContext, type WorkspaceAuthor } from './workspaceAuthorContext';
import { setUpDialogTests } from '../ui/testing/dialogTests';

setUpDialogTests();

let container: HTMLDivElement;
let root: Root;
beforeEach(() => {
  window.sessionStorage.clear();
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

function workspace(fields: Partial<WorkspaceAuthor> = {}): WorkspaceAuthor {
  return { known: true, author: null, readOnly: false, setAuthor: () => Promise.resolve(), ...fields };
}

function renderBadge(value: WorkspaceAuthor): void {
  act(() =>
    root.render(
      <WorkspaceAuthorContext value={value}>
        <AuthorBadge />
      </WorkspaceAuthorContext>,
    ),
  );
}

function dialog(): HTMLDialogElement | null {
  return container.querySelector('dialog');
}

function type(input: HTMLInputElement, text: string): void {
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  act(() => {
    setValue.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function button(name: string): HTMLButtonElement {
  const found = [...container.querySelectorAll('button')].find((candidate) => candidate.textContent === name);
  if (!found) throw new Error(`No button “${name}”.`);
  return found;
}

describe('the “Your name” dialog', () => {
  it('asks a writable workspace without a name, labelled and explained, and saves the trimmed name', async () => {
    const setAuthor = vi.fn(() => Promise.resolve());
    renderBadge(workspace({ setAuthor }));
    const shown = dialog()!;
    expect(shown.open).toBe(true);
    const title = document.getElementById(shown.getAttribute('aria-labelledby')!);
    expect(title?.textContent).toBe('Your name');
    const input = shown.querySelector('input')!;
    expect(container.querySelector(`label[for="${input.id}"]`)?.textContent).toBe('Your name');
    expect(document.getElementById(input.getAttribute('aria-describedby')!)?.textContent).toMatch(
      /^Recorded with what you mark, so a shared workspace shows who did what/,
    );
    type(input, '  Claire ');
    await act(async () => {
      shown.querySelector('form')!.requestSubmit();
      await Promise.resolve();
    });
    expect(setAuthor).toHaveBeenCalledWith('Claire');
    expect(dialog()).toBeNull();
  });

  it('can be put off: Not now or Escape closes it, and it is not asked again in this session', () => {
    renderBadge(workspace());
    act(() => button('Not now').click());
    expect(dialog()).toBeNull();
    expect(button('Set your name')).toBeTruthy();
    act(() => root.unmount());
    root = createRoot(container);
    renderBadge(workspace());
    expect(dialog()).toBeNull();

    window.sessionStorage.clear();
    act(() => root.unmount());
    root = createRoot(container);
    renderBadge(workspace());
    act(() => {
      dialog()!.dispatchEvent(new Event('cancel', { cancelable: true }));
    });
    expect(dialog()).toBeNull();
  });

  it('never asks a read-only workspace, nor one that has a name, which the header shows and changes', () => {
    renderBadge(workspace({ readOnly: true }));
    expect(dialog()).toBeNull();
    expect(container.textContent).toBe('');

    renderBadge(workspace({ author: 'Claire' }));
    expect(dialog()).toBeNull();
    act(() => button('You: Claire').click());
    expect(dialog()?.querySelector('input')?.value).toBe('Claire');
    act(() => button('Cancel').click());
    expect(dialog()).toBeNull();
  });

  it('refuses an empty name without saving', () => {
    const setAuthor = vi.fn(() => Promise.resolve());
    renderBadge(workspace({ setAuthor }));
    act(() => dialog()!.querySelector('form')!.requestSubmit());
    expect(setAuthor).not.toHaveBeenCalled();
    expect(container.querySelector('[role="alert"]')?.textContent).toBe(
      'Type your name, or choose “Not now”.',
    );
  });
});

describe('the undo button', () => {
  const mark = {
    key: 'history.step.editEntry',
    params: { term: 'Macron' },
  } as const;
  function undoName(state: Partial<HistoryState>, author: string | null): string | null {
    act(() =>
      root.render(
        <WorkspaceAuthorContext value={workspace({ author })}>
          <HistoryContext
            value={{
              state: {
                canUndo: true,
                canRedo: false,
                undoMessage: mark,
                redoMessage: null,
                undoAuthor: null,
                redoAuthor: null,
                ...state,
              },
              undo: () => Promise.resolve(),
              redo: () => Promise.resolve(),
              onStep: () => () => {},
              changed: () => Promise.resolve(),
            }}
          >
            <HistoryButtons />
          </HistoryContext>
        </WorkspaceAuthorContext>,
      ),
    );
    return container.querySelector('button')!.getAttribute('aria-label');
  }

  it('names who did the step when it was someone else, and nobody when it was you or unknown', () => {
    expect(undoName({ undoAuthor: 'Claire' }, 'Paul')).toBe('Undo: Edit “Macron” (Claire)');
    expect(undoName({ undoAuthor: 'Claire' }, 'Claire')).toBe('Undo: Edit “Macron”');
    expect(undoName({ undoAuthor: null }, 'Claire')).toBe('Undo: Edit “Macron”');
  });
});
