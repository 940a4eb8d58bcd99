import { describe, expect, it } from 'vitest';
import { dispatch } from '../dispatch';
import { storeParagraphs, testContext } from '../testing/testContext';

const sky = 'Le ciel est bleu. Il pleut.';
const sea = 'La mer est calme. Le vent tombe.';

describe('translation.segment', () => {
  it('cuts the whole article into new, human, empty segments in text order, never across paragraphs', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, [sky, sea]);
    const segments = await dispatch(ctx, 'translation.segment', { articleId });
    expect(segments.map((segment) => segment.source)).toEqual([
      'Le ciel est bleu.',
      'Il pleut.',
      'La mer est calme.',
      'Le vent tombe.',
    ]);
    expect(segments[0]).toMatchObject({
      articleId,
      start: 0,
      end: 17,
      target: '',
      status: 'new',
      origin: 'human',
      provider: null,
      model: null,
      propagatedFrom: null,
      propagationException: false,
      ignoredIssues: [],
    });
    expect(await dispatch(ctx, 'segments.list', { articleId })).toEqual(segments);
  });

  it('is one undo step saying how many segments it made, and undo removes them all', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, [sky, sea], 'Météo');
    await dispatch(ctx, 'translation.segment', { articleId });
    const state = await dispatch(ctx, 'history.state', {});
    expect(state.undoMessage).toEqual({
      key: 'history.step.segmentArticle',
      params: { title: 'Météo', count: 4 },
    });
    await dispatch(ctx, 'history.undo', {});
    expect(await dispatch(ctx, 'segments.list', { articleId })).toEqual([]);
    await dispatch(ctx, 'history.redo', {});
    expect(await dispatch(ctx, 'segments.list', { articleId })).toHaveLength(4);
  });

  it('cuts only the ranges given, and a later call keeps the segments already made', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, [sky, sea]);
    const seaStart = sky.length + 2;
    const first = await dispatch(ctx, 'translation.segment', {
      articleId,
      ranges: [{ start: seaStart, end: seaStart + sea.length }],
    });
    expect(first.map((segment) => segment.source)).toEqual(['La mer est calme.', 'Le vent tombe.']);
    const translated = await dispatch(ctx, 'segments.update', {
      id: first[0]!.id,
      target: 'The sea is calm.',
    });
    const all = await dispatch(ctx, 'translation.segment', { articleId });
    expect(all.map((segment) => segment.source)).toEqual([
      'Le ciel est bleu.',
      'Il pleut.',
      'La mer est calme.',
      'Le vent tombe.',
    ]);
    expect(all[2]).toEqual(translated.segment);
    expect(all[3]).toEqual(first[1]);
  });

  it('makes no overlapping segment when a range cuts into a segment, and nothing when all is covered', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, [sky]);
    await dispatch(ctx, 'translation.segment', { articleId, ranges: [{ start: 0, end: 17 }] });
    const segments = await dispatch(ctx, 'translation.segment', {
      articleId,
      ranges: [{ start: 5, end: 27 }],
    });
    expect(segments.map((segment) => [segment.start, segment.end])).toEqual([
      [0, 17],
      [18, 27],
    ]);
    const steps = await dispatch(ctx, 'history.state', {});
    await dispatch(ctx, 'translation.segment', { articleId });
    expect(await dispatch(ctx, 'history.state', {})).toEqual(steps);
  });

  it('refuses a range outside the text, an empty one, one of white space only and an unknown article', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, [sky]);
    await expect(
      dispatch(ctx, 'translation.segment', { articleId, ranges: [{ start: 3, end: 99 }] }),
    ).rejects.toMatchObject({
      code: 'invalid_span',
      message: "The range 3–99 goes past the end of the article's text (27 characters).",
    });
    await expect(
      dispatch(ctx, 'translation.segment', { articleId, ranges: [{ start: 5, end: 5 }] }),
    ).rejects.toMatchObject({
      code: 'invalid_span',
      message: 'The range 5–5 is empty.',
    });
    await expect(
      dispatch(ctx, 'translation.segment', { articleId, ranges: [{ start: 17, end: 18 }] }),
    ).rejects.toMatchObject({
      code: 'invalid_span',
      message: 'The range 17–18 holds only white space.',
    });
    await expect(dispatch(ctx, 'translation.segment', { articleId: 99 })).rejects.toMatchObject({
      code: 'not_found',
      message: 'There is no article 99.',
    });
    expect(await dispatch(ctx, 'segments.list', { articleId })).toEqual([]);
  });

  it('refuses a range that cuts a character outside the Basic Multilingual Plane in two', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, ['Le 𝔸 est bleu. Il pleut.']);
    await expect(
      dispatch(ctx, 'translation.segment', { articleId, ranges: [{ start: 4, end: 10 }] }),
    ).rejects.toMatchObject({
      code: 'invalid_span',
      message: 'The range 4–10 cuts a character in two.',
    });
  });

  it('fills a new segment from a confirmed repeat in another article, as propagated', async () => {
    const ctx = testContext();
    const one = storeParagraphs(ctx, [sky], 'Un');
    const [rain] = (await dispatch(ctx, 'translation.segment', { articleId: one })).slice(1);
    await dispatch(ctx, 'segments.update', { id: rain!.id, target: 'It is raining.', status: 'translated' });
    const two = storeParagraphs(ctx, ['Il\u00a0pleut. Le vent tombe.'], 'Deux');
    const segments = await dispatch(ctx, 'translation.segment', { articleId: two });
    expect(segments[0]).toMatchObject({
      source: 'Il\u00a0pleut.',
      target: 'It is raining.',
      status: 'translated',
      origin: 'propagated',
      propagatedFrom: rain!.id,
    });
    expect(segments[1]).toMatchObject({ status: 'new', target: '' });
  });

  it('lists nothing for an article never segmented, and not_found for an unknown one', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, [sky]);
    expect(await dispatch(ctx, 'segments.list', { articleId })).toEqual([]);
    await expect(dispatch(ctx, 'segments.list', { articleId: 42 })).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});
