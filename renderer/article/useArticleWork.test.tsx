// @vitest-environment jsdom
import { act, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Annotation, Article, GlossaryEntry, Suggestion } from '../../shared/domain';
import { PasserelleError } from '../../shared/errors';
import type { HistoryStep } from '../../shared/contract';
import { HistoryContext, type History } from '../app/historyContext';
import { createSaveTracker } from '../app/saveTracker';
import { SaveTrackerContext } from '../app/saveTrackerContext';
import { useArticleWork } from './useArticleWork';
import { placeEntry } from './testing/placeEntry';

// The API is the renderer's edge (HTTP or IPC): each test answers its calls by hand.
const calls: {
  name: string;
  input: unknown;
  answer: (value: unknown) => void;
  refuse: (error: unknown) => void;
}[] = [];
vi.mock('../app/api', () => ({
  api: new Proxy(
    {},
    {
      get: (_target, name: string) => (input: unknown) =>
        new Promise((answer, refuse) => calls.push({ name, input, answer, refuse })),
    },
  ),
}));

const text = 'Pékin a donné son feu vert à DeepSeek.';
const article: Article = {
  id: 1,
  title: 'Test',
  byline: null,
  publishedAt: null,
  source: null,
  fileName: null,
  importedAt: '2026-01-01T00:00:00.000Z',
  annotationCount: 0,
  sourceUrl: null,
  siteName: null,
  language: 'fr',
  encoding: 'utf-8',
  doc: { type: 'doc' },
  text,
};
const pekin = { start: 0, end: 5 };
const pekinSuggestion: Suggestion = {
  articleId: 1,
  ...pekin,
  text: 'Pékin',
  entryId: 7,
  label: 'place',
  frenchTerm: 'Pékin',
  englishTerm: 'Beijing',
};

function entry(id: number, mentionCount = 0): GlossaryEntry {
  return placeEntry(id, { englishTerm: 'Beijing', mentionCount, articleCount: mentionCount > 0 ? 1 : 0 });
}

function storedMark(id: number, glossaryEntryId: number): Annotation {
  return {
    id,
    articleId: 1,
    ...pekin,
    kind: 'entity',
    label: 'place',
    quote: 'Pékin',
    prefix: '',
    suffix: ' a donné son feu vert à DeepSeek.',
    glossaryEntryId,
    author: null,
    createdAt: '2026-01-01T00:00:00.000Z',
  };
}

type Work = ReturnType<typeof useArticleWork>;

/// An undo history the test drives: `undo` waits until the test settles it.
function testHistory() {
  const listeners = new Set<(step: HistoryStep) => void>();
  let settle: (succeeded: boolean) => void = () => {};
  const history: History = {
    state: {
      canUndo: true,
      canRedo: false,
      undoMessage: null,
      redoMessage: null,
      undoAuthor: null,
      redoAuthor: null,
    },
    undo: () =>
      new Promise<void>((done) => {
        settle = (succeeded) => {
          const step = { message: null, articleIds: [1], state: history.state };
          if (succeeded) for (const listener of listeners) listener(step);
          done();
        };
      }),
    redo: () => Promise.resolve(),
    onStep: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    changed: () => Promise.resolve(),
  };
  return { history, settle: (succeeded: boolean) => settle(succeeded) };
}

/// Mounts the hook; `latest()` is what it returned at the last render.
function mountWork(history: History = testHistory().history): { latest: () => Work; unmount: () => void } {
  let seen: Work | null = null;
  function Probe() {
    const work = useArticleWork(1);
    useEffect(() => {
      seen = work;
    });
    return null;
  }
  const container = document.createElement('div');
  const root = createRoot(container);
  act(() =>
    root.render(
      <SaveTrackerContext value={createSaveTracker()}>
        <HistoryContext value={history}>
          <Probe />
        </HistoryContext>
      </SaveTrackerContext>,
    ),
  );
  return { latest: () => seen!, unmount: () => act(() => root.unmount()) };
}

/// Answers the oldest unanswered call to `name`, then lets React render.
async function answer(name: string, value: unknown): Promise<unknown> {
  const index = calls.findIndex((call) => call.name === name);
  expect(index, `a pending ${name} call`).toBeGreaterThanOrEqual(0);
  const [call] = calls.splice(index, 1);
  await act(async () => call!.answer(value));
  return call!.input;
}

async function refuse(name: string, error: PasserelleError): Promise<void> {
  const index = calls.findIndex((call) => call.name === name);
  const [call] = calls.splice(index, 1);
  await act(async () => call!.refuse(error));
}

async function opened(history?: History): Promise<{ latest: () => Work; unmount: () => void }> {
  const work = mountWork(history);
  await answer('articles.get', article);
  await answer('annotations.list', []);
  await answer('suggestions.list', [pekinSuggestion]);
  await answer('glossary.list', [entry(7)]);
  return work;
}

beforeEach(() => {
  Reflect.set(globalThis, 'IS_REACT_ACT_ENVIRONMENT', true);
  calls.length = 0;
});
afterEach(() => {
  calls.length = 0;
});

describe('article work', () => {
  it('shows the article as soon as it arrives, then its annotations and suggestions together, then the glossary', async () => {
    const { latest, unmount } = mountWork();
    expect(calls.map((call) => call.name)).toEqual([
      'articles.get',
      'annotations.list',
      'suggestions.list',
      'glossary.list',
    ]);
    await answer('articles.get', article);
    expect(latest().data).toMatchObject({ article, annotations: null, glossary: null, suggestions: [] });
    // The annotations are drawn with the suggestions, in one redraw.
    await answer('annotations.list', []);
    expect(latest().data?.annotations).toBeNull();
    await answer('suggestions.list', [pekinSuggestion]);
    expect(latest().data).toMatchObject({ annotations: [], suggestions: [pekinSuggestion], glossary: null });
    unmount();
  });

  it('draws a mark before the store answers, then refreshes only the entry it touched', async () => {
    const { latest, unmount } = await opened();
    let drawn: Annotation | null = null;
    act(() => {
      drawn = latest().actions.mark('place', pekin);
    });
    expect(drawn).toMatchObject({ ...pekin, label: 'place', quote: 'Pékin' });
    expect(latest().data?.pending).toEqual([drawn]);
    expect(latest().data?.suggestions).toEqual([]);
    await answer('annotations.create', storedMark(12, 7));
    expect(latest().data?.pending).toEqual([]);
    expect(latest().data?.annotations).toEqual([storedMark(12, 7)]);
    expect(await answer('glossary.get', entry(7, 1))).toEqual({ id: 7 });
    expect(latest().data?.glossary).toEqual([entry(7, 1)]);
    // The entry was known: no other suggestion can have changed, and the glossary is not reloaded.
    expect(calls.map((call) => call.name)).toEqual([]);
    unmount();
  });

  it('reloads the suggestions after a mark that made a new entry', async () => {
    const { latest, unmount } = await opened();
    act(() => void latest().actions.mark('place', pekin));
    await answer('annotations.create', storedMark(12, 8));
    expect(calls.map((call) => call.name).sort()).toEqual(['glossary.get', 'suggestions.list']);
    await answer('glossary.get', entry(8, 1));
    expect(latest().data?.glossary).toEqual([entry(7), entry(8, 1)]);
    unmount();
  });

  it('asks only for the new entry’s suggestions after a mark that made it, and shows them with the others', async () => {
    const { latest, unmount } = await opened();
    act(() => void latest().actions.mark('place', pekin));
    await answer('annotations.create', storedMark(12, 8));
    const deepSeek: Suggestion = { ...pekinSuggestion, start: 30, end: 38, text: 'DeepSeek', entryId: 8 };
    expect(await answer('suggestions.list', [deepSeek])).toEqual({ articleId: 1, entryId: 8 });
    expect(latest().data?.suggestions).toEqual([deepSeek]);
    await answer('glossary.get', entry(8, 1));
    expect(calls).toEqual([]);
    unmount();
  });

  it('rolls a refused mark back and says why', async () => {
    const { latest, unmount } = await opened();
    act(() => void latest().actions.mark('place', pekin));
    await refuse(
      'annotations.create',
      new PasserelleError('invalid_span', '“Pékin” is already marked as Place.'),
    );
    expect(latest().data?.pending).toEqual([]);
    expect(latest().data?.annotations).toEqual([]);
    expect(latest().data?.suggestions).toEqual([pekinSuggestion]);
    expect(latest().markError).toMatchObject({ code: 'invalid_span' });
    expect(calls).toEqual([]);
    unmount();
  });

  it('takes an undone mark off the screen before the store answers, and refreshes only its entry', async () => {
    const { history, settle } = testHistory();
    const { latest, unmount } = await opened(history);
    act(() => void latest().actions.mark('place', pekin));
    await answer('annotations.create', storedMark(12, 7));
    await answer('glossary.get', entry(7, 1));
    let undone: number | null = null;
    act(() => {
      undone = latest().actions.undo();
    });
    expect(undone).toBe(12);
    expect(latest().data?.annotations).toEqual([]);
    expect(latest().data?.suggestions).toEqual([pekinSuggestion]);
    await act(async () => settle(true));
    expect(calls.map((call) => call.name)).toEqual(['glossary.get']);
    await answer('glossary.get', entry(7));
    expect(latest().data?.glossary).toEqual([entry(7)]);
    unmount();
  });

  it('shows the mark again when the undo fails', async () => {
    const { history, settle } = testHistory();
    const { latest, unmount } = await opened(history);
    act(() => void latest().actions.mark('place', pekin));
    await answer('annotations.create', storedMark(12, 7));
    await answer('glossary.get', entry(7, 1));
    act(() => void latest().actions.undo());
    await act(async () => settle(false));
    expect(latest().data?.annotations).toEqual([storedMark(12, 7)]);
    expect(latest().data?.suggestions).toEqual([]);
    unmount();
  });
});
