import type { Claim } from '../../../../shared/domain';
import { csvDialectSeparators, defaultCsvDialect, type CsvDialect } from '../../../../shared/exportFormats';
import { listClaims } from '../../claims/claims';
import type { CoreContext } from '../../coreContext';
import { csvField, joinTermList } from '../glossaryCsv';

/// The columns of the claims CSV for editors, in order.
export const claimsCsvColumns = [
  'article',
  'claim_fr',
  'claim_en',
  'claimant',
  'claim_date',
  'verdict',
  'review_summary',
  'evidence',
  'reviewer',
  'review_date',
  'fact_check_url',
] as const;

type ClaimsCsvColumn = (typeof claimsCsvColumns)[number];

function claimantText(claim: Claim): string {
  switch (claim.claimant.kind) {
    case 'entry':
      return claim.claimant.englishTerm === ''
        ? claim.claimant.frenchTerm
        : `${claim.claimant.englishTerm} (${claim.claimant.frenchTerm})`;
    case 'unattributed':
      return claim.claimant.description;
    case 'none':
      return '';
  }
}

function cellText(claim: Claim, column: ClaimsCsvColumn): string {
  switch (column) {
    case 'article':
      return claim.articleTitle;
    case 'claim_fr':
      return claim.quote;
    case 'claim_en':
      return claim.englishText;
    case 'claimant':
      return claimantText(claim);
    case 'claim_date':
      return claim.claimDate ?? '';
    case 'verdict':
      return claim.verdict;
    case 'review_summary':
      return claim.reviewSummary;
    case 'evidence':
      return joinTermList(
        claim.evidence.map((link) => (link.title === '' ? link.url : `${link.title} <${link.url}>`)),
      );
    case 'reviewer':
      return claim.reviewer;
    case 'review_date':
      return claim.reviewDate ?? '';
    case 'fact_check_url':
      return claim.factCheckUrl;
  }
}

/// The workspace's claims (or those of some articles) as a CSV for editors, in article and text
/// order: the French words and the English text, claimant, verdict, review and evidence (each
/// link "title <url>", joined as the glossary joins its lists). Written as the glossary CSV is:
/// UTF-8 with a BOM, CRLF, formula starts neutralised, commas or (`excel-fr`) semicolons.
export function claimsCsv(
  ctx: CoreContext,
  dialect: CsvDialect = defaultCsvDialect,
  articleIds?: readonly number[],
): string {
  const wanted = articleIds === undefined ? null : new Set(articleIds);
  const separator = csvDialectSeparators[dialect];
  const lines = [claimsCsvColumns.join(separator)];
  for (const claim of listClaims(ctx, {})) {
    if (wanted !== null && !wanted.has(claim.articleId)) continue;
    lines.push(claimsCsvColumns.map((column) => csvField(cellText(claim, column), dialect)).join(separator));
  }
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}
