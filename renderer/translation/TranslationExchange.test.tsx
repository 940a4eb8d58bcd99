// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setUpDialogTests } from '../ui/testing/dialogTests';
import { apiMock } from '../ui/testing/mockApi';
import { exportedBytes, TranslationExchange } from './TranslationExchange';
import { segmentOf } from './testing/segmentOf';

vi.mock('../app/api', () => import('../ui/testing/mockApi').then((mock) => mock.mockedApiModule));
const { calls } = apiMock;

setUpDialogTests();

afterEach(() => {
  calls.length = 0;
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

async function mount(onImported: (segments: unknown) => void = () => {}) {
  const container = document.body.appendChild(document.createElement('div'));
  const root = createRoot(container);
  await act(async () => root.render(<TranslationExchange articleId={3} onImported={onImported} />));
  return container;
}

function choose(select: HTMLSelectElement, value: string): void {
  Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!.call(select, value);
  act(() => {
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

const button = (container: HTMLElement, name: string) =>
  [...container.querySelectorAll('button')].find((candidate) => candidate.textContent === name)!;

describe('TranslationExchange', () => {
  it('exports in the chosen format and policy and downloads the file', async () => {
    apiMock.answers = {
      'translation.export': () => ({
        fileName: 'test.en.md',
        mimeType: 'text/markdown;charset=utf-8',
        encoding: 'utf-8',
        content: '# Test\n',
        untranslated: 2,
      }),
    };
    const created: Blob[] = [];
    URL.createObjectURL = (blob: Blob) => {
      created.push(blob);
      return 'blob:test';
    };
    URL.revokeObjectURL = () => {};
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const container = await mount();
    const [format, policy] = [...container.querySelectorAll('select')];
    choose(format!, 'md');
    choose(policy!, 'omit');
    await act(async () => button(container, 'Export').click());
    expect(calls).toEqual([
      { name: 'translation.export', input: { articleId: 3, format: 'md', untranslated: 'omit' } },
    ]);
    expect(clicked).toHaveBeenCalledOnce();
    expect(await created[0]!.text()).toBe('# Test\n');
    expect(container.textContent).toContain('test.en.md is ready; 2 segments had no translation.');
  });

  it('asks no policy for XLIFF, which carries every segment', async () => {
    const container = await mount();
    choose(container.querySelector('select')!, 'xliff');
    expect(container.querySelectorAll('select')).toHaveLength(1);
  });

  it('says why an export was refused', async () => {
    apiMock.answers = {
      'translation.export': () => {
        throw new Error('3 segments are not translated');
      },
    };
    const container = await mount();
    await act(async () => button(container, 'Export').click());
    expect(container.querySelector('[role="alert"]')).not.toBeNull();
  });

  it('imports an XLIFF file and shows its segments', async () => {
    const imported = [segmentOf(1, 'Le ciel est bleu.', 0, { articleId: 3, target: 'The sky is blue.' })];
    apiMock.answers = {
      'translation.import': () => ({ articleId: 3, updated: 1, unchanged: 0, segments: imported }),
    };
    const shown: unknown[] = [];
    const container = await mount((segments) => shown.push(segments));
    const input = container.querySelector('input[type="file"]') as HTMLInputElement;
    const file = new File(['<xliff/>'], 'test.xlf', { type: 'application/xliff+xml' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await act(async () => Promise.resolve());
    expect(calls).toEqual([
      { name: 'translation.import', input: { fileName: 'test.xlf', content: '<xliff/>' } },
    ]);
    expect(shown).toEqual([imported]);
    expect(container.textContent).toContain('1 segment updated from test.xlf.');
  });
});

describe('exportedBytes', () => {
  it('keeps text and decodes base64 (a .docx) into bytes', () => {
    expect(exportedBytes('é', 'utf-8')).toBe('é');
    expect([...(exportedBytes(btoa('PK\u0003\u0004'), 'base64') as Uint8Array)]).toEqual([0x50, 0x4b, 3, 4]);
  });
});
