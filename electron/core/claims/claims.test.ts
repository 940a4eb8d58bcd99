import { describe, expect, it } from 'vitest';
import { dispatch } from '../dispatch';
import { storeParagraphs, testContext } from '../testing/testContext';
import type { CoreContext } from '../coreContext';

const huang =
  'Jensen Huang, CEO de NVIDIA, a d’ailleurs indiqué que son entreprise n’avait pas encore reçu de ' +
  'commandes fermes, et estime que « les licences sont toujours en cours de finalisation du côté chinois ».';
const gpus =
  'Selon plusieurs informations concordantes, Pékin a donné son feu vert. Au total, jusqu’à 400 000 GPU ' +
  'pourraient être concernés.';

async function spanOf(ctx: CoreContext, articleId: number, words: string) {
  const { text } = await dispatch(ctx, 'articles.get', { id: articleId });
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`“${words}” is not in the text`);
  return { articleId, start, end: start + words.length };
}

async function markPerson(ctx: CoreContext, articleId: number, words: string) {
  return dispatch(ctx, 'annotations.create', {
    ...(await spanOf(ctx, articleId, words)),
    kind: 'entity',
    label: 'person',
  });
}

// A claim naming one marked person: "Jensen Huang a vendu ses puces".
async function huangSoldChips() {
  const ctx = testContext();
  const articleId = storeParagraphs(ctx, ['Selon la presse, Jensen Huang a vendu ses puces.']);
  const person = await markPerson(ctx, articleId, 'Jensen Huang');
  const claim = await dispatch(
    ctx,
    'claims.create',
    await spanOf(ctx, articleId, 'Jensen Huang a vendu ses puces'),
  );
  return { ctx, person, claim };
}

describe('claims', () => {
  it('marks a passage as a claim exactly as given, elision kept, with no label or glossary entry', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, [gpus]);
    const claim = await dispatch(
      ctx,
      'claims.create',
      await spanOf(ctx, articleId, 'jusqu’à 400 000 GPU pourraient être concernés'),
    );
    expect(claim).toMatchObject({
      quote: 'jusqu’à 400 000 GPU pourraient être concernés',
      verdict: 'unverified',
      englishText: '',
      evidence: [],
      articleTitle: 'Test',
    });
    const [annotation] = await dispatch(ctx, 'annotations.list', { articleId });
    expect(annotation).toMatchObject({
      id: claim.annotationId,
      kind: 'claim',
      label: 'CLAIM',
      glossaryEntryId: null,
    });
    expect(await dispatch(ctx, 'glossary.list', {})).toEqual([]);
    expect(await dispatch(ctx, 'claims.get', { annotationId: claim.annotationId })).toEqual(claim);
  });

  it('takes the unnamed source of a "Selon …" opening the paragraph as the claimant', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, [gpus]);
    const claim = await dispatch(
      ctx,
      'claims.create',
      await spanOf(ctx, articleId, '400 000 GPU pourraient être concernés'),
    );
    expect(claim.claimant).toEqual({
      kind: 'unattributed',
      description: 'plusieurs informations concordantes',
    });
  });

  it('prefills the one person the claim contains', async () => {
    const { person, claim } = await huangSoldChips();
    expect(claim.claimant).toMatchObject({
      kind: 'entry',
      entryId: person.glossaryEntryId,
      frenchTerm: 'Jensen Huang',
    });
  });

  it('prefills the person an attribution names, from the marked mention or from the glossary', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, [huang]);
    const quote = 'les licences sont toujours en cours de finalisation du côté chinois';
    const person = await markPerson(ctx, articleId, 'Jensen Huang');
    const claim = await dispatch(ctx, 'claims.create', await spanOf(ctx, articleId, quote));
    expect(claim.claimant).toMatchObject({ kind: 'entry', entryId: person.glossaryEntryId });

    const other = storeParagraphs(ctx, [huang], 'Another');
    const again = await dispatch(ctx, 'claims.create', await spanOf(ctx, other, quote));
    expect(again.claimant).toMatchObject({ kind: 'entry', entryId: person.glossaryEntryId });
  });

  it('dates a claim as its article, and leaves a claim with no attribution without claimant', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, ['Les prix ont doublé en un an.']);
    await dispatch(ctx, 'articles.update', { id: articleId, publishedAt: '2026-01-30T08:00:00+01:00' });
    const claim = await dispatch(
      ctx,
      'claims.create',
      await spanOf(ctx, articleId, 'Les prix ont doublé en un an'),
    );
    expect(claim.claimDate).toBe('2026-01-30');
    expect(claim.claimant).toEqual({ kind: 'none' });
  });

  it('refuses the same passage marked as a claim twice, and a claim given a label', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, [gpus]);
    const span = await spanOf(ctx, articleId, 'Pékin a donné son feu vert');
    const claim = await dispatch(ctx, 'claims.create', span);
    await expect(dispatch(ctx, 'claims.create', span)).rejects.toMatchObject({ code: 'invalid_span' });
    await expect(
      dispatch(ctx, 'annotations.update', { id: claim.annotationId, label: 'person' }),
    ).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/is a claim/) });
    await expect(
      dispatch(ctx, 'annotations.createAll', { annotationId: claim.annotationId }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    // The same words may still be an entity, and another claim may overlap this one.
    await markPerson(ctx, articleId, 'Pékin');
    await dispatch(ctx, 'claims.create', await spanOf(ctx, articleId, 'donné son feu vert'));
    expect(await dispatch(ctx, 'annotations.list', { articleId })).toHaveLength(3);
  });

  it('records every field of a review, each edit one undo step that undo and redo walk', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, [gpus]);
    const claim = await dispatch(ctx, 'claims.create', await spanOf(ctx, articleId, '400 000 GPU'));
    const reviewed = await dispatch(ctx, 'claims.update', {
      annotationId: claim.annotationId,
      claimant: { kind: 'unattributed', description: 'un responsable du secteur' },
      englishText: 'Up to 400,000 GPUs could be affected',
      reviewSummary: 'Reuters counted 400,000.',
      evidence: [{ url: 'https://example.org/reuters', title: 'Reuters', note: 'the count' }],
      reviewer: 'Camille',
      reviewDate: '2026-02-01',
      factCheckUrl: 'https://example.org/check/1',
    });
    expect(reviewed).toMatchObject({
      claimant: { kind: 'unattributed', description: 'un responsable du secteur' },
      englishText: 'Up to 400,000 GPUs could be affected',
      evidence: [{ url: 'https://example.org/reuters', title: 'Reuters', note: 'the count' }],
      reviewer: 'Camille',
      reviewDate: '2026-02-01',
    });
    await dispatch(ctx, 'claims.update', { annotationId: claim.annotationId, verdict: 'mostly-true' });
    const state = await dispatch(ctx, 'history.state', {});
    expect(state.undoMessage).toEqual({ key: 'history.step.setVerdict', params: { quote: '400 000 GPU' } });

    await dispatch(ctx, 'history.undo', {});
    expect(await dispatch(ctx, 'claims.get', { annotationId: claim.annotationId })).toMatchObject({
      verdict: 'unverified',
      reviewer: 'Camille',
    });
    await dispatch(ctx, 'history.undo', {});
    expect(await dispatch(ctx, 'claims.get', { annotationId: claim.annotationId })).toMatchObject({
      reviewer: '',
      evidence: [],
    });
    await dispatch(ctx, 'history.redo', {});
    await dispatch(ctx, 'history.redo', {});
    expect(await dispatch(ctx, 'claims.get', { annotationId: claim.annotationId })).toMatchObject({
      verdict: 'mostly-true',
      reviewer: 'Camille',
    });
  });

  it('refuses a claimant that is not a person or an organisation, and evidence that is not http(s)', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, [gpus]);
    const place = await dispatch(ctx, 'annotations.create', {
      ...(await spanOf(ctx, articleId, 'Pékin')),
      kind: 'entity',
      label: 'place',
    });
    const claim = await dispatch(ctx, 'claims.create', await spanOf(ctx, articleId, '400 000 GPU'));
    await expect(
      dispatch(ctx, 'claims.update', {
        annotationId: claim.annotationId,
        claimant: { kind: 'entry', entryId: place.glossaryEntryId ?? 0 },
      }),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/not a person or an organisation/),
    });
    await expect(
      dispatch(ctx, 'claims.update', {
        annotationId: claim.annotationId,
        evidence: [{ url: 'javascript:alert(1)', title: 'x', note: '' }],
      }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    expect(await dispatch(ctx, 'claims.get', { annotationId: claim.annotationId })).toEqual(claim);
  });

  it('names the claim’s article in the undo and redo of a claim edit, so views of it reload', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, [gpus]);
    const claim = await dispatch(ctx, 'claims.create', await spanOf(ctx, articleId, '400 000 GPU'));
    await dispatch(ctx, 'claims.update', { annotationId: claim.annotationId, verdict: 'mixed' });
    expect((await dispatch(ctx, 'history.undo', {})).articleIds).toEqual([articleId]);
    expect((await dispatch(ctx, 'history.redo', {})).articleIds).toEqual([articleId]);
  });

  it('deletes a claim with its annotation, and undo brings both back', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, [gpus]);
    const claim = await dispatch(ctx, 'claims.create', await spanOf(ctx, articleId, '400 000 GPU'));
    await dispatch(ctx, 'claims.update', { annotationId: claim.annotationId, verdict: 'true' });
    await dispatch(ctx, 'annotations.delete', { id: claim.annotationId });
    await expect(dispatch(ctx, 'claims.get', { annotationId: claim.annotationId })).rejects.toMatchObject({
      code: 'not_found',
    });
    await dispatch(ctx, 'history.undo', {});
    expect(await dispatch(ctx, 'claims.get', { annotationId: claim.annotationId })).toMatchObject({
      verdict: 'true',
    });
    await dispatch(ctx, 'history.redo', {});
    expect(await dispatch(ctx, 'claims.list', {})).toEqual([]);
  });

  it('unsets the claimant when its glossary entry is deleted', async () => {
    const { ctx, person, claim } = await huangSoldChips();
    await dispatch(ctx, 'glossary.delete', { id: person.glossaryEntryId ?? 0 });
    expect((await dispatch(ctx, 'claims.get', { annotationId: claim.annotationId })).claimant).toEqual({
      kind: 'none',
    });
  });

  it('lists the workspace’s claims by verdict, claimant, article, date and words in either language', async () => {
    const ctx = testContext();
    const first = storeParagraphs(ctx, ['Selon la presse, Jensen Huang a vendu 400 000 puces.'], 'Puces');
    const second = storeParagraphs(ctx, ['Les prix de l’électricité ont doublé en un an.'], 'Prix');
    const person = await markPerson(ctx, first, 'Jensen Huang');
    const chips = await dispatch(
      ctx,
      'claims.create',
      await spanOf(ctx, first, 'Jensen Huang a vendu 400 000 puces'),
    );
    const prices = await dispatch(
      ctx,
      'claims.create',
      await spanOf(ctx, second, 'Les prix de l’électricité ont doublé'),
    );
    await dispatch(ctx, 'claims.update', {
      annotationId: prices.annotationId,
      verdict: 'false',
      englishText: 'Electricity prices have doubled',
      claimDate: '2025-12-01',
    });
    await dispatch(ctx, 'claims.update', { annotationId: chips.annotationId, claimDate: '2026-01-30' });
    const ids = (claims: readonly { annotationId: number }[]) => claims.map((claim) => claim.annotationId);

    expect(ids(await dispatch(ctx, 'claims.list', {}))).toEqual([chips.annotationId, prices.annotationId]);
    expect(ids(await dispatch(ctx, 'claims.list', { verdicts: ['false'] }))).toEqual([prices.annotationId]);
    expect(ids(await dispatch(ctx, 'claims.list', { claimantEntryId: person.glossaryEntryId ?? 0 }))).toEqual(
      [chips.annotationId],
    );
    expect(ids(await dispatch(ctx, 'claims.list', { articleId: second }))).toEqual([prices.annotationId]);
    expect(ids(await dispatch(ctx, 'claims.list', { from: '2026-01-01' }))).toEqual([chips.annotationId]);
    expect(ids(await dispatch(ctx, 'claims.list', { to: '2025-12-31' }))).toEqual([prices.annotationId]);
    expect(ids(await dispatch(ctx, 'claims.list', { query: 'ELECTRICITE' }))).toEqual([prices.annotationId]);
    expect(ids(await dispatch(ctx, 'claims.list', { query: 'prices have' }))).toEqual([prices.annotationId]);
    expect(ids(await dispatch(ctx, 'claims.list', { sort: 'verdict' }))).toEqual([
      prices.annotationId,
      chips.annotationId,
    ]);
    expect(ids(await dispatch(ctx, 'claims.list', { sort: 'date' }))).toEqual([
      chips.annotationId,
      prices.annotationId,
    ]);
  });
});
