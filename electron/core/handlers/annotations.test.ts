import { describe, expect, it } from 'vitest';
import { dispatch } from '../dispatch';
import { storeParagraphs, testContext } from '../testing/testContext';

const paragraph = 'Pékin a donné son feu vert au géant local DeepSeek.';

describe('annotations', () => {
  it('stores a span whose offsets slice the article text to the marked words', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, ['Titre', paragraph]);
    const { text } = await dispatch(ctx, 'articles.get', { id: articleId });
    const start = text.indexOf('DeepSeek');
    const annotation = await dispatch(ctx, 'annotations.create', {
      articleId,
      start,
      end: start + 'DeepSeek'.length,
      kind: 'entity',
      label: 'organisation',
    });
    expect(text.slice(annotation.start, annotation.end)).toBe('DeepSeek');
    expect(annotation.quote).toBe('DeepSeek');
    expect(annotation.prefix.endsWith('géant local ')).toBe(true);
    expect(annotation.suffix).toBe('.');
    expect(await dispatch(ctx, 'annotations.list', { articleId })).toEqual([annotation]);
    expect((await dispatch(ctx, 'articles.list', {}))[0]?.annotationCount).toBe(1);
  });

  it('links a second mention of the same term to the same glossary entry', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, ['Pékin et PEKIN.']);
    const first = await dispatch(ctx, 'annotations.create', { articleId, start: 0, end: 5, kind: 'entity', label: 'place' });
    const second = await dispatch(ctx, 'annotations.create', { articleId, start: 9, end: 14, kind: 'entity', label: 'place' });
    expect(second.glossaryEntryId).toBe(first.glossaryEntryId);
    const glossary = await dispatch(ctx, 'glossary.list', {});
    expect(glossary).toHaveLength(1);
    expect(glossary[0]).toMatchObject({ frenchTerm: 'Pékin', label: 'place', mentionCount: 2, sourceArticleId: articleId });
  });

  it('refuses a span outside the text or made of white space, storing nothing', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, ['Un texte.']);
    await expect(
      dispatch(ctx, 'annotations.create', { articleId, start: 3, end: 99, kind: 'entity', label: 'other' }),
    ).rejects.toMatchObject({ code: 'invalid_span' });
    await expect(
      dispatch(ctx, 'annotations.create', { articleId, start: 2, end: 3, kind: 'entity', label: 'other' }),
    ).rejects.toMatchObject({ code: 'invalid_span' });
    await expect(
      dispatch(ctx, 'annotations.create', { articleId: 999, start: 0, end: 2, kind: 'entity', label: 'other' }),
    ).rejects.toMatchObject({ code: 'not_found' });
    expect(await dispatch(ctx, 'annotations.list', { articleId })).toEqual([]);
    expect(await dispatch(ctx, 'glossary.list', {})).toEqual([]);
  });

  it('deletes an annotation and the untouched draft entry it created', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, [paragraph]);
    const annotation = await dispatch(ctx, 'annotations.create', { articleId, start: 0, end: 5, kind: 'entity', label: 'place' });
    await dispatch(ctx, 'annotations.delete', { id: annotation.id });
    expect(await dispatch(ctx, 'annotations.list', { articleId })).toEqual([]);
    expect(await dispatch(ctx, 'glossary.list', {})).toEqual([]);
  });

  it('keeps a glossary entry that has an English term when its last mention is deleted', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, [paragraph]);
    const annotation = await dispatch(ctx, 'annotations.create', { articleId, start: 0, end: 5, kind: 'entity', label: 'place' });
    await dispatch(ctx, 'glossary.update', { id: annotation.glossaryEntryId!, englishTerm: 'Beijing' });
    await dispatch(ctx, 'annotations.delete', { id: annotation.id });
    expect(await dispatch(ctx, 'glossary.list', {})).toMatchObject([{ englishTerm: 'Beijing', mentionCount: 0 }]);
  });

  it('answers not_found for an unknown annotation', async () => {
    await expect(dispatch(testContext(), 'annotations.delete', { id: 42 })).rejects.toMatchObject({ code: 'not_found' });
  });
});
