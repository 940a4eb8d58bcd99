import { describe, expect, it } from 'vitest';
import { formatDate } from '../ui/formatDate';
import { initialLanguage } from './i18n';
import { parseRoute, routeHref } from './route';

describe('initialLanguage', () => {
  it('keeps the remembered choice', () => {
    expect(initialLanguage('fr', 'en-US')).toBe('fr');
    expect(initialLanguage('en', 'fr-FR')).toBe('en');
  });

  it('follows a French browser, else English', () => {
    expect(initialLanguage(null, 'fr-CA')).toBe('fr');
    expect(initialLanguage(null, 'de-DE')).toBe('en');
    expect(initialLanguage('klingon', undefined)).toBe('en');
  });
});

describe('formatDate', () => {
  it('shows a bare date as that day in the UI language', () => {
    expect(formatDate('2026-01-30', 'en')).toBe('January 30, 2026');
    expect(formatDate('2026-01-30', 'fr')).toBe('30 janvier 2026');
  });

  it('returns text it cannot read unchanged', () => {
    expect(formatDate('hier', 'fr')).toBe('hier');
  });
});

describe('routes', () => {
  it('round-trips an article route through the URL fragment', () => {
    expect(parseRoute(routeHref({ screen: 'article', articleId: 12 }))).toEqual({
      screen: 'article',
      articleId: 12,
    });
  });

  it('falls back to the library', () => {
    expect(parseRoute('')).toEqual({ screen: 'library' });
    expect(parseRoute('#/articles/zero')).toEqual({ screen: 'library' });
  });
});
