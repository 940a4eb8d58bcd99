import { describe, expect, it } from 'vitest';
import type { CoreContext } from '../coreContext';
import { dispatch } from '../dispatch';
import { storeParagraphs, testContext } from '../testing/testContext';

// Two articles naming the Cour des comptes, each segment translated with another rendering.
async function twoRenderings(ctx: CoreContext) {
  const entry = await dispatch(ctx, 'glossary.create', {
    label: 'organisation',
    frenchTerm: 'Cour des comptes',
    englishTerm: 'Court of Audit',
    englishAvoid: ['Court of Auditors'],
  });
  const segmentsOf = async (title: string, text: string) => {
    const articleId = storeParagraphs(ctx, [text], title);
    const start = text.indexOf('Cour des comptes');
    await dispatch(ctx, 'annotations.create', {
      articleId,
      start,
      end: start + 'Cour des comptes'.length,
      kind: 'entity',
      label: 'organisation',
      glossaryEntryId: entry.id,
    });
    return { articleId, segments: await dispatch(ctx, 'translation.segment', { articleId }) };
  };
  const a = await segmentsOf('A', 'La Cour des comptes a publié son rapport.');
  const b = await segmentsOf('B', 'Selon la Cour des comptes, la dette augmente.');
  await dispatch(ctx, 'segments.update', {
    id: a.segments[0]!.id,
    target: 'The Court of Audit published its report.',
    status: 'translated',
  });
  await dispatch(ctx, 'segments.update', {
    id: b.segments[0]!.id,
    target: 'According to the Court of Auditors’ figures, debt is rising.',
    status: 'reviewed',
  });
  return { entry, a, b };
}

describe('translation.drift and translation.fixDrift', () => {
  it('lists an entry rendered two ways in translated segments of two articles, with each segment', async () => {
    const ctx = testContext();
    const { entry, a, b } = await twoRenderings(ctx);
    expect(await dispatch(ctx, 'translation.drift', {})).toEqual([
      {
        entryId: entry.id,
        frenchTerm: 'Cour des comptes',
        englishTerm: 'Court of Audit',
        renderings: [
          {
            text: 'Court of Audit',
            preferred: true,
            segments: [{ segmentId: a.segments[0]!.id, articleId: a.articleId, articleTitle: 'A' }],
          },
          {
            text: 'Court of Auditors',
            preferred: false,
            segments: [{ segmentId: b.segments[0]!.id, articleId: b.articleId, articleTitle: 'B' }],
          },
        ],
      },
    ]);
  });

  it('leaves out drafts: only translated and reviewed segments count', async () => {
    const ctx = testContext();
    const { b } = await twoRenderings(ctx);
    await dispatch(ctx, 'segments.update', { id: b.segments[0]!.id, status: 'draft' });
    expect(await dispatch(ctx, 'translation.drift', {})).toEqual([]);
  });

  it('puts the preferred term in place of the variant, keeping the possessive, as one undo step', async () => {
    const ctx = testContext();
    const { entry, b } = await twoRenderings(ctx);
    const { fixed } = await dispatch(ctx, 'translation.fixDrift', {
      entryId: entry.id,
      segmentIds: [b.segments[0]!.id],
    });
    expect(fixed.map((segment) => segment.target)).toEqual([
      'According to the Court of Audit’s figures, debt is rising.',
    ]);
    expect(fixed[0]!.status).toBe('reviewed');
    expect(await dispatch(ctx, 'translation.drift', {})).toEqual([]);
    expect((await dispatch(ctx, 'history.state', {})).undoMessage).toEqual({
      key: 'history.step.fixDrift',
      params: { term: 'Court of Audit', count: 1 },
    });
    await dispatch(ctx, 'history.undo', {});
    expect((await dispatch(ctx, 'segments.list', { articleId: b.articleId }))[0]!.target).toBe(
      'According to the Court of Auditors’ figures, debt is rising.',
    );
  });

  it('changes nothing, and records no step, when the segments hold no variant to avoid', async () => {
    const ctx = testContext();
    const { entry, a } = await twoRenderings(ctx);
    const before = await dispatch(ctx, 'history.state', {});
    expect(
      await dispatch(ctx, 'translation.fixDrift', { entryId: entry.id, segmentIds: [a.segments[0]!.id] }),
    ).toEqual({ fixed: [] });
    expect(await dispatch(ctx, 'history.state', {})).toEqual(before);
  });

  it('refuses an unknown segment or entry, changing nothing', async () => {
    const ctx = testContext();
    const { entry, b } = await twoRenderings(ctx);
    await expect(
      dispatch(ctx, 'translation.fixDrift', { entryId: entry.id, segmentIds: [b.segments[0]!.id, 9999] }),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(
      dispatch(ctx, 'translation.fixDrift', { entryId: 9999, segmentIds: [b.segments[0]!.id] }),
    ).rejects.toMatchObject({ code: 'not_found' });
    expect((await dispatch(ctx, 'segments.list', { articleId: b.articleId }))[0]!.target).toContain(
      'Auditors',
    );
  });
});
