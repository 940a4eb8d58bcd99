import { describe, expect, it } from 'vitest';
import type { Suggestion } from '../../shared/domain';
import { acceptAllConfirmThreshold, acceptAllNeedsConfirmation, acceptAllRequest } from './acceptAllRequest';

function suggestions(count: number, entryId: number, frenchTerm: string): Suggestion[] {
  return Array.from({ length: count }, (_, index) => ({
    articleId: 1,
    start: index * 10,
    end: index * 10 + 5,
    text: frenchTerm,
    entryId,
    label: 'place',
    frenchTerm,
    englishTerm: '',
  }));
}

describe('acceptAllRequest', () => {
  const shown = [...suggestions(60, 1, 'Rouen'), ...suggestions(3, 2, 'Pékin')];

  it('counts every suggestion of the article, or those of one entry with its term', () => {
    expect(acceptAllRequest(shown)).toEqual({ entryId: undefined, term: undefined, count: 63 });
    expect(acceptAllRequest(shown, 2)).toEqual({ entryId: 2, term: 'Pékin', count: 3 });
  });

  it(`asks first only above ${acceptAllConfirmThreshold} suggestions`, () => {
    expect(acceptAllNeedsConfirmation(acceptAllRequest(shown))).toBe(true);
    expect(acceptAllNeedsConfirmation(acceptAllRequest(shown, 1))).toBe(true);
    expect(acceptAllNeedsConfirmation(acceptAllRequest(shown, 2))).toBe(false);
    expect(acceptAllNeedsConfirmation(acceptAllRequest(suggestions(50, 1, 'Rouen')))).toBe(false);
  });
});
