import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref } from './route';

describe('glossary and mention routes', () => {
  it('round-trips the glossary and one of its entries', () => {
    expect(parseRoute(routeHref({ screen: 'glossary' }))).toEqual({ screen: 'glossary' });
    expect(parseRoute(routeHref({ screen: 'glossary', entryId: 5 }))).toEqual({
      screen: 'glossary',
      entryId: 5,
    });
  });

  it('round-trips the claims view', () => {
    expect(routeHref({ screen: 'claims' })).toBe('#/claims');
    expect(parseRoute('#/claims')).toEqual({ screen: 'claims' });
    expect(parseRoute('#/claims/2')).toEqual({ screen: 'library' });
  });

  it('round-trips an article opened at one annotation', () => {
    expect(routeHref({ screen: 'article', articleId: 3, annotationId: 12 })).toBe(
      '#/articles/3?annotation=12',
    );
    expect(parseRoute('#/articles/3?annotation=12')).toEqual({
      screen: 'article',
      articleId: 3,
      annotationId: 12,
    });
  });

  it('round-trips the translation view at one segment, and the drift report', () => {
    expect(routeHref({ screen: 'translation', articleId: 3, segmentId: 7 })).toBe(
      '#/articles/3/translate?segment=7',
    );
    expect(parseRoute('#/articles/3/translate?segment=7')).toEqual({
      screen: 'translation',
      articleId: 3,
      segmentId: 7,
    });
    expect(parseRoute('#/articles/3/translate?segment=0')).toEqual({ screen: 'translation', articleId: 3 });
    expect(routeHref({ screen: 'drift' })).toBe('#/drift');
    expect(parseRoute('#/drift')).toEqual({ screen: 'drift' });
  });

  it('round-trips the translation view of an article', () => {
    expect(routeHref({ screen: 'translation', articleId: 3 })).toBe('#/articles/3/translate');
    expect(parseRoute('#/articles/3/translate')).toEqual({ screen: 'translation', articleId: 3 });
    expect(parseRoute('#/articles/0/translate')).toEqual({ screen: 'library' });
  });

  it('ignores an entry id that cannot exist and falls back to the library on a malformed annotation', () => {
    expect(parseRoute('#/glossary/0')).toEqual({ screen: 'glossary' });
    expect(parseRoute('#/articles/3?annotation=x')).toEqual({ screen: 'library' });
  });
});
