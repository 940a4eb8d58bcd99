import { describe, expect, it } from 'vitest';
import { dispatch } from '../dispatch';
import { storeParagraphs, testContext } from '../testing/testContext';

describe('translation.progress', () => {
  it('counts segments and source words in all, translated (or reviewed) and reviewed, per article', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, ['Le ciel est bleu. Il pleut.', 'La mer, très calme, dort.']);
    const never = storeParagraphs(ctx, ['Rien.']);
    const [blue, rain] = await dispatch(ctx, 'translation.segment', { articleId });
    await dispatch(ctx, 'segments.update', { id: blue!.id, target: 'The sky is blue.', status: 'reviewed' });
    await dispatch(ctx, 'segments.update', { id: rain!.id, target: 'It is raining.', status: 'translated' });
    const article = {
      articleId,
      segments: 3,
      translatedSegments: 2,
      reviewedSegments: 1,
      words: 11,
      translatedWords: 6,
      reviewedWords: 4,
    };
    expect(await dispatch(ctx, 'translation.progress', { articleIds: [never, articleId] })).toEqual([
      {
        articleId: never,
        segments: 0,
        translatedSegments: 0,
        reviewedSegments: 0,
        words: 0,
        translatedWords: 0,
        reviewedWords: 0,
      },
      article,
    ]);
    expect(await dispatch(ctx, 'translation.progress', {})).toEqual([article]);
  });

  it('keeps the word count right through a merge and a split', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, ['Le ciel est bleu. Il pleut.']);
    const [blue] = await dispatch(ctx, 'translation.segment', { articleId });
    const [joined] = await dispatch(ctx, 'segments.merge', { id: blue!.id });
    await dispatch(ctx, 'segments.split', { id: joined!.id, at: 8 });
    await dispatch(ctx, 'segments.update', { id: blue!.id, target: 'The sky', status: 'translated' });
    expect(await dispatch(ctx, 'translation.progress', { articleIds: [articleId] })).toMatchObject([
      { segments: 2, words: 6, translatedWords: 2 },
    ]);
  });

  it('answers not_found for an unknown article', async () => {
    const ctx = testContext();
    await expect(dispatch(ctx, 'translation.progress', { articleIds: [7] })).rejects.toMatchObject({
      code: 'not_found',
      message: 'There is no article 7.',
    });
  });
});
