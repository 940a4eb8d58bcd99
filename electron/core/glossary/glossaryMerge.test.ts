import { describe, expect, it } from 'vitest';
import { dispatch } from '../dispatch';
import { storeParagraphs, testContext } from '../testing/testContext';

describe('glossary merge', () => {
  it('moves the source’s mentions to the target and deletes the source', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, ['Pékin, Pekin et Pékin.']);
    const target = await dispatch(ctx, 'annotations.create', {
      articleId,
      start: 0,
      end: 5,
      kind: 'entity',
      label: 'place',
    });
    const source = await dispatch(ctx, 'annotations.create', {
      articleId,
      start: 7,
      end: 12,
      kind: 'entity',
      label: 'place',
      glossaryEntryId: null,
    });
    expect(source.glossaryEntryId).not.toBe(target.glossaryEntryId);
    const { entry, conflicts } = await dispatch(ctx, 'glossary.merge', {
      targetId: target.glossaryEntryId!,
      sourceId: source.glossaryEntryId!,
    });
    expect(entry).toMatchObject({
      id: target.glossaryEntryId,
      frenchTerm: 'Pékin',
      frenchVariants: ['Pekin'],
      mentionCount: 2,
    });
    expect(conflicts).toEqual([]);
    expect((await dispatch(ctx, 'annotations.list', { articleId })).map((a) => a.glossaryEntryId)).toEqual([
      entry.id,
      entry.id,
    ]);
    await expect(dispatch(ctx, 'glossary.get', { id: source.glossaryEntryId! })).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('unites variants and terms to avoid, fills the target’s empty fields and reports conflicts', async () => {
    const ctx = testContext();
    const target = await dispatch(ctx, 'glossary.create', {
      label: 'place',
      frenchTerm: 'Pékin',
      frenchVariants: ['Beijing'],
      englishTerm: 'Beijing',
      englishAvoid: ['Peking'],
      decision: 'translate',
      status: 'approved',
    });
    const source = await dispatch(ctx, 'glossary.create', {
      label: 'organisation',
      frenchTerm: 'Peiping',
      frenchVariants: ['Beijing', 'Pei-p’ing'],
      englishTerm: 'Peiping',
      englishAvoid: ['Peking', 'Pekin'],
      decision: 'keep',
      note: 'Name used 1928–1949.',
      wikidataId: 'Q956',
    });
    const { entry, conflicts } = await dispatch(ctx, 'glossary.merge', {
      targetId: target.id,
      sourceId: source.id,
    });
    expect(entry).toMatchObject({
      label: 'place',
      frenchTerm: 'Pékin',
      frenchVariants: ['Beijing', 'Peiping', 'Pei-p’ing'],
      englishTerm: 'Beijing',
      englishAvoid: ['Peking', 'Pekin'],
      decision: 'translate',
      note: 'Name used 1928–1949.',
      wikidataId: 'Q956',
      status: 'approved',
    });
    expect(conflicts).toEqual([
      { field: 'label', kept: 'place', dropped: 'organisation' },
      { field: 'englishTerm', kept: 'Beijing', dropped: 'Peiping' },
      { field: 'decision', kept: 'translate', dropped: 'keep' },
      { field: 'status', kept: 'approved', dropped: 'draft' },
    ]);
  });

  it('gives the moved mentions the target’s label and keeps the source’s rejections', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, ['Orange et Orange.']);
    const target = await dispatch(ctx, 'glossary.create', { label: 'organisation', frenchTerm: 'Orange' });
    const mention = await dispatch(ctx, 'annotations.create', {
      articleId,
      start: 0,
      end: 6,
      kind: 'entity',
      label: 'place',
    });
    await dispatch(ctx, 'suggestions.reject', {
      articleId,
      start: 10,
      end: 16,
      entryId: mention.glossaryEntryId!,
    });
    await dispatch(ctx, 'suggestions.reject', { articleId, start: 10, end: 16, entryId: target.id });
    await dispatch(ctx, 'glossary.merge', { targetId: target.id, sourceId: mention.glossaryEntryId! });
    expect(await dispatch(ctx, 'annotations.list', { articleId })).toMatchObject([
      { label: 'organisation', glossaryEntryId: target.id },
    ]);
    expect(await dispatch(ctx, 'suggestions.list', { articleId })).toEqual([]);
  });

  it('refuses to merge an entry into itself or an unknown entry', async () => {
    const ctx = testContext();
    const entry = await dispatch(ctx, 'glossary.create', { label: 'place', frenchTerm: 'Pékin' });
    await expect(
      dispatch(ctx, 'glossary.merge', { targetId: entry.id, sourceId: entry.id }),
    ).rejects.toMatchObject({
      code: 'invalid_input',
    });
    await expect(dispatch(ctx, 'glossary.merge', { targetId: entry.id, sourceId: 99 })).rejects.toMatchObject(
      {
        code: 'not_found',
      },
    );
    expect(await dispatch(ctx, 'glossary.list', {})).toHaveLength(1);
  });
});

describe('glossary split', () => {
  it('moves the given mentions to a new entry named after the first, with the same label', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, ['Pékin, Beijing, Pékin et Beijing.']);
    const entry = await dispatch(ctx, 'glossary.create', {
      label: 'place',
      frenchTerm: 'Pékin',
      frenchVariants: ['Beijing'],
    });
    const mentions = await dispatch(ctx, 'suggestions.acceptAll', { articleId });
    const beijing = mentions.filter((mention) => mention.quote === 'Beijing');
    const split = await dispatch(ctx, 'glossary.split', {
      entryId: entry.id,
      annotationIds: beijing.map((m) => m.id),
    });
    expect(split).toMatchObject({
      label: 'place',
      frenchTerm: 'Beijing',
      mentionCount: 2,
      sourceArticleId: articleId,
      status: 'draft',
    });
    expect(await dispatch(ctx, 'glossary.get', { id: entry.id })).toMatchObject({
      frenchVariants: [],
      mentionCount: 2,
    });
    expect(
      (await dispatch(ctx, 'annotations.list', { articleId })).map(
        (a) => `${a.quote}:${a.glossaryEntryId === split.id ? 'new' : 'old'}`,
      ),
    ).toEqual(['Pékin:old', 'Beijing:new', 'Pékin:old', 'Beijing:new']);
    expect(await dispatch(ctx, 'suggestions.list', { articleId })).toEqual([]);
  });

  it('refuses annotations that are not mentions of the entry', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, ['Pékin et Alibaba.']);
    const pekin = await dispatch(ctx, 'annotations.create', {
      articleId,
      start: 0,
      end: 5,
      kind: 'entity',
      label: 'place',
    });
    const alibaba = await dispatch(ctx, 'annotations.create', {
      articleId,
      start: 9,
      end: 16,
      kind: 'entity',
      label: 'organisation',
    });
    await expect(
      dispatch(ctx, 'glossary.split', {
        entryId: pekin.glossaryEntryId!,
        annotationIds: [pekin.id, alibaba.id],
      }),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('(“Alibaba”) is not a mention of “Pékin”'),
    });
    await expect(
      dispatch(ctx, 'glossary.split', { entryId: pekin.glossaryEntryId!, annotationIds: [99] }),
    ).rejects.toMatchObject({
      code: 'not_found',
    });
    expect(await dispatch(ctx, 'glossary.list', {})).toHaveLength(2);
  });
});
