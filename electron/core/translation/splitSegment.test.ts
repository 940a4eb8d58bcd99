import { describe, expect, it } from 'vitest';
import { dispatch } from '../dispatch';
import { storeParagraphs, testContext } from '../testing/testContext';

const sky = 'Le ciel est bleu, il pleut.';

describe('segments.split', () => {
  it('splits a segment at an offset inside it: the first half keeps the target, the second is new', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, [sky]);
    const [whole] = await dispatch(ctx, 'translation.segment', { articleId });
    await dispatch(ctx, 'segments.update', { id: whole!.id, target: 'The sky is blue, it is raining.' });
    const before = await dispatch(ctx, 'segments.list', { articleId });
    // At the space after the comma: the space belongs to neither half.
    const halves = await dispatch(ctx, 'segments.split', { id: whole!.id, at: 17 });
    expect(halves.map((half) => [half.start, half.end, half.source])).toEqual([
      [0, 17, 'Le ciel est bleu,'],
      [18, 27, 'il pleut.'],
    ]);
    expect(halves[0]).toMatchObject({
      id: whole!.id,
      target: 'The sky is blue, it is raining.',
      status: 'draft',
    });
    expect(halves[1]).toMatchObject({ target: '', status: 'new', origin: 'human' });
    expect((await dispatch(ctx, 'history.state', {})).undoMessage).toEqual({
      key: 'history.step.splitSegment',
      params: { source: sky },
    });
    await dispatch(ctx, 'history.undo', {});
    expect(await dispatch(ctx, 'segments.list', { articleId })).toEqual(before);
    await dispatch(ctx, 'history.redo', {});
    expect(await dispatch(ctx, 'segments.list', { articleId })).toEqual(halves);
  });

  it('fills the second half from a confirmed repeat', async () => {
    const ctx = testContext();
    const one = storeParagraphs(ctx, ['Il pleut.']);
    const [rain] = await dispatch(ctx, 'translation.segment', { articleId: one });
    await dispatch(ctx, 'segments.update', { id: rain!.id, target: 'It is raining.', status: 'translated' });
    const two = storeParagraphs(ctx, [sky]);
    const [whole] = await dispatch(ctx, 'translation.segment', { articleId: two });
    const halves = await dispatch(ctx, 'segments.split', { id: whole!.id, at: 18 });
    expect(halves[1]).toMatchObject({ source: 'il pleut.', target: '' });
    const three = storeParagraphs(ctx, ['Le ciel est bleu. Il pleut.']);
    const [blue] = await dispatch(ctx, 'translation.segment', { articleId: three });
    const [blueAndRain] = await dispatch(ctx, 'segments.merge', { id: blue!.id });
    const split = await dispatch(ctx, 'segments.split', { id: blueAndRain!.id, at: 18 });
    expect(split[1]).toMatchObject({
      source: 'Il pleut.',
      target: 'It is raining.',
      origin: 'propagated',
      propagatedFrom: rain!.id,
    });
  });

  it('refuses an offset at an edge or inside a surrogate pair, and splits next to either edge', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, ['Le 𝔸 est bleu.']);
    const [segment] = await dispatch(ctx, 'translation.segment', { articleId });
    const id = segment!.id;
    await expect(dispatch(ctx, 'segments.split', { id, at: 15 })).rejects.toMatchObject({
      code: 'invalid_span',
      message: `Segment ${id} runs from 0 to 15: it can only be split strictly inside, not at 15.`,
    });
    await expect(dispatch(ctx, 'segments.split', { id, at: 4 })).rejects.toMatchObject({
      code: 'invalid_span',
      message: `Splitting segment ${id} at 4 would cut a character in two.`,
    });
    await expect(dispatch(ctx, 'segments.split', { id: 999, at: 1 })).rejects.toMatchObject({
      code: 'not_found',
    });
    const spaced = storeParagraphs(ctx, ['A  bleu.']);
    const [short] = await dispatch(ctx, 'translation.segment', { articleId: spaced });
    await expect(dispatch(ctx, 'segments.split', { id: short!.id, at: 1 })).resolves.toHaveLength(2);
    const edge = storeParagraphs(ctx, ['Il pleut.']);
    const [rain] = await dispatch(ctx, 'translation.segment', { articleId: edge });
    await expect(dispatch(ctx, 'segments.split', { id: rain!.id, at: 8 })).resolves.toHaveLength(2);
    expect(await dispatch(ctx, 'segments.list', { articleId })).toEqual([segment]);
  });
});
