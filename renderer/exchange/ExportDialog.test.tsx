// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExportJobStatus, ExportPreview } from '../../shared/contract';
import { menuBridgeGlobalName } from '../../shared/menuCommands';
import { ExportButton } from './ExportButton';
import { ExportDialog } from './ExportDialog';
import { setUpDialogTests } from '../ui/testing/dialogTests';

// The transport is the edge mocked here: each operation answers what the test says.
const calls = vi.hoisted(() => ({
  preview: vi.fn<(input: unknown) => Promise<ExportPreview>>(),
  start: vi.fn<(input: unknown) => Promise<ExportJobStatus>>(),
  status: vi.fn<(input: unknown) => Promise<ExportJobStatus>>(),
  cancel: vi.fn<(input: unknown) => Promise<ExportJobStatus>>(),
  save: vi.fn<(input: unknown) => Promise<unknown>>(),
}));
vi.mock('../app/api', () => ({
  api: {
    'exports.preview': calls.preview,
    'exports.start': calls.start,
    'exports.status': calls.status,
    'exports.cancel': calls.cancel,
    'exports.save': calls.save,
  },
}));

setUpDialogTests();

let container: HTMLDivElement;
let root: Root;
beforeEach(() => {
  vi.clearAllMocks();
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

// Lets timers and promises run until `check` holds (or fails after two seconds).
async function until(check: () => boolean): Promise<void> {
  for (let waited = 0; !check(); waited += 20) {
    if (waited > 2000) throw new Error('the dialog never got there');
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
  }
}

function button(name: string): HTMLButtonElement {
  const found = [...container.querySelectorAll('button')].find((element) => element.textContent === name);
  if (!found) throw new Error(`no button ${name}`);
  return found;
}

const running = (done: number): ExportJobStatus => ({
  jobId: 'job1',
  state: 'running',
  done,
  total: 10,
  fileName: 'passerelle-dataset.jsonld',
});

describe('ExportDialog', () => {
  it('shows the progress of a running export and cancels it', async () => {
    calls.preview.mockResolvedValue({
      fileName: 'passerelle-glossary.csv',
      lines: ['french_term,english_term', 'Pékin,Beijing'],
      more: false,
      counts: { kind: 'glossary', entries: 1 },
      leftOut: [],
    });
    calls.start.mockResolvedValue(running(0));
    let cancelled = false;
    calls.status.mockImplementation(() =>
      Promise.resolve(cancelled ? { ...running(4), state: 'cancelled' } : running(4)),
    );
    calls.cancel.mockImplementation(() => {
      cancelled = true;
      return Promise.resolve(running(4));
    });
    act(() => root.render(<ExportDialog onClose={() => {}} />));
    await until(
      () => container.querySelector('pre')?.textContent === 'french_term,english_term\nPékin,Beijing',
    );
    expect(container.textContent).toContain('1 entry');

    act(() => button('Export').click());
    await until(() => container.querySelector('progress')?.getAttribute('aria-valuenow') === '4');
    expect(calls.start).toHaveBeenCalledWith(expect.objectContaining({ kind: 'glossary', format: 'csv' }));
    expect(container.querySelector('progress')?.getAttribute('aria-label')).toBe('Export progress');
    expect(container.textContent).toContain('Writing passerelle-dataset.jsonld: 4 of 10');

    act(() => button('Cancel export').click());
    await until(() => container.textContent?.includes('The export was cancelled.') ?? false);
    expect(calls.cancel).toHaveBeenCalledWith({ jobId: 'job1' });
    expect(container.querySelector('progress')).toBeNull();
    expect(calls.save).not.toHaveBeenCalled();
  });

  it('lists what the privacy profile leaves out once it is ticked', async () => {
    calls.preview.mockImplementation((input) =>
      Promise.resolve({
        fileName: 'passerelle-glossary.csv',
        lines: [],
        more: false,
        counts: { kind: 'glossary', entries: 0 },
        leftOut:
          (input as { privacy?: boolean }).privacy === true
            ? [
                { key: 'entryNotes', count: 2 },
                { key: 'draftEntries', count: 1 },
              ]
            : [],
      }),
    );
    act(() => root.render(<ExportDialog onClose={() => {}} />));
    await until(() => calls.preview.mock.calls.length > 0);
    const privacy = [...container.querySelectorAll('label')].find((label) =>
      label.textContent?.includes('privacy profile'),
    );
    act(() => privacy?.querySelector('input')?.click());
    await until(() => container.querySelectorAll('li').length === 2);
    expect([...container.querySelectorAll('li')].map((item) => item.textContent)).toEqual([
      'private notes (2 entries)',
      'draft entries, not yet reviewed (1 entry)',
    ]);
  });

  it('offers the claims, listing those ClaimReview leaves out with what each lacks', async () => {
    calls.preview.mockImplementation((input) =>
      Promise.resolve(
        (input as { format: string }).format === 'csv'
          ? {
              fileName: 'passerelle-claims.csv',
              lines: ['article,claim_fr,claim_en'],
              more: false,
              counts: { kind: 'claims', format: 'csv', claims: 3 },
              leftOut: [],
            }
          : {
              fileName: 'passerelle-claims.jsonld',
              lines: ['[]'],
              more: false,
              counts: {
                kind: 'claims',
                format: 'claimreview',
                claims: 0,
                incomplete: [
                  {
                    annotationId: 7,
                    articleId: 1,
                    quote: 'Les prix ont doublé',
                    missing: ['englishText', 'factCheckUrl'],
                  },
                  { annotationId: 9, articleId: 1, quote: 'Le stock est vide', missing: ['publisher'] },
                ],
                unrated: 1,
              },
              leftOut: [],
            },
      ),
    );
    act(() => root.render(<ExportDialog onClose={() => {}} articleId={1} />));
    await until(() => calls.preview.mock.calls.length > 0);
    const claims = [...container.querySelectorAll('label')].find((label) => label.textContent === 'Claims');
    act(() => claims?.querySelector('input')?.click());
    await until(() => container.querySelectorAll('li').length === 2);
    expect(calls.preview).toHaveBeenLastCalledWith({ kind: 'claims', format: 'claimreview' });
    expect([...container.querySelectorAll('li')].map((item) => item.textContent)).toEqual([
      '“Les prix ont doublé” lacks its English text and the fact-check address',
      '“Le stock est vide” lacks a publisher: set one in the Claims view',
    ]);
    expect(container.textContent).toContain('0 claims');
    expect(container.textContent).toContain(
      '1 claim has no rating to publish (unverified or unverifiable) and is not in the file.',
    );
    expect(container.textContent).not.toContain('privacy profile');
    const format = [...container.querySelectorAll('label')]
      .find((label) => label.querySelector('span')?.textContent === 'Format')
      ?.querySelector('select');
    expect([...(format?.options ?? [])].map((option) => option.textContent)).toEqual([
      'ClaimReview (JSON-LD)',
      'Claims CSV',
    ]);

    act(() => {
      if (!format) return;
      format.value = 'csv';
      format.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await until(() => container.textContent?.includes('3 claims') ?? false);
    expect(calls.preview).toHaveBeenLastCalledWith(
      expect.objectContaining({ kind: 'claims', format: 'csv', dialect: expect.any(String) }),
    );
    expect(container.querySelectorAll('li')).toHaveLength(0);
    expect(container.textContent).toContain('one claim per row');
  });

  it('opens from the header button and from the desktop menu’s File → Export…', async () => {
    calls.preview.mockReturnValue(new Promise(() => {}));
    let menuListener: ((command: unknown) => void) | undefined;
    Reflect.set(window, menuBridgeGlobalName, {
      onMenuCommand: (callback: (command: unknown) => void) => {
        menuListener = callback;
        return () => {};
      },
    });
    try {
      act(() => root.render(<ExportButton />));
      const open = container.querySelector('button');
      expect(open?.textContent).toBe('Export…');
      expect(open?.getAttribute('aria-label')).toBe('Export a glossary or dataset');
      expect(container.querySelector('dialog')).toBeNull();
      act(() => menuListener?.('show-export'));
      expect(container.querySelector('dialog')?.open).toBe(true);
      act(() => button('Close').click());
      expect(container.querySelector('dialog')).toBeNull();
      act(() => open?.click());
      await until(() => container.querySelector('dialog')?.open === true);
      expect(container.textContent).toContain('Loading the preview…');
    } finally {
      Reflect.deleteProperty(window, menuBridgeGlobalName);
    }
  });
});
