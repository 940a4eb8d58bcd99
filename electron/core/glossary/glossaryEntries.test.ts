import { describe, expect, it } from 'vitest';
import { dispatch } from '../dispatch';
import { storeParagraphs, testContext } from '../testing/testContext';

describe('glossary', () => {
  it('creates, updates and lists entries', async () => {
    const ctx = testContext();
    const entry = await dispatch(ctx, 'glossary.create', { label: 'place', frenchTerm: '  Pékin ' });
    expect(entry).toMatchObject({ frenchTerm: 'Pékin', englishTerm: '', status: 'draft', mentionCount: 0 });
    const updated = await dispatch(ctx, 'glossary.update', {
      id: entry.id,
      englishTerm: 'Beijing',
      status: 'approved',
    });
    expect(updated).toMatchObject({ frenchTerm: 'Pékin', englishTerm: 'Beijing', status: 'approved' });
    expect(await dispatch(ctx, 'glossary.list', {})).toEqual([updated]);
  });

  it('rejects invalid input with a specific message and changes nothing', async () => {
    const ctx = testContext();
    await expect(
      dispatch(ctx, 'glossary.create', { label: 'planet', frenchTerm: 'Mars' }),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('label'),
    });
    await expect(dispatch(ctx, 'glossary.update', { id: 7, englishTerm: 'x' })).rejects.toMatchObject({
      code: 'not_found',
    });
    expect(await dispatch(ctx, 'glossary.list', {})).toEqual([]);
  });

  it('stores every field of an entry, with its provenance', async () => {
    const ctx = testContext();
    const created = await dispatch(ctx, 'glossary.create', {
      label: 'place',
      frenchTerm: 'Pékin',
      frenchVariants: ['Pekin', ' PÉKIN ', 'Beijing', 'Beijing'],
      englishTerm: 'Beijing',
      englishAvoid: ['Peking'],
      decision: 'translate',
      note: 'Capital of China.',
      wikidataId: 'Q956',
      status: 'approved',
    });
    expect(created).toMatchObject({
      frenchTerm: 'Pékin',
      frenchVariants: ['Pekin', 'PÉKIN', 'Beijing'],
      englishAvoid: ['Peking'],
      decision: 'translate',
      wikidataId: 'Q956',
      status: 'approved',
      sourceArticleId: null,
      mentionCount: 0,
      articleCount: 0,
    });
    expect(created.createdAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(await dispatch(ctx, 'glossary.get', { id: created.id })).toEqual(created);
    const updated = await dispatch(ctx, 'glossary.update', {
      id: created.id,
      decision: 'gloss',
      englishAvoid: [],
      wikidataId: '',
    });
    expect(updated).toMatchObject({
      decision: 'gloss',
      englishAvoid: [],
      wikidataId: '',
      frenchVariants: ['Pekin', 'PÉKIN', 'Beijing'],
    });
  });

  it('refuses a Wikidata id that is not Q and digits, and an English term that is also to be avoided', async () => {
    const ctx = testContext();
    await expect(
      dispatch(ctx, 'glossary.create', { label: 'place', frenchTerm: 'Pékin', wikidataId: 'P956' }),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('Wikidata'),
    });
    await expect(
      dispatch(ctx, 'glossary.create', {
        label: 'place',
        frenchTerm: 'Pékin',
        englishTerm: 'Beijing',
        englishAvoid: ['beijing'],
      }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    expect(await dispatch(ctx, 'glossary.list', {})).toEqual([]);
  });

  it('records the article an entry was first marked in and counts its mentions and articles', async () => {
    const ctx = testContext();
    const first = storeParagraphs(ctx, ['Pékin et Pékin.']);
    const second = storeParagraphs(ctx, ['Pékin.']);
    const mention = await dispatch(ctx, 'annotations.create', {
      articleId: first,
      start: 0,
      end: 5,
      kind: 'entity',
      label: 'place',
    });
    await dispatch(ctx, 'annotations.createAll', { annotationId: mention.id });
    await dispatch(ctx, 'annotations.create', {
      articleId: second,
      start: 0,
      end: 5,
      kind: 'entity',
      label: 'place',
    });
    expect(await dispatch(ctx, 'glossary.get', { id: mention.glossaryEntryId! })).toMatchObject({
      sourceArticleId: first,
      mentionCount: 3,
      articleCount: 2,
    });
  });

  it('searches the French term, variants and English term, folded', async () => {
    const ctx = testContext();
    await dispatch(ctx, 'glossary.create', {
      label: 'place',
      frenchTerm: 'Pékin',
      frenchVariants: ['Beijing'],
      englishTerm: 'Beijing',
    });
    await dispatch(ctx, 'glossary.create', {
      label: 'organisation',
      frenchTerm: 'Élysée',
      englishTerm: 'Élysée Palace',
    });
    await dispatch(ctx, 'glossary.create', {
      label: 'person',
      frenchTerm: 'Xi Jinping',
      englishTerm: 'Xi Jinping',
      status: 'approved',
    });
    const terms = async (input: Parameters<typeof dispatch<'glossary.list'>>[2]) =>
      (await dispatch(ctx, 'glossary.list', input)).map((entry) => entry.frenchTerm);
    expect(await terms({ query: 'PEK' })).toEqual(['Pékin']);
    expect(await terms({ query: 'beij' })).toEqual(['Pékin']);
    expect(await terms({ query: 'elysee' })).toEqual(['Élysée']);
    expect(await terms({ query: 'palace' })).toEqual(['Élysée']);
    expect(await terms({ query: 'xi\u00a0jin' })).toEqual(['Xi Jinping']);
    expect(await terms({ label: 'place' })).toEqual(['Pékin']);
    expect(await terms({ status: 'approved' })).toEqual(['Xi Jinping']);
    expect(await terms({ label: 'unknown' })).toEqual([]);
  });

  it('sorts by French term, English term, mentions, articles or last change', async () => {
    let clock = Date.parse('2025-01-01T00:00:00Z');
    const ctx = { ...testContext(), now: () => new Date((clock += 1000)) };
    const articleId = storeParagraphs(ctx, ['Zurich, Zurich et Amiens.']);
    const zurich = await dispatch(ctx, 'annotations.create', {
      articleId,
      start: 0,
      end: 6,
      kind: 'entity',
      label: 'place',
    });
    await dispatch(ctx, 'annotations.createAll', { annotationId: zurich.id });
    await dispatch(ctx, 'annotations.create', {
      articleId,
      start: 18,
      end: 24,
      kind: 'entity',
      label: 'place',
    });
    await dispatch(ctx, 'glossary.create', { label: 'place', frenchTerm: 'Évreux', englishTerm: 'Evreux' });
    await dispatch(ctx, 'glossary.update', { id: zurich.glossaryEntryId!, englishTerm: 'Zurich' });
    const sorted = async (sort: 'frenchTerm' | 'englishTerm' | 'mentions' | 'articles' | 'updated') =>
      (await dispatch(ctx, 'glossary.list', { sort })).map((entry) => entry.frenchTerm);
    expect(await sorted('frenchTerm')).toEqual(['Amiens', 'Évreux', 'Zurich']);
    expect(await sorted('englishTerm')).toEqual(['Évreux', 'Zurich', 'Amiens']);
    expect(await sorted('mentions')).toEqual(['Zurich', 'Amiens', 'Évreux']);
    expect(await sorted('articles')).toEqual(['Zurich', 'Amiens', 'Évreux']);
    expect(await sorted('updated')).toEqual(['Zurich', 'Évreux', 'Amiens']);
  });

  it('gives the new label to an entry’s mentions when the entry is relabelled', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, ['Orange a gagné.']);
    const mention = await dispatch(ctx, 'annotations.create', {
      articleId,
      start: 0,
      end: 6,
      kind: 'entity',
      label: 'place',
    });
    await dispatch(ctx, 'glossary.update', { id: mention.glossaryEntryId!, label: 'organisation' });
    expect(await dispatch(ctx, 'annotations.list', { articleId })).toMatchObject([{ label: 'organisation' }]);
  });

  it('deletes an entry, leaving its mentions as unlinked entities, and says how many', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, ['Pékin et Pékin.']);
    const mention = await dispatch(ctx, 'annotations.create', {
      articleId,
      start: 0,
      end: 5,
      kind: 'entity',
      label: 'place',
    });
    await dispatch(ctx, 'annotations.createAll', { annotationId: mention.id });
    expect(await dispatch(ctx, 'glossary.delete', { id: mention.glossaryEntryId! })).toEqual({
      deleted: mention.glossaryEntryId,
      unlinkedMentions: 2,
    });
    expect(await dispatch(ctx, 'annotations.list', { articleId })).toMatchObject([
      { label: 'place', glossaryEntryId: null },
      { label: 'place', glossaryEntryId: null },
    ]);
    expect(await dispatch(ctx, 'glossary.list', {})).toEqual([]);
    await expect(dispatch(ctx, 'glossary.delete', { id: mention.glossaryEntryId! })).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});
