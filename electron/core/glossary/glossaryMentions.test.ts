import { describe, expect, it } from 'vitest';
import { dispatch } from '../dispatch';
import { storeParagraphs, testContext } from '../testing/testContext';

describe('glossary mentions', () => {
  it('lists every mention across articles with a few words of context on each side', async () => {
    const ctx = testContext();
    const first = storeParagraphs(
      ctx,
      [
        'Titre',
        'Selon des sources proches du dossier consultées par notre rédaction, Pékin a donné son feu vert au géant local DeepSeek pour acheter des puces.',
      ],
      'Premier',
    );
    const second = storeParagraphs(ctx, ['Pékin.'], 'Second');
    const entry = await dispatch(ctx, 'glossary.create', { label: 'place', frenchTerm: 'Pékin' });
    await dispatch(ctx, 'suggestions.acceptAll', { articleId: first });
    await dispatch(ctx, 'suggestions.acceptAll', { articleId: second });
    const mentions = await dispatch(ctx, 'glossary.mentions', { id: entry.id });
    expect(mentions).toEqual([
      expect.objectContaining({
        articleId: second,
        articleTitle: 'Second',
        quote: 'Pékin',
        before: '',
        after: '.',
      }),
      expect.objectContaining({
        articleId: first,
        articleTitle: 'Premier',
        quote: 'Pékin',
        before: 'sources proches du dossier consultées par notre rédaction, ',
        after: ' a donné son feu vert au géant local',
      }),
    ]);
  });

  it('answers not_found for an unknown entry', async () => {
    await expect(dispatch(testContext(), 'glossary.mentions', { id: 3 })).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});

describe('glossary candidates', () => {
  it('offers the entries whose term or variant matches the span, those of the label first', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, ['Les actions d’Alibaba et ALIBABA.']);
    const company = await dispatch(ctx, 'glossary.create', {
      label: 'organisation',
      frenchTerm: 'Alibaba Group',
      frenchVariants: ['Alibaba'],
    });
    const person = await dispatch(ctx, 'glossary.create', { label: 'person', frenchTerm: 'Alibaba' });
    await dispatch(ctx, 'glossary.create', { label: 'organisation', frenchTerm: 'Tencent' });
    const ids = async (start: number, end: number, label?: string) =>
      (
        await dispatch(ctx, 'glossary.candidates', { articleId, start, end, ...(label ? { label } : {}) })
      ).map((e) => e.id);
    expect(await ids(12, 21, 'organisation')).toEqual([company.id, person.id]);
    expect(await ids(25, 32, 'person')).toEqual([person.id, company.id]);
    expect(await ids(0, 3)).toEqual([]);
  });

  it('refuses a span outside the article and an unknown label', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, ['Pékin.']);
    await expect(
      dispatch(ctx, 'glossary.candidates', { articleId, start: 0, end: 50 }),
    ).rejects.toMatchObject({ code: 'invalid_span' });
    await expect(
      dispatch(ctx, 'glossary.candidates', { articleId, start: 0, end: 5, label: 'planet' }),
    ).rejects.toMatchObject({
      code: 'invalid_input',
    });
  });
});
