import { describe, expect, it } from 'vitest';
import type { CoreContext } from '../../coreContext';
import { dispatch } from '../../dispatch';
import { storeParagraphs, testContext } from '../../testing/testContext';
import { claimReviewExport, claimReviewJson } from './claimReview';

const text = 'Selon la presse, Jensen Huang a vendu 400 000 puces. Les prix ont doublé en un an.';

async function reviewedWorkspace(): Promise<{ ctx: CoreContext; chips: number; prices: number }> {
  const ctx = testContext();
  const articleId = storeParagraphs(ctx, [text], 'Puces');
  await dispatch(ctx, 'articles.update', {
    id: articleId,
    publishedAt: '2026-01-30',
    sourceUrl: 'https://example.org/puces',
  });
  const person = await dispatch(ctx, 'annotations.create', {
    articleId,
    start: text.indexOf('Jensen Huang'),
    end: text.indexOf('Jensen Huang') + 12,
    kind: 'entity',
    label: 'person',
  });
  await dispatch(ctx, 'glossary.update', {
    id: person.glossaryEntryId ?? 0,
    englishTerm: 'Jensen Huang',
    wikidataId: 'Q305177',
  });
  const chips = (
    await dispatch(ctx, 'claims.create', {
      articleId,
      start: text.indexOf('Jensen'),
      end: text.indexOf(' puces') + 6,
    })
  ).annotationId;
  const prices = (
    await dispatch(ctx, 'claims.create', {
      articleId,
      start: text.indexOf('Les prix'),
      end: text.indexOf(' un an') + 6,
    })
  ).annotationId;
  await dispatch(ctx, 'workspace.setPublisher', { name: 'Le Vérificateur', url: 'https://example.org' });
  await dispatch(ctx, 'claims.update', {
    annotationId: chips,
    englishText: 'Jensen Huang sold 400,000 chips',
    verdict: 'mostly-false',
    reviewSummary: 'Only 40,000 were delivered.',
    reviewDate: '2026-02-02',
    factCheckUrl: 'https://example.org/checks/chips',
  });
  return { ctx, chips, prices };
}

describe('ClaimReview export', () => {
  it('gives each reviewed claim the properties Google requires and recommends for a fact check', async () => {
    const { ctx } = await reviewedWorkspace();
    const [review, ...others] = claimReviewExport(ctx).reviews;
    expect(others).toEqual([]);
    expect(review).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: 'https://example.org/checks/chips',
      claimReviewed: 'Jensen Huang sold 400,000 chips',
      reviewBody: 'Only 40,000 were delivered.',
      reviewRating: {
        '@type': 'Rating',
        ratingValue: 2,
        bestRating: 5,
        worstRating: 1,
        alternateName: 'Mostly false',
      },
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Person', name: 'Jensen Huang', sameAs: 'https://www.wikidata.org/wiki/Q305177' },
        datePublished: '2026-01-30',
        appearance: { '@type': 'CreativeWork', url: 'https://example.org/puces', headline: 'Puces' },
      },
      author: { '@type': 'Organization', name: 'Le Vérificateur', url: 'https://example.org' },
      datePublished: '2026-02-02',
      inLanguage: 'en',
    });

    // Google Search Central, "Fact check (ClaimReview) structured data": required claimReviewed,
    // reviewRating (with alternateName), url; recommended author (with name), datePublished,
    // itemReviewed (a Claim with author, datePublished and appearance), and a numeric rating's
    // bestRating, worstRating and ratingValue.
    const required = review as Record<string, unknown> & {
      reviewRating: Record<string, unknown>;
      itemReviewed: Record<string, unknown>;
      author: Record<string, unknown>;
    };
    expect(typeof required.claimReviewed).toBe('string');
    expect(required.url).toMatch(/^https?:\/\//);
    expect(typeof required.reviewRating.alternateName).toBe('string');
    const { ratingValue, bestRating, worstRating } = required.reviewRating as Record<string, number>;
    expect(worstRating).toBeLessThanOrEqual(ratingValue ?? 0);
    expect(ratingValue).toBeLessThanOrEqual(bestRating ?? 0);
    expect(required.itemReviewed['@type']).toBe('Claim');
    expect(['Person', 'Organization']).toContain(
      (required.itemReviewed.author as { '@type': string })['@type'],
    );
    expect(['Person', 'Organization']).toContain(required.author['@type']);
    expect(required.author.name).not.toBe('');
    expect(required.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('lists a reviewed claim that lacks a required field with what it lacks, and counts those without a rating', async () => {
    const { ctx, prices } = await reviewedWorkspace();
    await dispatch(ctx, 'claims.update', { annotationId: prices, verdict: 'false' });
    const exported = claimReviewExport(ctx);
    expect(exported.reviews).toHaveLength(1);
    expect(exported.incomplete).toEqual([
      expect.objectContaining({ annotationId: prices, missing: ['englishText', 'factCheckUrl'] }),
    ]);
    expect(exported.unrated).toBe(0);

    await dispatch(ctx, 'claims.update', { annotationId: prices, verdict: 'unverifiable' });
    expect(claimReviewExport(ctx)).toMatchObject({ incomplete: [], unrated: 1 });
  });

  it('exports nothing without a publisher, naming it as missing for every reviewed claim', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, [text]);
    const claim = await dispatch(ctx, 'claims.create', { articleId, start: 0, end: 10 });
    await dispatch(ctx, 'claims.update', {
      annotationId: claim.annotationId,
      verdict: 'true',
      englishText: 'According to the press',
      factCheckUrl: 'https://example.org/c',
    });
    const exported = claimReviewExport(ctx);
    expect(exported.reviews).toEqual([]);
    expect(exported.incomplete).toEqual([expect.objectContaining({ missing: ['publisher'] })]);
    expect(JSON.parse(claimReviewJson(exported))).toEqual([]);
  });

  it('names an unnamed claimant nowhere and an organisation as an Organization', async () => {
    const { ctx, chips } = await reviewedWorkspace();
    await dispatch(ctx, 'claims.update', {
      annotationId: chips,
      claimant: { kind: 'unattributed', description: 'un responsable du secteur' },
    });
    const [review] = claimReviewExport(ctx).reviews as { itemReviewed: Record<string, unknown> }[];
    expect(review?.itemReviewed).not.toHaveProperty('author');

    const nvidia = await dispatch(ctx, 'glossary.create', { label: 'organisation', frenchTerm: 'NVIDIA' });
    await dispatch(ctx, 'claims.update', {
      annotationId: chips,
      claimant: { kind: 'entry', entryId: nvidia.id },
    });
    const [byNvidia] = claimReviewExport(ctx).reviews as { itemReviewed: Record<string, unknown> }[];
    expect(byNvidia?.itemReviewed.author).toEqual({ '@type': 'Organization', name: 'NVIDIA' });
  });
});
