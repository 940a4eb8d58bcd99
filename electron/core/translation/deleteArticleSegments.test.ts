import { describe, expect, it } from 'vitest';
import { dispatch } from '../dispatch';
import { storeParagraphs, testContext } from '../testing/testContext';

describe('deleting an article with segments', () => {
  it('deletes its segments, unlinks the repeats filled from them, and undo brings all back', async () => {
    const ctx = testContext();
    const one = storeParagraphs(ctx, ['Le ciel est bleu. Il pleut.', 'Il pleut.'], 'Un');
    const two = storeParagraphs(ctx, ['Il pleut.'], 'Deux');
    const [, rain] = await dispatch(ctx, 'translation.segment', { articleId: one });
    await dispatch(ctx, 'translation.segment', { articleId: two });
    await dispatch(ctx, 'segments.update', { id: rain!.id, target: 'It is raining.', status: 'translated' });
    const before = await dispatch(ctx, 'segments.list', { articleId: one });
    const repeat = await dispatch(ctx, 'segments.list', { articleId: two });
    expect(before[2]).toMatchObject({ propagatedFrom: rain!.id });
    expect(repeat[0]).toMatchObject({ propagatedFrom: rain!.id });

    await dispatch(ctx, 'articles.delete', { id: one });
    expect(ctx.store.prepare('SELECT count(*) FROM segments WHERE article_id = ?').pluck().get(one)).toBe(0);
    expect((await dispatch(ctx, 'segments.list', { articleId: two }))[0]).toMatchObject({
      target: 'It is raining.',
      origin: 'propagated',
      propagatedFrom: null,
    });

    await dispatch(ctx, 'history.undo', {});
    expect(await dispatch(ctx, 'segments.list', { articleId: one })).toEqual(before);
    expect(await dispatch(ctx, 'segments.list', { articleId: two })).toEqual(repeat);
    await dispatch(ctx, 'history.redo', {});
    expect(ctx.store.prepare('SELECT count(*) FROM segments').pluck().get()).toBe(1);
    expect(ctx.store.pragma('foreign_key_check')).toEqual([]);
  });

  it('never gives a new segment the id of one whose deletion can be undone', async () => {
    const ctx = testContext();
    const one = storeParagraphs(ctx, ['La mer est calme.'], 'Un');
    const two = storeParagraphs(ctx, ['Le ciel est bleu. Il pleut.'], 'Deux');
    await dispatch(ctx, 'translation.segment', { articleId: one });
    const deleted = await dispatch(ctx, 'translation.segment', { articleId: two });
    await dispatch(ctx, 'articles.delete', { id: two });
    const three = storeParagraphs(ctx, ['Le vent tombe. Il fait nuit.'], 'Trois');
    const made = await dispatch(ctx, 'translation.segment', { articleId: three });
    expect(made.map((segment) => segment.id)).not.toContain(deleted[0]!.id);
    await dispatch(ctx, 'history.undo', {});
    await dispatch(ctx, 'history.undo', {});
    expect(await dispatch(ctx, 'segments.list', { articleId: two })).toEqual(deleted);
  });
});
