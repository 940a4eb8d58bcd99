import { claimRatings, isRatedVerdict } from '../../../../shared/claims/claimFields';
import type { Claim, Claimant } from '../../../../shared/domain';
import type { ClaimReviewGap, IncompleteClaimReview, WorkspacePublisher } from '../../../../shared/contract';
import { listClaims } from '../../claims/claims';
import type { CoreContext } from '../../coreContext';
import { cachedStatement } from '../../store/rows';
import { workspacePublisher } from '../../workspace/workspaceInfo';

/// What a claim may lack and a claim left out, declared in the contract for the Export dialog.
export type { ClaimReviewGap, IncompleteClaimReview };

/// A ClaimReview export: one schema.org ClaimReview per claim with a rated verdict and every
/// required field; the claims with a verdict that lack one, with what they lack; and how many
/// claims have no rating to publish (unverified or unverifiable).
export interface ClaimReviewExport {
  readonly reviews: readonly Record<string, unknown>[];
  readonly incomplete: readonly IncompleteClaimReview[];
  readonly unrated: number;
}

interface ArticleSource {
  source_url: string | null;
  title: string;
}

function wikidataIri(id: string): string {
  return `https://www.wikidata.org/wiki/${id}`;
}

// The claimant as the Claim's author: a Person or an Organization named in English (the French
// term when there is no English one), with its Wikidata item; nobody for an unnamed source.
function claimAuthor(claimant: Claimant): Record<string, unknown> | undefined {
  if (claimant.kind !== 'entry') return undefined;
  return {
    '@type': claimant.label === 'organisation' ? 'Organization' : 'Person',
    name: claimant.englishTerm === '' ? claimant.frenchTerm : claimant.englishTerm,
    ...(claimant.wikidataId === '' ? {} : { sameAs: wikidataIri(claimant.wikidataId) }),
  };
}

function review(
  claim: Claim,
  publisher: WorkspacePublisher,
  article: ArticleSource,
): Record<string, unknown> {
  if (!isRatedVerdict(claim.verdict)) throw new Error(`The claim ${claim.annotationId} has no rating.`);
  const rating = claimRatings[claim.verdict];
  const author = claimAuthor(claim.claimant);
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: claim.factCheckUrl,
    claimReviewed: claim.englishText,
    ...(claim.reviewSummary === '' ? {} : { reviewBody: claim.reviewSummary }),
    reviewRating: {
      '@type': 'Rating',
      ratingValue: rating.value,
      bestRating: 5,
      worstRating: 1,
      alternateName: rating.name,
    },
    itemReviewed: {
      '@type': 'Claim',
      ...(author ? { author } : {}),
      ...(claim.claimDate === null ? {} : { datePublished: claim.claimDate }),
      ...(article.source_url === null
        ? {}
        : { appearance: { '@type': 'CreativeWork', url: article.source_url, headline: article.title } }),
    },
    author: {
      '@type': 'Organization',
      name: publisher.name,
      ...(publisher.url === '' ? {} : { url: publisher.url }),
    },
    ...(claim.reviewDate === null ? {} : { datePublished: claim.reviewDate }),
    inLanguage: 'en',
  };
}

/// The ClaimReview JSON-LD of the workspace's reviewed claims (or those of some articles): a
/// claim is published only whole, so one missing its English text, its fact-check address, or a
/// workspace without a publisher, is listed with what it lacks instead.
export function claimReviewExport(ctx: CoreContext, articleIds?: readonly number[]): ClaimReviewExport {
  const publisher = workspacePublisher(ctx);
  const wanted = articleIds === undefined ? null : new Set(articleIds);
  const claims = listClaims(ctx, {}).filter((claim) => wanted === null || wanted.has(claim.articleId));
  const reviews: Record<string, unknown>[] = [];
  const incomplete: IncompleteClaimReview[] = [];
  let unrated = 0;
  for (const claim of claims) {
    if (!isRatedVerdict(claim.verdict)) {
      unrated += 1;
      continue;
    }
    const missing: ClaimReviewGap[] = [];
    if (claim.englishText.trim() === '') missing.push('englishText');
    if (claim.factCheckUrl === '') missing.push('factCheckUrl');
    if (publisher === null) missing.push('publisher');
    if (missing.length > 0 || publisher === null) {
      incomplete.push({
        annotationId: claim.annotationId,
        articleId: claim.articleId,
        quote: claim.quote,
        missing,
      });
      continue;
    }
    const article = cachedStatement<ArticleSource>(
      ctx.store,
      'SELECT source_url, title FROM articles WHERE id = ?',
    ).get(claim.articleId) ?? { source_url: null, title: claim.articleTitle };
    reviews.push(review(claim, publisher, article));
  }
  return { reviews, incomplete, unrated };
}

/// The file a ClaimReview export is saved as: a JSON array of ClaimReview objects, each with its
/// own `@context`, so each can be pasted into the page of its fact-check as it is.
export function claimReviewJson(exported: ClaimReviewExport): string {
  return `${JSON.stringify(exported.reviews, null, 2)}\n`;
}
