// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Article, Label, Segment } from '../../shared/domain';
import { createSaveTracker, type SaveTracker } from '../app/saveTracker';
import { SaveTrackerContext } from '../app/saveTrackerContext';
import { WorkspaceLabelsContext } from '../app/workspaceLabelsContext';
import { placeEntry } from '../article/testing/placeEntry';
import { setUpDialogTests } from '../ui/testing/dialogTests';
import { apiMock } from '../ui/testing/mockApi';
import { mentionOf, segmentOf } from './testing/segmentOf';
import { TranslationView } from './TranslationView';
import { targetSaveDelayMs } from './useTargetDraft';

// The API is the renderer's edge (HTTP or IPC): each test answers its calls through `apiMock.answers`.
vi.mock('../app/api', () => import('../ui/testing/mockApi').then((mock) => mock.mockedApiModule));
const { calls } = apiMock;

setUpDialogTests();

const text = 'Pékin a donné son feu vert. Le ciel est bleu. Le ciel est bleu.';
const article: Article = {
  id: 1,
  title: 'Test',
  byline: null,
  publishedAt: null,
  source: null,
  fileName: null,
  importedAt: '2026-01-01T00:00:00.000Z',
  annotationCount: 1,
  sourceUrl: null,
  siteName: null,
  language: 'fr',
  encoding: 'utf-8',
  doc: { type: 'doc' },
  text,
};
const place: Label = {
  id: 1,
  key: 'place',
  nameEn: 'Place',
  nameFr: 'Lieu',
  colour: '#2f9e44',
  shortcut: '3',
  position: 3,
};
const pekin = placeEntry(7, { englishTerm: 'Beijing', englishAvoid: ['Peking'] });
const segments: readonly Segment[] = [
  segmentOf(11, 'Pékin a donné son feu vert.', 0),
  segmentOf(12, 'Le ciel est bleu.', 28),
  segmentOf(13, 'Le ciel est bleu.', 46),
];

function answer(stored: readonly Segment[]) {
  apiMock.answers = {
    'articles.get': () => article,
    'annotations.list': () => [mentionOf(21, 'Pékin', 0, 'place', 7)],
    'glossary.list': () => [pekin],
    'segments.list': () => stored,
    'claims.list': () => [],
    'translation.segment': () => segments,
    'segments.update': (input: { id: number; target?: string; status?: Segment['status'] }) => {
      const segment = segments.find((one) => one.id === input.id)!;
      const saved = { ...segment, target: input.target ?? segment.target, status: input.status ?? 'draft' };
      const propagated =
        input.id === 12 && input.status === 'translated'
          ? [
              {
                ...segments[2]!,
                target: saved.target,
                status: 'translated',
                origin: 'propagated',
                propagatedFrom: 12,
              },
            ]
          : [];
      return { segment: saved, propagated };
    },
  };
}

let tracker: SaveTracker;
async function mount() {
  const container = document.body.appendChild(document.createElement('div'));
  const root = createRoot(container);
  tracker = createSaveTracker();
  await act(async () => {
    root.render(
      <SaveTrackerContext value={tracker}>
        <WorkspaceLabelsContext value={{ labels: [place], error: null, reload: () => Promise.resolve() }}>
          <TranslationView articleId={1} />
        </WorkspaceLabelsContext>
      </SaveTrackerContext>,
    );
  });
  return container;
}

function target(container: HTMLElement, number: number): HTMLTextAreaElement {
  const field = container.querySelector(`textarea[aria-label="English translation of segment ${number}"]`);
  if (!(field instanceof HTMLTextAreaElement)) throw new Error(`no segment ${number}`);
  return field;
}

/// Sets a field's value as typing would, so React sees the change.
function type(element: HTMLTextAreaElement, value: string): void {
  Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(element, value);
  act(() => {
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function press(element: HTMLElement, key: string, modifiers: KeyboardEventInit = {}): void {
  act(() => {
    element.dispatchEvent(
      new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...modifiers }),
    );
  });
}

const updates = () => calls.filter((call) => call.name === 'segments.update').map((call) => call.input);

beforeEach(() => {
  calls.length = 0;
});

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('TranslationView', () => {
  it('offers to split an article with no segments, then shows one row per segment', async () => {
    answer([]);
    const container = await mount();
    const split = [...container.querySelectorAll('button')].find(
      (button) => button.textContent === 'Split into sentences',
    );
    expect(split).toBeDefined();
    await act(async () => split!.click());
    expect(calls.some((call) => call.name === 'translation.segment')).toBe(true);
    expect(container.querySelectorAll('.segment-row')).toHaveLength(3);
    expect(container.textContent).toContain(
      '0 / 3 segments translated · 0 reviewed · 0 / 14 words translated',
    );
  });

  it('splits only the claims when asked, then lists the paragraph left, to split alone or with the rest', async () => {
    answer([]);
    const claim = { annotationId: 30, articleId: 1, start: 28, end: 44, quote: 'Le ciel est bleu' };
    apiMock.answers['claims.list'] = () => [claim];
    apiMock.answers['translation.segment'] = () => [segments[1]!];
    const container = await mount();
    const button = (name: string) =>
      [...container.querySelectorAll('button')].find((one) => one.textContent === name);
    expect(button('Only its claim')).toBeDefined();
    await act(async () => button('Only its claim')!.click());
    expect(calls.find((call) => call.name === 'translation.segment')?.input).toEqual({
      articleId: 1,
      ranges: [{ start: 28, end: 44 }],
    });
    expect(container.querySelectorAll('.segment-row')).toHaveLength(1);
    // The paragraph still has words in no segment: it is listed, and can be split alone.
    expect(container.querySelector('.unsplit-paragraphs summary')?.textContent).toBe(
      '1 paragraph not split into sentences',
    );
    expect(button('Split the rest into sentences')).toBeDefined();
    apiMock.answers['translation.segment'] = () => segments;
    const paragraph = container.querySelector<HTMLButtonElement>(
      '.unsplit-paragraphs button[aria-label^="Split the paragraph “Pékin a donné"]',
    );
    await act(async () => paragraph!.click());
    expect(calls.filter((call) => call.name === 'translation.segment').at(-1)?.input).toEqual({
      articleId: 1,
      ranges: [{ start: 0, end: text.length }],
    });
    expect(container.querySelector('.unsplit-paragraphs')).toBeNull();
    expect(container.querySelectorAll('.segment-row')).toHaveLength(3);
    expect(button('Split the rest into sentences')).toBeUndefined();
  });

  it('draws the French mentions with their label and English term on hover', async () => {
    answer(segments);
    const container = await mount();
    const mention = container.querySelector('.segment-mention');
    expect(mention?.textContent).toBe('Pékin');
    expect(mention?.getAttribute('data-label')).toBe('place');
    expect(mention?.getAttribute('title')).toBe('Place · English: Beijing');
    expect(target(container, 1).getAttribute('lang')).toBe('en');
  });

  it('saves the typed English once typing pauses, through the save tracker', async () => {
    answer(segments);
    const container = await mount();
    const states: string[] = [];
    tracker.subscribe(() => states.push(tracker.getState().status));
    vi.useFakeTimers();
    type(target(container, 2), 'The sky');
    type(target(container, 2), 'The sky is blue.');
    expect(updates()).toEqual([]);
    await act(async () => {
      vi.advanceTimersByTime(targetSaveDelayMs - 1);
    });
    expect(updates()).toEqual([]);
    await act(async () => {
      vi.advanceTimersByTime(1);
    });
    expect(updates()).toEqual([{ id: 12, target: 'The sky is blue.' }]);
    await act(async () => {
      await vi.runAllTimersAsync();
    });
    expect(states).toEqual(['saving', 'saved']);
    expect(container.querySelector('.segment-row:nth-child(2) .segment-status')?.textContent).toBe('Draft');
  });

  it('confirms with Ctrl+Enter in one write, moves to the next segment and fills the repeat', async () => {
    answer(segments);
    const container = await mount();
    const field = target(container, 2);
    act(() => field.focus());
    type(field, 'The sky is blue.');
    press(field, 'Enter', { ctrlKey: true });
    await act(async () => Promise.resolve());
    expect(updates()).toEqual([{ id: 12, target: 'The sky is blue.', status: 'translated' }]);
    expect(document.activeElement).toBe(target(container, 3));
    expect(target(container, 3).value).toBe('The sky is blue.');
    expect(container.querySelectorAll('.segment-row')[2]!.textContent).toContain('Filled from a repeat');
    expect(container.textContent).toContain('2 / 3 segments translated');
  });

  it('moves with Alt+arrows and inserts the n-th mention’s English term with Ctrl+Alt+n', async () => {
    answer(segments);
    const container = await mount();
    const field = target(container, 1);
    act(() => field.focus());
    type(field, 'Yes from ');
    field.setSelectionRange(9, 9);
    press(field, '1', { ctrlKey: true, altKey: true, code: 'Digit1' });
    expect(field.value).toBe('Yes from Beijing');
    press(field, 'ArrowDown', { altKey: true });
    expect(document.activeElement).toBe(target(container, 2));
    press(target(container, 2), 'ArrowUp', { altKey: true });
    expect(document.activeElement).toBe(field);
  });

  it('flags a variant to avoid as it is typed and clears it once fixed', async () => {
    answer(segments);
    const container = await mount();
    const field = target(container, 1);
    type(field, 'Peking gave its green light.');
    const issues = container.querySelector('[aria-label="QA issues of segment 1"]');
    expect(issues?.textContent).toContain('Peking');
    expect(issues?.textContent).toContain('Beijing');
    type(field, 'Beijing gave its green light.');
    expect(container.querySelector('[aria-label="QA issues of segment 1"]')).toBeNull();
  });

  it('lists the glossary entries of the segment being translated', async () => {
    answer(segments);
    const container = await mount();
    const panel = container.querySelector('[aria-labelledby="segment-glossary-title"]')!;
    expect(panel.textContent).toContain('Click in a segment');
    act(() => target(container, 1).focus());
    expect(panel.textContent).toContain('Pékin');
    expect(panel.textContent).toContain('Beijing');
    expect(panel.textContent).toContain('Peking');
  });
});
