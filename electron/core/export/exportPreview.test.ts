import { describe, expect, it } from 'vitest';
import { dispatch } from '../dispatch';
import type { CoreContext } from '../coreContext';
import { storeParagraphs, testContext } from '../testing/testContext';

// Two articles, Pékin marked in each by Camille; the entry is a draft with a note.
async function workspace(): Promise<{ ctx: CoreContext; first: number; second: number }> {
  const ctx = testContext();
  await dispatch(ctx, 'workspace.setAuthor', { name: 'Camille Dupont' });
  const first = storeParagraphs(ctx, ['Pékin, « la capitale ».'], 'Un');
  const second = storeParagraphs(ctx, ['Retour à Pékin.'], 'Deux');
  const mention = await dispatch(ctx, 'annotations.create', {
    articleId: first,
    start: 0,
    end: 5,
    kind: 'entity',
    label: 'place',
  });
  await dispatch(ctx, 'annotations.create', {
    articleId: second,
    start: 9,
    end: 14,
    kind: 'entity',
    label: 'place',
  });
  await dispatch(ctx, 'glossary.update', {
    id: mention.glossaryEntryId!,
    englishTerm: 'Beijing',
    note: 'Internal: check with the desk',
  });
  return { ctx, first, second };
}

const claimsText = 'Jensen Huang a vendu 400 000 puces. Les prix ont doublé. Le stock est vide.';

// Three claims in one article, reviewed by Alex for a publisher: the chips claim is ready to
// publish, the prices claim is rated but lacks its English text and fact-check address, and the
// stock claim nobody has reviewed.
async function claimsWorkspace(): Promise<{ ctx: CoreContext; articleId: number; prices: number }> {
  const ctx = testContext();
  const articleId = storeParagraphs(ctx, [claimsText], 'Puces');
  const claim = async (words: string) =>
    (
      await dispatch(ctx, 'claims.create', {
        articleId,
        start: claimsText.indexOf(words),
        end: claimsText.indexOf(words) + words.length,
      })
    ).annotationId;
  const chips = await claim('Jensen Huang a vendu 400 000 puces');
  const prices = await claim('Les prix ont doublé');
  await claim('Le stock est vide');
  await dispatch(ctx, 'workspace.setPublisher', { name: 'Le Vérificateur', url: 'https://example.org' });
  await dispatch(ctx, 'claims.update', {
    annotationId: chips,
    englishText: 'Jensen Huang sold 400,000 chips',
    verdict: 'mostly-false',
    reviewer: 'Alex Martin',
    factCheckUrl: 'https://example.org/checks/chips',
  });
  await dispatch(ctx, 'claims.update', { annotationId: prices, verdict: 'false', reviewer: 'Alex Martin' });
  return { ctx, articleId, prices };
}

describe('previewExport', () => {
  it('shows the first lines of a glossary CSV without its BOM, and how many entries it holds', async () => {
    const { ctx } = await workspace();
    const preview = await dispatch(ctx, 'exports.preview', {
      kind: 'glossary',
      format: 'csv',
      dialect: 'excel-fr',
    });
    expect(preview.fileName).toBe('passerelle-glossary.csv');
    expect(preview.lines[0]).toMatch(/^french_term;english_term;/);
    expect(preview.lines[1]).toMatch(/^Pékin;Beijing;place;draft;Internal: check with the desk;/);
    expect(preview.counts).toEqual({ kind: 'glossary', entries: 1 });
    expect(preview.leftOut).toEqual([]);
    expect(preview.more).toBe(false);
  });

  it('says what the privacy profile leaves out of a glossary, and leaves the draft entry out', async () => {
    const { ctx } = await workspace();
    const preview = await dispatch(ctx, 'exports.preview', {
      kind: 'glossary',
      format: 'json',
      privacy: true,
    });
    expect(preview.leftOut).toEqual([
      { key: 'entryAuthors', count: 0 },
      { key: 'entryNotes', count: 0 },
      { key: 'draftEntries', count: 1 },
    ]);
    expect(preview.counts).toEqual({ kind: 'glossary', entries: 0 });
    expect(preview.lines.join('\n')).not.toContain('Pékin');
  });

  it('leaves the notes and authors of approved entries out under the privacy profile', async () => {
    const { ctx } = await workspace();
    const [entry] = await dispatch(ctx, 'glossary.list', {});
    await dispatch(ctx, 'glossary.update', { id: entry!.id, status: 'approved' });
    const preview = await dispatch(ctx, 'exports.preview', {
      kind: 'glossary',
      format: 'json',
      privacy: true,
    });
    expect(preview.leftOut).toEqual([
      { key: 'entryAuthors', count: 1 },
      { key: 'entryNotes', count: 1 },
      { key: 'draftEntries', count: 0 },
    ]);
    const text = preview.lines.join('\n');
    expect(text).toContain('Beijing');
    expect(text).not.toContain('Camille');
    expect(text).not.toContain('Internal');
  });

  it('previews a JSONL dataset line per article with its counts, authors left out under privacy', async () => {
    const { ctx } = await workspace();
    const open = await dispatch(ctx, 'exports.preview', { kind: 'dataset', format: 'jsonl' });
    expect(open.lines).toHaveLength(2);
    expect(open.lines[0]).toContain('Camille Dupont');
    expect(open.counts).toEqual({ kind: 'dataset', articles: 2, spans: 2 });
    const shared = await dispatch(ctx, 'exports.preview', {
      kind: 'dataset',
      format: 'jsonl',
      privacy: true,
    });
    expect(shared.lines.join('\n')).not.toContain('Camille');
    expect(shared.leftOut).toEqual([
      { key: 'annotators', count: 2 },
      { key: 'draftLinks', count: 2 },
      { key: 'unreviewedClaims', count: 0 },
      { key: 'claimReviewers', count: 0 },
    ]);
  });

  it('previews the first article’s .ann for brat, limited to the chosen article', async () => {
    const { ctx, second } = await workspace();
    const preview = await dispatch(ctx, 'exports.preview', {
      kind: 'dataset',
      format: 'brat',
      articleIds: [second],
    });
    expect(preview.fileName).toBe('passerelle-dataset-brat.zip');
    expect(preview.lines[0]).toMatch(/^T1\t\S+ 9 14\tPékin$/);
    expect(preview.counts).toEqual({ kind: 'dataset', articles: 1, spans: 1 });
  });

  it('stops at twenty lines of a long CoNLL file and says there is more', async () => {
    const ctx = testContext();
    storeParagraphs(ctx, [Array.from({ length: 40 }, (_, index) => `mot${index}`).join(' ')]);
    const preview = await dispatch(ctx, 'exports.preview', { kind: 'dataset', format: 'conll' });
    expect(preview.lines).toHaveLength(20);
    expect(preview.more).toBe(true);
  });

  it('refuses columns for a format that has none', async () => {
    await expect(
      dispatch(testContext(), 'exports.preview', {
        kind: 'glossary',
        format: 'json',
        columns: ['french_term'],
      }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('previews the ClaimReview of the claims ready to publish, listing the rated ones it leaves out and why', async () => {
    const { ctx, articleId, prices } = await claimsWorkspace();
    const preview = await dispatch(ctx, 'exports.preview', { kind: 'claims', format: 'claimreview' });
    expect(preview.fileName).toBe('passerelle-claims.jsonld');
    expect(preview.lines[0]).toBe('[');
    expect(preview.lines.join('\n')).toContain('"claimReviewed": "Jensen Huang sold 400,000 chips"');
    expect(preview.counts).toEqual({
      kind: 'claims',
      format: 'claimreview',
      claims: 1,
      incomplete: [
        {
          annotationId: prices,
          articleId,
          quote: 'Les prix ont doublé',
          missing: ['englishText', 'factCheckUrl'],
        },
      ],
      unrated: 1,
    });
    expect(preview.leftOut).toEqual([]);
  });

  it('previews the claims CSV in the chosen dialect, a row for every claim', async () => {
    const { ctx } = await claimsWorkspace();
    const preview = await dispatch(ctx, 'exports.preview', {
      kind: 'claims',
      format: 'csv',
      dialect: 'excel-fr',
    });
    expect(preview.fileName).toBe('passerelle-claims.csv');
    expect(preview.lines[0]).toMatch(/^article;claim_fr;claim_en;/);
    expect(preview.lines).toHaveLength(4);
    expect(preview.counts).toEqual({ kind: 'claims', format: 'csv', claims: 3 });
  });

  it('previews an empty ClaimReview array for a workspace without claims', async () => {
    const ctx = testContext();
    storeParagraphs(ctx, ['Rien à vérifier.']);
    const preview = await dispatch(ctx, 'exports.preview', { kind: 'claims', format: 'claimreview' });
    expect(preview.lines).toEqual(['[]']);
    expect(preview.counts).toEqual({
      kind: 'claims',
      format: 'claimreview',
      claims: 0,
      incomplete: [],
      unrated: 0,
    });
  });

  it('refuses a claims export of an article the workspace does not hold, and a dialect for ClaimReview', async () => {
    const { ctx, articleId } = await claimsWorkspace();
    await expect(
      dispatch(ctx, 'exports.preview', { kind: 'claims', format: 'csv', articleIds: [articleId + 1] }),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(
      dispatch(ctx, 'exports.preview', { kind: 'claims', format: 'claimreview', dialect: 'excel-fr' }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('counts the unreviewed claims and the reviewer names the privacy profile leaves out of a dataset', async () => {
    const { ctx } = await claimsWorkspace();
    const preview = await dispatch(ctx, 'exports.preview', {
      kind: 'dataset',
      format: 'jsonl',
      privacy: true,
    });
    expect(preview.leftOut).toContainEqual({ key: 'unreviewedClaims', count: 1 });
    expect(preview.leftOut).toContainEqual({ key: 'claimReviewers', count: 2 });
    expect(preview.lines.join('\n')).not.toContain('Alex Martin');
    expect(preview.counts).toMatchObject({ spans: 2 });
  });
});
