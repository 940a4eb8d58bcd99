import { describe, expect, it } from 'vitest';
import type { CoreContext } from '../coreContext';
import { dispatch } from '../dispatch';
import { storeParagraphs, testContext } from '../testing/testContext';
import { labelKey } from './labels';

async function labelId(ctx: CoreContext, key: string): Promise<number> {
  const label = (await dispatch(ctx, 'labels.list', {})).find((candidate) => candidate.key === key);
  if (!label) throw new Error(`no label ${key}`);
  return label.id;
}

describe('labels', () => {
  it('start with the six default labels in English and French, with colours and shortcuts 1–6', async () => {
    const labels = await dispatch(testContext(), 'labels.list', {});
    expect(labels.map((label) => [label.key, label.nameEn, label.nameFr, label.shortcut])).toEqual([
      ['person', 'Person', 'Personne', '1'],
      ['organisation', 'Organisation', 'Organisation', '2'],
      ['place', 'Place', 'Lieu', '3'],
      ['product', 'Product', 'Produit', '4'],
      ['event', 'Event', 'Événement', '5'],
      ['other', 'Other', 'Autre', '6'],
    ]);
    expect(labels[0]).toMatchObject({ colour: '#f4a261', position: 0 });
  });

  it('make a key from the English name', () => {
    expect(labelKey('Legal case')).toBe('legal-case');
    expect(labelKey('  Événement sportif! ')).toBe('evenement-sportif');
  });

  it('create a label at the end with a unique key and the first free shortcut', async () => {
    const ctx = testContext();
    const law = await dispatch(ctx, 'labels.create', { nameEn: 'Law', nameFr: 'Loi', colour: '#AABBCC' });
    expect(law).toMatchObject({ key: 'law', shortcut: '7', colour: '#aabbcc', position: 6 });
    const laws = await dispatch(ctx, 'labels.create', {
      nameEn: 'LAW!',
      nameFr: 'Lois',
      colour: '#aabbcc',
      shortcut: null,
    });
    expect(laws).toMatchObject({ key: 'law-2', shortcut: null });
    expect((await dispatch(ctx, 'labels.list', {})).at(-1)?.key).toBe('law-2');
  });

  it('refuse a shortcut or an English name another label already has', async () => {
    const ctx = testContext();
    await expect(
      dispatch(ctx, 'labels.create', { nameEn: 'Law', nameFr: 'Loi', colour: '#aabbcc', shortcut: '3' }),
    ).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringContaining('“Place”') });
    await expect(
      dispatch(ctx, 'labels.create', { nameEn: 'place', nameFr: 'Lieu', colour: '#aabbcc' }),
    ).rejects.toMatchObject({
      code: 'invalid_input',
    });
    const person = await labelId(ctx, 'person');
    await expect(dispatch(ctx, 'labels.update', { id: person, shortcut: '2' })).rejects.toMatchObject({
      code: 'invalid_input',
    });
    expect(
      await dispatch(ctx, 'labels.update', { id: person, shortcut: '1', nameFr: 'Personnalité' }),
    ).toMatchObject({
      shortcut: '1',
      nameFr: 'Personnalité',
    });
  });

  it('rename and recolour a label without changing its key', async () => {
    const ctx = testContext();
    const place = await labelId(ctx, 'place');
    expect(
      await dispatch(ctx, 'labels.update', { id: place, nameEn: 'Location', colour: '#000000' }),
    ).toMatchObject({
      key: 'place',
      nameEn: 'Location',
      nameFr: 'Lieu',
      colour: '#000000',
    });
  });

  it('reorder the labels, refusing an order that leaves one out', async () => {
    const ctx = testContext();
    const ids = (await dispatch(ctx, 'labels.list', {})).map((label) => label.id);
    const reversed = await dispatch(ctx, 'labels.reorder', { ids: [...ids].reverse() });
    expect(reversed.map((label) => label.key)).toEqual([
      'other',
      'event',
      'product',
      'place',
      'organisation',
      'person',
    ]);
    await expect(dispatch(ctx, 'labels.reorder', { ids: ids.slice(1) })).rejects.toMatchObject({
      code: 'invalid_input',
    });
    await expect(dispatch(ctx, 'labels.reorder', { ids: [...ids, 99] })).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('delete a label with its annotations and glossary entries', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, ['Pékin et Alibaba.']);
    await dispatch(ctx, 'annotations.create', {
      articleId,
      start: 0,
      end: 5,
      kind: 'entity',
      label: 'place',
    });
    await dispatch(ctx, 'annotations.create', {
      articleId,
      start: 9,
      end: 16,
      kind: 'entity',
      label: 'organisation',
    });
    const result = await dispatch(ctx, 'labels.delete', {
      id: await labelId(ctx, 'place'),
      annotations: 'delete',
    });
    expect(result).toMatchObject({ annotationsDeleted: 1, annotationsMoved: 0 });
    expect((await dispatch(ctx, 'annotations.list', { articleId })).map((a) => a.label)).toEqual([
      'organisation',
    ]);
    expect((await dispatch(ctx, 'glossary.list', {})).map((e) => e.frenchTerm)).toEqual(['Alibaba']);
    expect((await dispatch(ctx, 'labels.list', {})).map((label) => label.key)).not.toContain('place');
  });

  it('delete a label moving its annotations and entries to another label', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, ['Pékin et Pékin.']);
    await dispatch(ctx, 'annotations.create', {
      articleId,
      start: 0,
      end: 5,
      kind: 'entity',
      label: 'place',
    });
    await dispatch(ctx, 'annotations.create', {
      articleId,
      start: 9,
      end: 14,
      kind: 'entity',
      label: 'place',
    });
    const result = await dispatch(ctx, 'labels.delete', {
      id: await labelId(ctx, 'place'),
      annotations: 'reassign',
      reassignTo: await labelId(ctx, 'other'),
    });
    expect(result).toMatchObject({ annotationsDeleted: 0, annotationsMoved: 2 });
    expect((await dispatch(ctx, 'annotations.list', { articleId })).map((a) => a.label)).toEqual([
      'other',
      'other',
    ]);
    expect(await dispatch(ctx, 'glossary.list', {})).toMatchObject([
      { frenchTerm: 'Pékin', label: 'other', mentionCount: 2 },
    ]);
  });

  it('refuse to reassign to the label itself or to nothing, and to delete the last label', async () => {
    const ctx = testContext();
    const place = await labelId(ctx, 'place');
    await expect(
      dispatch(ctx, 'labels.delete', { id: place, annotations: 'reassign' }),
    ).rejects.toMatchObject({
      code: 'invalid_input',
    });
    await expect(
      dispatch(ctx, 'labels.delete', { id: place, annotations: 'reassign', reassignTo: place }),
    ).rejects.toMatchObject({
      code: 'invalid_input',
    });
    await expect(dispatch(ctx, 'labels.delete', { id: 99, annotations: 'delete' })).rejects.toMatchObject({
      code: 'not_found',
    });
    for (const label of (await dispatch(ctx, 'labels.list', {})).slice(1)) {
      await dispatch(ctx, 'labels.delete', { id: label.id, annotations: 'delete' });
    }
    const [last] = await dispatch(ctx, 'labels.list', {});
    await expect(
      dispatch(ctx, 'labels.delete', { id: last!.id, annotations: 'delete' }),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      message: 'A workspace keeps at least one label.',
    });
  });

  it('are what annotations and entries are checked against', async () => {
    const ctx = testContext();
    await dispatch(ctx, 'labels.create', { nameEn: 'Law', nameFr: 'Loi', colour: '#123456' });
    expect(await dispatch(ctx, 'glossary.create', { label: 'law', frenchTerm: 'loi Evin' })).toMatchObject({
      label: 'law',
    });
    await expect(
      dispatch(ctx, 'glossary.create', { label: 'planet', frenchTerm: 'Mars' }),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('no label "planet"'),
    });
  });
});
