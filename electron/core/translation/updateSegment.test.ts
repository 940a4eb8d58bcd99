import { describe, expect, it } from 'vitest';
import type { CoreContext } from '../coreContext';
import { dispatch } from '../dispatch';
import { storeParagraphs, testContext } from '../testing/testContext';

const sky = 'Le ciel est bleu. Il pleut.';

// Two articles that both say "Il pleut.", segmented: the rain of the first, of the second, and
// the second's other sentence.
async function twoRainyArticles(ctx: CoreContext) {
  const one = storeParagraphs(ctx, [sky], 'Un');
  const two = storeParagraphs(ctx, ['Il pleut. Le vent tombe.', 'Il  pleut.'], 'Deux');
  const first = await dispatch(ctx, 'translation.segment', { articleId: one });
  const second = await dispatch(ctx, 'translation.segment', { articleId: two });
  return { one, two, rain: first[1]!, rainAgain: second[0]!, wind: second[1]!, rainThird: second[2]! };
}

describe('segments.update', () => {
  it('saves a typed target as a human draft with who and when, one undo step', async () => {
    const ctx = { ...testContext(), author: 'Alice', now: () => new Date('2026-12-02T10:00:00.000Z') };
    const articleId = storeParagraphs(ctx, [sky]);
    const [blue] = await dispatch(ctx, 'translation.segment', { articleId });
    const { segment, propagated } = await dispatch(ctx, 'segments.update', {
      id: blue!.id,
      target: 'The sky',
    });
    expect(propagated).toEqual([]);
    expect(segment).toMatchObject({
      target: 'The sky',
      status: 'draft',
      origin: 'human',
      author: 'Alice',
      updatedAt: '2026-12-02T10:00:00.000Z',
    });
    expect((await dispatch(ctx, 'history.state', {})).undoMessage).toEqual({
      key: 'history.step.translateSegment',
      params: { source: 'Le ciel est bleu.' },
    });
    await dispatch(ctx, 'segments.update', { id: blue!.id, target: 'The sky is blue.' });
    await dispatch(ctx, 'history.undo', {});
    expect((await dispatch(ctx, 'segments.list', { articleId }))[0]).toEqual(segment);
  });

  it('keeps the status given with the target, and a draft stays a draft as it is typed', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, [sky]);
    const [blue, rain] = await dispatch(ctx, 'translation.segment', { articleId });
    expect(
      (await dispatch(ctx, 'segments.update', { id: blue!.id, target: 'The sky', status: 'new' })).segment
        .status,
    ).toBe('new');
    await dispatch(ctx, 'segments.update', { id: rain!.id, target: 'It' });
    await dispatch(ctx, 'segments.update', { id: rain!.id, target: '' });
    expect((await dispatch(ctx, 'segments.list', { articleId }))[1]).toMatchObject({
      target: '',
      status: 'draft',
    });
  });

  it('fills every new repeat of the workspace when a segment is confirmed, in the same undo step', async () => {
    const ctx = testContext();
    const { one, two, rain, rainAgain, wind, rainThird } = await twoRainyArticles(ctx);
    const { segment, propagated } = await dispatch(ctx, 'segments.update', {
      id: rain.id,
      target: 'It is raining.',
      status: 'translated',
    });
    expect(segment).toMatchObject({ status: 'translated', origin: 'human' });
    expect(propagated.map((repeat) => repeat.id)).toEqual([rainAgain.id, rainThird.id]);
    expect(propagated[1]).toMatchObject({
      source: 'Il  pleut.',
      target: 'It is raining.',
      status: 'translated',
      origin: 'propagated',
      propagatedFrom: rain.id,
    });
    expect((await dispatch(ctx, 'segments.list', { articleId: two }))[1]).toEqual(wind);
    expect((await dispatch(ctx, 'history.state', {})).undoMessage).toEqual({
      key: 'history.step.confirmSegment',
      params: { source: 'Il pleut.' },
    });
    const undone = await dispatch(ctx, 'history.undo', {});
    expect(undone.articleIds).toEqual([one, two]);
    expect(await dispatch(ctx, 'segments.list', { articleId: two })).toEqual([rainAgain, wind, rainThird]);
  });

  it('refills propagated repeats when the confirmed segment changes, but never a human one or an exception', async () => {
    const ctx = testContext();
    const { rain, rainAgain, rainThird } = await twoRainyArticles(ctx);
    await dispatch(ctx, 'segments.update', { id: rain.id, target: 'It rains.', status: 'translated' });
    await dispatch(ctx, 'segments.update', { id: rainThird.id, propagationException: true });
    const { propagated } = await dispatch(ctx, 'segments.update', {
      id: rain.id,
      target: 'It is raining.',
      status: 'reviewed',
    });
    expect(propagated.map((repeat) => [repeat.id, repeat.target])).toEqual([
      [rainAgain.id, 'It is raining.'],
    ]);
    const third = (await dispatch(ctx, 'segments.list', { articleId: rainThird.articleId }))[2];
    expect(third).toMatchObject({ target: 'It rains.', propagationException: true, origin: 'propagated' });

    // Typed over, a propagated repeat becomes the user's own and is left alone afterwards.
    const typed = await dispatch(ctx, 'segments.update', { id: rainAgain.id, target: 'Rain.' });
    expect(typed.segment).toMatchObject({ origin: 'human', propagatedFrom: null, status: 'translated' });
    const again = await dispatch(ctx, 'segments.update', { id: rain.id, target: 'It pours.' });
    expect(again.propagated).toEqual([]);
  });

  it('lets a confirmed repeat fill a segment again once its exception is lifted', async () => {
    const ctx = testContext();
    const { rain, rainAgain } = await twoRainyArticles(ctx);
    await dispatch(ctx, 'segments.update', { id: rainAgain.id, propagationException: true });
    const { propagated } = await dispatch(ctx, 'segments.update', {
      id: rain.id,
      target: 'It is raining.',
      status: 'translated',
    });
    expect(propagated.map((repeat) => repeat.id)).not.toContain(rainAgain.id);
    const lifted = await dispatch(ctx, 'segments.update', { id: rainAgain.id, propagationException: false });
    expect(lifted.segment).toMatchObject({
      target: 'It is raining.',
      origin: 'propagated',
      propagatedFrom: rain.id,
      propagationException: false,
    });
  });

  it('records no step for a save that changes nothing', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, [sky]);
    const [blue] = await dispatch(ctx, 'translation.segment', { articleId });
    const { segment } = await dispatch(ctx, 'segments.update', { id: blue!.id, target: 'The sky is blue.' });
    const state = await dispatch(ctx, 'history.state', {});
    const again = await dispatch(ctx, 'segments.update', {
      id: blue!.id,
      target: 'The sky is blue.',
      status: 'draft',
      propagationException: false,
    });
    expect(again).toEqual({ segment, propagated: [] });
    expect(await dispatch(ctx, 'history.state', {})).toEqual(state);
    await dispatch(ctx, 'history.undo', {});
    expect((await dispatch(ctx, 'segments.list', { articleId }))[0]).toEqual(blue);
  });

  it('keeps ignored issues with their reasons', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, [sky]);
    const [blue] = await dispatch(ctx, 'translation.segment', { articleId });
    const ignoredIssues = [{ key: 'figures:1', reason: 'Le chiffre est arrondi.' }];
    const { segment } = await dispatch(ctx, 'segments.update', { id: blue!.id, ignoredIssues });
    expect(segment.ignoredIssues).toEqual(ignoredIssues);
    expect(segment.status).toBe('new');
  });

  it('refuses to confirm a segment with no English text, and an unknown segment', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, [sky]);
    const [blue] = await dispatch(ctx, 'translation.segment', { articleId });
    await expect(
      dispatch(ctx, 'segments.update', { id: blue!.id, status: 'translated' }),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      message: `Segment ${blue!.id} has no English text yet, so it cannot be marked translated.`,
    });
    await expect(dispatch(ctx, 'segments.update', { id: 999, target: 'x' })).rejects.toMatchObject({
      code: 'not_found',
      message: 'There is no segment 999.',
    });
  });
});
