import { describe, expect, it } from 'vitest';
import { dispatch } from '../dispatch';
import { storeParagraphs, testContext } from '../testing/testContext';

const paragraph = 'Pékin a donné son feu vert au géant local DeepSeek.';

describe('annotations', () => {
  it('stores a span whose offsets slice the article text to the marked words', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, ['Titre', paragraph]);
    const { text } = await dispatch(ctx, 'articles.get', { id: articleId });
    const start = text.indexOf('DeepSeek');
    const annotation = await dispatch(ctx, 'annotations.create', {
      articleId,
      start,
      end: start + 'DeepSeek'.length,
      kind: 'entity',
      label: 'organisation',
    });
    expect(text.slice(annotation.start, annotation.end)).toBe('DeepSeek');
    expect(annotation.quote).toBe('DeepSeek');
    expect(annotation.prefix.endsWith('géant local ')).toBe(true);
    expect(annotation.suffix).toBe('.');
    expect(await dispatch(ctx, 'annotations.list', { articleId })).toEqual([annotation]);
    expect((await dispatch(ctx, 'articles.list', {}))[0]?.annotationCount).toBe(1);
  });

  it('links a second mention of the same term to the same glossary entry', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, ['Pékin et PEKIN.']);
    const first = await dispatch(ctx, 'annotations.create', {
      articleId,
      start: 0,
      end: 5,
      kind: 'entity',
      label: 'place',
    });
    const second = await dispatch(ctx, 'annotations.create', {
      articleId,
      start: 9,
      end: 14,
      kind: 'entity',
      label: 'place',
    });
    expect(second.glossaryEntryId).toBe(first.glossaryEntryId);
    const glossary = await dispatch(ctx, 'glossary.list', {});
    expect(glossary).toHaveLength(1);
    expect(glossary[0]).toMatchObject({
      frenchTerm: 'Pékin',
      label: 'place',
      mentionCount: 2,
      sourceArticleId: articleId,
    });
  });

  it('refuses a span outside the text or made of white space, storing nothing', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, ['Un texte.']);
    await expect(
      dispatch(ctx, 'annotations.create', { articleId, start: 3, end: 99, kind: 'entity', label: 'other' }),
    ).rejects.toMatchObject({ code: 'invalid_span' });
    await expect(
      dispatch(ctx, 'annotations.create', { articleId, start: 2, end: 3, kind: 'entity', label: 'other' }),
    ).rejects.toMatchObject({ code: 'invalid_span' });
    await expect(
      dispatch(ctx, 'annotations.create', {
        articleId: 999,
        start: 0,
        end: 2,
        kind: 'entity',
        label: 'other',
      }),
    ).rejects.toMatchObject({ code: 'not_found' });
    expect(await dispatch(ctx, 'annotations.list', { articleId })).toEqual([]);
    expect(await dispatch(ctx, 'glossary.list', {})).toEqual([]);
  });

  it('deletes an annotation and the untouched draft entry it created', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, [paragraph]);
    const annotation = await dispatch(ctx, 'annotations.create', {
      articleId,
      start: 0,
      end: 5,
      kind: 'entity',
      label: 'place',
    });
    await dispatch(ctx, 'annotations.delete', { id: annotation.id });
    expect(await dispatch(ctx, 'annotations.list', { articleId })).toEqual([]);
    expect(await dispatch(ctx, 'glossary.list', {})).toEqual([]);
  });

  it('keeps a glossary entry that has an English term when its last mention is deleted', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, [paragraph]);
    const annotation = await dispatch(ctx, 'annotations.create', {
      articleId,
      start: 0,
      end: 5,
      kind: 'entity',
      label: 'place',
    });
    await dispatch(ctx, 'glossary.update', { id: annotation.glossaryEntryId!, englishTerm: 'Beijing' });
    await dispatch(ctx, 'annotations.delete', { id: annotation.id });
    expect(await dispatch(ctx, 'glossary.list', {})).toMatchObject([
      { englishTerm: 'Beijing', mentionCount: 0 },
    ]);
  });

  it('answers not_found for an unknown annotation, and for the annotations of an unknown article', async () => {
    await expect(dispatch(testContext(), 'annotations.delete', { id: 42 })).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(dispatch(testContext(), 'annotations.list', { articleId: 42 })).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('links a mention to the entry whose French variant matches it, French-aware', async () => {
    const ctx = testContext();
    const entry = await dispatch(ctx, 'glossary.create', {
      label: 'place',
      frenchTerm: 'Pékin',
      frenchVariants: ['Beijing'],
    });
    const articleId = storeParagraphs(ctx, ['BEIJING.']);
    const mention = await dispatch(ctx, 'annotations.create', {
      articleId,
      start: 0,
      end: 7,
      kind: 'entity',
      label: 'place',
    });
    expect(mention.glossaryEntryId).toBe(entry.id);
  });

  it('does not link a mention to an entry of another label', async () => {
    const ctx = testContext();
    const entry = await dispatch(ctx, 'glossary.create', { label: 'organisation', frenchTerm: 'Orange' });
    const articleId = storeParagraphs(ctx, ['Orange.']);
    const mention = await dispatch(ctx, 'annotations.create', {
      articleId,
      start: 0,
      end: 6,
      kind: 'entity',
      label: 'place',
    });
    expect(mention.glossaryEntryId).not.toBe(entry.id);
    expect(await dispatch(ctx, 'glossary.get', { id: mention.glossaryEntryId! })).toMatchObject({
      label: 'place',
      frenchTerm: 'Orange',
    });
  });

  it('links to the entry given, or to a new entry when asked with null', async () => {
    const ctx = testContext();
    const entry = await dispatch(ctx, 'glossary.create', { label: 'place', frenchTerm: 'Pékin' });
    const articleId = storeParagraphs(ctx, ['Pékin et la capitale.']);
    const linked = await dispatch(ctx, 'annotations.create', {
      articleId,
      start: 12,
      end: 20,
      kind: 'entity',
      label: 'place',
      glossaryEntryId: entry.id,
    });
    expect(linked).toMatchObject({ quote: 'capitale', glossaryEntryId: entry.id });
    const separate = await dispatch(ctx, 'annotations.create', {
      articleId,
      start: 0,
      end: 5,
      kind: 'entity',
      label: 'place',
      glossaryEntryId: null,
    });
    expect(separate.glossaryEntryId).not.toBe(entry.id);
    expect(await dispatch(ctx, 'glossary.list', {})).toHaveLength(2);
    await expect(
      dispatch(ctx, 'annotations.create', {
        articleId,
        start: 0,
        end: 5,
        kind: 'entity',
        label: 'person',
        glossaryEntryId: 99,
      }),
    ).rejects.toMatchObject({ code: 'not_found' });
  });

  it('keeps the span a caller gives, but names a new entry without the elided article', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, ['Les actions d’Alibaba.']);
    const mention = await dispatch(ctx, 'annotations.create', {
      articleId,
      start: 12,
      end: 21,
      kind: 'entity',
      label: 'organisation',
    });
    expect(mention).toMatchObject({ start: 12, end: 21, quote: 'd’Alibaba' });
    expect(await dispatch(ctx, 'glossary.get', { id: mention.glossaryEntryId! })).toMatchObject({
      frenchTerm: 'Alibaba',
    });
  });

  it('refuses an unknown label and the same span marked twice with the same label', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, ['Pékin.']);
    await expect(
      dispatch(ctx, 'annotations.create', { articleId, start: 0, end: 5, kind: 'entity', label: 'planet' }),
    ).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringContaining('"planet"') });
    await dispatch(ctx, 'annotations.create', {
      articleId,
      start: 0,
      end: 5,
      kind: 'entity',
      label: 'place',
    });
    await expect(
      dispatch(ctx, 'annotations.create', { articleId, start: 0, end: 5, kind: 'entity', label: 'place' }),
    ).rejects.toMatchObject({
      code: 'invalid_span',
      message: expect.stringContaining('already marked as Place'),
    });
    expect(
      await dispatch(ctx, 'annotations.create', {
        articleId,
        start: 0,
        end: 5,
        kind: 'entity',
        label: 'person',
      }),
    ).toMatchObject({
      label: 'person',
    });
  });

  it('keeps nested and overlapping spans apart', async () => {
    const ctx = testContext();
    const text = 'La Banque de France à Paris.';
    const articleId = storeParagraphs(ctx, [text]);
    const bank = await dispatch(ctx, 'annotations.create', {
      articleId,
      start: 3,
      end: 19,
      kind: 'entity',
      label: 'organisation',
    });
    const france = await dispatch(ctx, 'annotations.create', {
      articleId,
      start: 13,
      end: 19,
      kind: 'entity',
      label: 'place',
    });
    expect(await dispatch(ctx, 'annotations.list', { articleId })).toEqual([bank, france]);
    await dispatch(ctx, 'annotations.delete', { id: france.id });
    expect(await dispatch(ctx, 'annotations.list', { articleId })).toEqual([bank]);
  });

  it('annotates all occurrences of a mention in its article, skipping spans already marked', async () => {
    const ctx = testContext();
    const text = 'Pékin, PEKIN, Pékinois, la Banque de Pékin et Pe\u0301kin.';
    const articleId = storeParagraphs(ctx, [text, 'Pékin encore.']);
    const first = await dispatch(ctx, 'annotations.create', {
      articleId,
      start: 0,
      end: 5,
      kind: 'entity',
      label: 'place',
    });
    const bank = text.indexOf('Pékin', 30);
    const existing = await dispatch(ctx, 'annotations.create', {
      articleId,
      start: bank,
      end: bank + 5,
      kind: 'entity',
      label: 'other',
    });
    const created = await dispatch(ctx, 'annotations.createAll', { annotationId: first.id });
    expect(created.map((a) => a.quote)).toEqual(['PEKIN', 'Pe\u0301kin', 'Pékin']);
    expect(created.every((a) => a.label === 'place' && a.glossaryEntryId === first.glossaryEntryId)).toBe(
      true,
    );
    expect((await dispatch(ctx, 'annotations.list', { articleId })).map((a) => a.id)).toContain(existing.id);
    expect(await dispatch(ctx, 'annotations.createAll', { annotationId: first.id })).toEqual([]);
  });

  it('relabels a mention: the entry follows when it was its only mention', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, ['Orange a gagné.']);
    const mention = await dispatch(ctx, 'annotations.create', {
      articleId,
      start: 0,
      end: 6,
      kind: 'entity',
      label: 'place',
    });
    await dispatch(ctx, 'glossary.update', { id: mention.glossaryEntryId!, englishTerm: 'Orange' });
    const relabelled = await dispatch(ctx, 'annotations.update', { id: mention.id, label: 'organisation' });
    expect(relabelled).toMatchObject({ label: 'organisation', glossaryEntryId: mention.glossaryEntryId });
    expect(await dispatch(ctx, 'glossary.list', {})).toMatchObject([
      { label: 'organisation', englishTerm: 'Orange' },
    ]);
  });

  it('relabels a mention into the matching entry of the new label, or a new one when others share the old', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, ['Orange et Orange, Orange.']);
    const company = await dispatch(ctx, 'glossary.create', { label: 'organisation', frenchTerm: 'Orange' });
    const first = await dispatch(ctx, 'annotations.create', {
      articleId,
      start: 0,
      end: 6,
      kind: 'entity',
      label: 'place',
    });
    const second = await dispatch(ctx, 'annotations.create', {
      articleId,
      start: 10,
      end: 16,
      kind: 'entity',
      label: 'place',
    });
    await dispatch(ctx, 'annotations.create', {
      articleId,
      start: 18,
      end: 24,
      kind: 'entity',
      label: 'place',
    });
    expect(
      (await dispatch(ctx, 'annotations.update', { id: first.id, label: 'organisation' })).glossaryEntryId,
    ).toBe(company.id);
    await dispatch(ctx, 'glossary.delete', { id: company.id });
    const moved = await dispatch(ctx, 'annotations.update', { id: second.id, label: 'event' });
    expect(moved.glossaryEntryId).not.toBe(second.glossaryEntryId);
    expect(await dispatch(ctx, 'glossary.get', { id: moved.glossaryEntryId! })).toMatchObject({
      label: 'event',
      frenchTerm: 'Orange',
    });
  });

  it('links a mention to a new entry named by its words, with its label, in one step', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, ['Pékin et la capitale d’Alibaba.']);
    const pekin = await dispatch(ctx, 'glossary.create', {
      label: 'place',
      frenchTerm: 'Pékin',
      englishTerm: 'Beijing',
    });
    const mention = await dispatch(ctx, 'annotations.create', {
      articleId,
      start: 12,
      end: 20,
      kind: 'entity',
      label: 'place',
      glossaryEntryId: pekin.id,
    });
    const relinked = await dispatch(ctx, 'annotations.update', { id: mention.id, newEntry: true });
    expect(relinked).toMatchObject({ id: mention.id, label: 'place', start: 12, end: 20 });
    expect(relinked.glossaryEntryId).not.toBe(pekin.id);
    expect(await dispatch(ctx, 'glossary.get', { id: relinked.glossaryEntryId! })).toMatchObject({
      label: 'place',
      frenchTerm: 'capitale',
      englishTerm: '',
      status: 'draft',
      mentionCount: 1,
    });
    // The entry it left, which has an English term, is kept.
    expect((await dispatch(ctx, 'glossary.list', {})).map((entry) => entry.frenchTerm).sort()).toEqual([
      'Pékin',
      'capitale',
    ]);
    const history = await dispatch(ctx, 'history.state', {});
    expect(history.undoMessage).toEqual({ key: 'history.step.linkNew', params: { quote: 'capitale' } });

    // A new label given with it is the new entry's label; an elided article is left out of its term.
    const alibaba = await dispatch(ctx, 'annotations.create', {
      articleId,
      start: 21,
      end: 30,
      kind: 'entity',
      label: 'other',
    });
    const draft = alibaba.glossaryEntryId!;
    const moved = await dispatch(ctx, 'annotations.update', {
      id: alibaba.id,
      label: 'organisation',
      newEntry: true,
    });
    expect(moved.label).toBe('organisation');
    expect(moved.glossaryEntryId).not.toBe(draft);
    expect(await dispatch(ctx, 'glossary.get', { id: moved.glossaryEntryId! })).toMatchObject({
      label: 'organisation',
      frenchTerm: 'Alibaba',
    });
    // The untouched draft the mention was made with has no mention left and goes.
    await expect(dispatch(ctx, 'glossary.get', { id: draft })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('refuses a new entry and an entry to link to asked together, changing nothing', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, ['Pékin.']);
    const mention = await dispatch(ctx, 'annotations.create', {
      articleId,
      start: 0,
      end: 5,
      kind: 'entity',
      label: 'place',
    });
    const entries = await dispatch(ctx, 'glossary.list', {});
    for (const glossaryEntryId of [mention.glossaryEntryId!, null]) {
      await expect(
        dispatch(ctx, 'annotations.update', { id: mention.id, newEntry: true, glossaryEntryId }),
      ).rejects.toMatchObject({
        code: 'invalid_input',
        message: expect.stringMatching(/newEntry.*glossaryEntryId|glossaryEntryId.*newEntry/),
      });
    }
    await expect(
      dispatch(ctx, 'annotations.update', { id: mention.id, newEntry: false }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    expect(await dispatch(ctx, 'annotations.list', { articleId })).toEqual([mention]);
    expect(await dispatch(ctx, 'glossary.list', {})).toEqual(entries);
  });

  it('relinks a mention to another entry, taking its label, or unlinks it', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, ['la capitale chinoise']);
    const pekin = await dispatch(ctx, 'glossary.create', { label: 'place', frenchTerm: 'Pékin' });
    const mention = await dispatch(ctx, 'annotations.create', {
      articleId,
      start: 3,
      end: 11,
      kind: 'entity',
      label: 'other',
    });
    const linked = await dispatch(ctx, 'annotations.update', { id: mention.id, glossaryEntryId: pekin.id });
    expect(linked).toMatchObject({ label: 'place', glossaryEntryId: pekin.id });
    // The draft entry made for "capitale" had nothing else and is gone.
    expect((await dispatch(ctx, 'glossary.list', {})).map((e) => e.frenchTerm)).toEqual(['Pékin']);
    expect(
      await dispatch(ctx, 'annotations.update', { id: mention.id, glossaryEntryId: null }),
    ).toMatchObject({
      label: 'place',
      glossaryEntryId: null,
    });
    await expect(dispatch(ctx, 'annotations.update', { id: 99, label: 'place' })).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(
      dispatch(ctx, 'annotations.update', { id: mention.id, label: 'planet' }),
    ).rejects.toMatchObject({
      code: 'invalid_input',
    });
  });
});
