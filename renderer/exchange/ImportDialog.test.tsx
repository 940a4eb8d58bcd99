// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportSummary } from '../../shared/contract';
import type { Label } from '../../shared/domain';
import { maxExchangeImportBytes } from '../../shared/limits';
import { HistoryContext, emptyHistoryState, type History } from '../app/historyContext';
import { createSaveTracker } from '../app/saveTracker';
import { SaveTrackerContext } from '../app/saveTrackerContext';
import { WorkspaceLabelsContext } from '../app/workspaceLabelsContext';
import { ImportDialog } from './ImportDialog';
import { setUpDialogTests } from '../ui/testing/dialogTests';

// The API is the renderer's edge (HTTP or IPC): each test answers its calls by hand.
const calls: {
  name: string;
  input: Record<string, unknown>;
  answer: (value: unknown) => void;
  refuse: (error: unknown) => void;
}[] = [];
vi.mock('../app/api', () => ({
  api: new Proxy(
    {},
    {
      get: (_target, name: string) => (input: Record<string, unknown>) =>
        new Promise((answer, refuse) => calls.push({ name, input, answer, refuse })),
    },
  ),
}));

setUpDialogTests();

let container: HTMLDivElement;
let root: Root;
let changed: ReturnType<typeof vi.fn<History['changed']>>;
beforeEach(() => {
  calls.length = 0;
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  changed = vi.fn<History['changed']>(() => Promise.resolve());
  const history: History = {
    state: emptyHistoryState,
    undo: () => Promise.resolve(),
    redo: () => Promise.resolve(),
    onStep: () => () => {},
    changed,
  };
  const person: Label = {
    id: 1,
    position: 0,
    key: 'person',
    nameEn: 'Person',
    nameFr: 'Personne',
    colour: '#f4a261',
    shortcut: '1',
  };
  act(() =>
    root.render(
      <SaveTrackerContext value={createSaveTracker()}>
        <WorkspaceLabelsContext value={{ labels: [person], error: null, reload: () => Promise.resolve() }}>
          <HistoryContext value={history}>
            <ImportDialog onClose={() => {}} />
          </HistoryContext>
        </WorkspaceLabelsContext>
      </SaveTrackerContext>,
    ),
  );
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const datasetSummary: ImportSummary = {
  kind: 'dataset',
  fileName: 'doccano.jsonl',
  format: 'doccano',
  records: 1,
  articlesCreated: 1,
  articlesMatched: 0,
  spansImported: 2,
  spansAlreadyThere: 0,
  problems: [{ line: 3, message: 'the span 26–40 ends after the text (32 characters).' }],
  newLabels: ['PER', 'GPE'],
  articleIds: [7],
};

function byLabel<T extends HTMLElement>(text: string): T {
  const label = [...container.querySelectorAll('label')].find((element) => element.textContent === text);
  const control = label && (label.control ?? label.querySelector('input, select'));
  if (!control) throw new Error(`no control labelled ${text}`);
  return control as T;
}

function button(name: string): HTMLButtonElement {
  const found = [...container.querySelectorAll('button')].find((element) => element.textContent === name);
  if (!found) throw new Error(`no button ${name}`);
  return found;
}

async function choose(name: string, content: string, size = content.length): Promise<void> {
  const file = new File([content], name);
  Object.defineProperty(file, 'size', { value: size });
  Object.defineProperty(file, 'text', { value: () => Promise.resolve(content) });
  const input = byLabel<HTMLInputElement>('File');
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await Promise.resolve();
  });
}

async function settle(index: number, value: unknown): Promise<void> {
  await act(async () => {
    calls[index]?.answer(value);
    await Promise.resolve();
  });
}

describe('ImportDialog', () => {
  it('refuses a file over the import limit, naming it, without sending it', async () => {
    await choose('huge.jsonl', '{}', maxExchangeImportBytes + 1);
    expect(container.querySelector('[role="alert"]')?.textContent).toBe(
      'The file is too large (huge.jsonl is 65 MB, over the 64 MB import limit)',
    );
    expect(calls).toEqual([]);
    expect(button('Import').disabled).toBe(true);
  });

  it('shows only the answer to the latest inspection', async () => {
    await choose('doccano.jsonl', '{"text": "x"}');
    act(() => byLabel<HTMLInputElement>('An annotated dataset (JSONL, doccano, Label Studio)').click());
    expect(calls.map((call) => [call.name, call.input.kind])).toEqual([
      ['imports.inspect', 'glossary'],
      ['imports.inspect', 'dataset'],
    ]);
    await settle(0, {
      ...datasetSummary,
      kind: 'glossary',
      format: 'csv',
      entries: 1,
      created: 1,
      merged: 0,
      unchanged: 0,
      conflicts: [],
      newLabels: [],
    });
    expect(container.textContent).not.toContain('What importing');
    await settle(1, datasetSummary);
    expect(container.textContent).toContain('What importing doccano.jsonl does');
    expect(container.textContent).toContain('Line 3: the span 26–40 ends after the text (32 characters).');
  });

  it('sends the labels mapped, creates the others, and tells the views which articles changed', async () => {
    act(() => byLabel<HTMLInputElement>('An annotated dataset (JSONL, doccano, Label Studio)').click());
    await choose('doccano.jsonl', '{"text": "x"}');
    await settle(0, datasetSummary);
    const per = byLabel<HTMLSelectElement>('File label “PER”');
    act(() => {
      per.value = 'person';
      per.dispatchEvent(new Event('change', { bubbles: true }));
    });
    act(() => button('Import').click());
    expect(calls[1]).toMatchObject({
      name: 'imports.run',
      input: { kind: 'dataset', fileName: 'doccano.jsonl', decisions: {}, labelMapping: { PER: 'person' } },
    });
    await settle(1, { ...datasetSummary, newLabels: ['GPE'] });
    await act(() => Promise.resolve());
    expect(container.textContent).toContain('Imported from doccano.jsonl');
    expect(changed).toHaveBeenCalledWith([7]);
  });
});
