// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Claim, GlossaryEntry } from '../../shared/domain';
import { initI18n } from '../app/i18n';
import { placeEntry } from '../article/testing/placeEntry';
import { ClaimForm } from './ClaimForm';
import type { ClaimChange } from './useArticleClaims';
import { claimSaveDelayMs } from './useSavedText';

Reflect.set(globalThis, 'IS_REACT_ACT_ENVIRONMENT', true);

beforeAll(async () => {
  const i18n = await initI18n();
  await i18n.changeLanguage('en');
});

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

const quote = 'jusqu’à 400 000 GPU pourraient être concernés';
const articleText = `Selon Bruno Le Maire, ${quote}.`;

const claim: Claim = {
  annotationId: 4,
  articleId: 1,
  articleTitle: 'H200',
  start: articleText.indexOf(quote),
  end: articleText.indexOf(quote) + quote.length,
  quote,
  claimant: { kind: 'unattributed', description: 'plusieurs informations concordantes' },
  claimDate: '2026-01-30',
  englishText: '',
  verdict: 'unverified',
  reviewSummary: '',
  evidence: [],
  reviewer: '',
  reviewDate: null,
  factCheckUrl: '',
  author: null,
  createdAt: '',
  updatedAt: '',
};

const huang: GlossaryEntry = { ...placeEntry(9, { frenchTerm: 'Jensen Huang' }), label: 'person' };

function mountForm(shown: Claim = claim) {
  const container = document.body.appendChild(document.createElement('div'));
  const root = createRoot(container);
  const saves: ClaimChange[] = [];
  const created: { name: string; label: string }[] = [];
  const show = (next: Claim) =>
    act(() =>
      root.render(
        <ClaimForm
          claim={next}
          articleText={articleText}
          glossary={[huang]}
          onSave={(change) => saves.push(change)}
          onCreateClaimant={(name, label) => created.push({ name, label })}
          onDelete={() => {}}
        />,
      ),
    );
  show(shown);
  const field = <T extends HTMLElement>(label: string) => {
    const found = [...container.querySelectorAll('label')].find(
      (candidate) => candidate.textContent === label,
    );
    return document.getElementById(found!.htmlFor) as T;
  };
  return { container, saves, created, show, field, unmount: () => act(() => root.unmount()) };
}

/// Sets a field's value as typing would, so React sees the change.
function type(element: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void {
  const prototype = Object.getPrototypeOf(element) as object;
  Object.getOwnPropertyDescriptor(prototype, 'value')!.set!.call(element, value);
  act(() => {
    element.dispatchEvent(
      new Event(element instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }),
    );
  });
}

describe('ClaimForm', () => {
  it('flags a changed figure as the translation is typed, and clears it once fixed', () => {
    const form = mountForm();
    const english = form.field<HTMLTextAreaElement>('English translation');
    type(english, 'up to 40,000 GPUs could be affected');
    expect(form.container.textContent).toContain('“400 000” became “40,000”');
    type(english, 'up to 400,000 GPUs could be affected');
    expect(form.container.textContent).not.toContain('became');
    form.unmount();
  });

  it('saves typed text once after a pause, and at once when the field is left', () => {
    vi.useFakeTimers();
    const form = mountForm();
    const reviewer = form.field<HTMLInputElement>('Reviewer');
    type(reviewer, 'Cam');
    type(reviewer, 'Camille ');
    expect(form.saves).toEqual([]);
    act(() => vi.advanceTimersByTime(claimSaveDelayMs));
    expect(form.saves).toEqual([{ reviewer: 'Camille' }]);
    const summary = form.field<HTMLTextAreaElement>('Review summary (English)');
    type(summary, 'Reuters counted 400,000.');
    act(() => summary.dispatchEvent(new FocusEvent('focusout', { bubbles: true })));
    expect(form.saves.at(-1)).toEqual({ reviewSummary: 'Reuters counted 400,000.' });
    act(() => vi.advanceTimersByTime(claimSaveDelayMs));
    expect(form.saves).toHaveLength(2);
    form.unmount();
  });

  it('shows a stored value that changed (an undo) while nobody is typing', () => {
    const form = mountForm({ ...claim, englishText: 'up to 400,000 GPUs' });
    expect(form.field<HTMLTextAreaElement>('English translation').value).toBe('up to 400,000 GPUs');
    form.show({ ...claim, englishText: '' });
    expect(form.field<HTMLTextAreaElement>('English translation').value).toBe('');
    form.unmount();
  });

  it('shows the prefilled claimant and saves another one, or nobody', () => {
    const form = mountForm();
    const claimant = form.field<HTMLSelectElement>('Claimant');
    expect(claimant.value).toBe('unattributed');
    expect(form.field<HTMLInputElement>('Description of the source').value).toBe(
      'plusieurs informations concordantes',
    );
    type(claimant, '9');
    type(claimant, 'none');
    expect(form.saves).toEqual([{ claimant: { kind: 'entry', entryId: 9 } }, { claimant: { kind: 'none' } }]);
    form.unmount();
  });

  it('offers the name an attribution points at as a new entry while nobody is the claimant', () => {
    const form = mountForm({ ...claim, claimant: { kind: 'none' } });
    expect(form.container.textContent).toContain('Named nearby: Bruno Le Maire');
    const newPerson = [...form.container.querySelectorAll('button')].find(
      (button) => button.textContent === 'New person',
    )!;
    act(() => newPerson.click());
    expect(form.created).toEqual([{ name: 'Bruno Le Maire', label: 'person' }]);
    form.show({
      ...claim,
      claimant: {
        kind: 'entry',
        entryId: 9,
        frenchTerm: 'Bruno Le Maire',
        englishTerm: '',
        label: 'person',
        wikidataId: '',
      },
    });
    expect(form.container.textContent).not.toContain('Named nearby');
    form.unmount();
  });

  it('makes any typed name a new claimant entry on the spot while nobody is the claimant', () => {
    const form = mountForm({ ...claim, claimant: { kind: 'none' } });
    const newOrganisation = () =>
      [...form.container.querySelectorAll('[role="group"] button')].find(
        (button) => button.textContent === 'New organisation',
      ) as HTMLButtonElement;
    expect(newOrganisation().disabled).toBe(true);
    type(form.field<HTMLInputElement>('Or name the claimant'), '  Agence internationale de l’énergie ');
    act(() => newOrganisation().click());
    expect(form.created).toEqual([{ name: 'Agence internationale de l’énergie', label: 'organisation' }]);
    expect(form.field<HTMLInputElement>('Or name the claimant').value).toBe('');
    form.unmount();
  });

  it('adds an http(s) evidence link and refuses any other address', () => {
    const form = mountForm();
    const add = [...form.container.querySelectorAll('button')].find(
      (button) => button.textContent === 'Add link',
    )!;
    type(form.field<HTMLInputElement>('Link address'), 'javascript:alert(1)');
    act(() => add.click());
    expect(form.saves).toEqual([]);
    expect(form.container.querySelector('[role="alert"]')?.textContent).toMatch(/http/);
    type(form.field<HTMLInputElement>('Link address'), 'https://www.reuters.com/h200');
    type(form.field<HTMLInputElement>('Link title'), 'Reuters');
    act(() => add.click());
    expect(form.saves).toEqual([
      { evidence: [{ url: 'https://www.reuters.com/h200', title: 'Reuters', note: '' }] },
    ]);
    form.unmount();
  });
});
