import { describe, expect, it } from 'vitest';
import { dispatch } from '../dispatch';
import { storeParagraphs, testContext } from '../testing/testContext';

const sky = 'Le ciel est bleu. Il pleut.';

describe('segments.merge', () => {
  it('joins a segment with the next of its paragraph: one source, targets joined by a space, the lower status', async () => {
    const ctx = { ...testContext(), author: 'Alice' };
    const articleId = storeParagraphs(ctx, [sky, 'La mer est calme.']);
    const [blue, rain, sea] = await dispatch(ctx, 'translation.segment', { articleId });
    await dispatch(ctx, 'segments.update', { id: blue!.id, target: 'The sky is blue. ', status: 'reviewed' });
    await dispatch(ctx, 'segments.update', { id: rain!.id, target: 'It is raining.' });
    const before = await dispatch(ctx, 'segments.list', { articleId });
    const merged = await dispatch(ctx, 'segments.merge', { id: blue!.id });
    expect(merged).toHaveLength(2);
    expect(merged[0]).toMatchObject({
      id: blue!.id,
      start: 0,
      end: sky.length,
      source: sky,
      target: 'The sky is blue. It is raining.',
      status: 'draft',
      origin: 'human',
      author: 'Alice',
    });
    expect(merged[1]).toEqual(sea);
    expect((await dispatch(ctx, 'history.state', {})).undoMessage).toEqual({
      key: 'history.step.mergeSegments',
      params: { source: 'Le ciel est bleu.' },
    });
    await dispatch(ctx, 'history.undo', {});
    expect(await dispatch(ctx, 'segments.list', { articleId })).toEqual(before);
  });

  it('makes the joined segment a repeat of the same joined source elsewhere', async () => {
    const ctx = testContext();
    const one = storeParagraphs(ctx, [sky]);
    const two = storeParagraphs(ctx, [sky]);
    const [blue] = await dispatch(ctx, 'translation.segment', { articleId: one });
    const [otherBlue] = await dispatch(ctx, 'translation.segment', { articleId: two });
    await dispatch(ctx, 'segments.merge', { id: blue!.id });
    await dispatch(ctx, 'segments.merge', { id: otherBlue!.id });
    const [joined] = await dispatch(ctx, 'segments.list', { articleId: one });
    const { propagated } = await dispatch(ctx, 'segments.update', {
      id: joined!.id,
      target: 'The sky is blue. It is raining.',
      status: 'translated',
    });
    expect(propagated.map((segment) => segment.id)).toEqual([otherBlue!.id]);
  });

  it('unlinks the repeats filled from the segment that goes, and undo links them again', async () => {
    const ctx = testContext();
    const one = storeParagraphs(ctx, [sky]);
    const two = storeParagraphs(ctx, ['Il pleut.']);
    const [blue, rain] = await dispatch(ctx, 'translation.segment', { articleId: one });
    await dispatch(ctx, 'translation.segment', { articleId: two });
    await dispatch(ctx, 'segments.update', { id: rain!.id, target: 'It is raining.', status: 'translated' });
    const repeat = await dispatch(ctx, 'segments.list', { articleId: two });
    await dispatch(ctx, 'segments.merge', { id: blue!.id });
    expect((await dispatch(ctx, 'segments.list', { articleId: two }))[0]).toMatchObject({
      propagatedFrom: null,
      target: 'It is raining.',
    });
    await dispatch(ctx, 'history.undo', {});
    expect(await dispatch(ctx, 'segments.list', { articleId: two })).toEqual(repeat);
  });

  it('refuses the last segment, one whose next is in another paragraph, and one with unsegmented text after it', async () => {
    const ctx = testContext();
    const night = 'La mer est calme. Le vent tombe. Il fait nuit.';
    const articleId = storeParagraphs(ctx, [sky, night]);
    const nightStart = sky.length + 2;
    const [, rain, sea, dark] = await dispatch(ctx, 'translation.segment', {
      articleId,
      ranges: [
        { start: 0, end: sky.length },
        { start: nightStart, end: nightStart + 17 },
        { start: nightStart + 33, end: nightStart + night.length },
      ],
    });
    expect(dark).toMatchObject({ source: 'Il fait nuit.' });
    await expect(dispatch(ctx, 'segments.merge', { id: rain!.id })).rejects.toMatchObject({
      code: 'invalid_span',
      message: `Segments ${rain!.id} and ${sea!.id} are in different paragraphs, so they cannot be joined.`,
    });
    await expect(dispatch(ctx, 'segments.merge', { id: sea!.id })).rejects.toMatchObject({
      code: 'invalid_span',
      message: `Segments ${sea!.id} and ${dark!.id} are not next to each other (there is unsegmented text between them), so they cannot be joined.`,
    });
    await expect(dispatch(ctx, 'segments.merge', { id: dark!.id })).rejects.toMatchObject({
      code: 'invalid_span',
      message: `Segment ${dark!.id} is the last segment of its article: there is none after it to join it with.`,
    });
    await expect(dispatch(ctx, 'segments.merge', { id: 12345 })).rejects.toMatchObject({
      code: 'not_found',
      message: 'There is no segment 12345.',
    });
  });
});
