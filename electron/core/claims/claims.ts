import type { OperationResult, ValidatedInput } from '../../../shared/contract';
import { claimantLabels, claimLabelKey, type ClaimVerdict } from '../../../shared/claims/claimFields';
import type { Claim, ClaimEvidence, Claimant } from '../../../shared/domain';
import { PasserelleError } from '../../../shared/errors';
import { foldText } from '../../../shared/foldText';
import type { HistoryMessage } from '../../../shared/historyMessages';
import { annotationSpanText } from '../annotations/annotationSpan';
import { insertAnnotation } from '../annotations/annotations';
import type { CoreContext } from '../coreContext';
import { getGlossaryEntry } from '../glossary/glossaryEntries';
import { recordAction } from '../history/recordAction';
import { cachedStatement, oneRow } from '../store/rows';
import { currentAuthor } from '../workspace/currentAuthor';
import { prefilledClaimant } from './prefillClaimant';

interface ClaimRow {
  id: number;
  article_id: number;
  article_title: string;
  start: number;
  end: number;
  quote: string;
  claimant_entry_id: number | null;
  claimant_description: string;
  claim_date: string | null;
  english_text: string;
  verdict: ClaimVerdict;
  review_summary: string;
  evidence: string;
  reviewer: string;
  review_date: string | null;
  fact_check_url: string;
  author: string | null;
  created_at: string;
  updated_at: string;
  entry_french_term: string | null;
  entry_english_term: string | null;
  entry_label: string | null;
  entry_wikidata_id: string | null;
}

const claimSelect = `
  SELECT c.*, a.article_id, a.start, a.end, a.quote, ar.title AS article_title,
         g.french_term AS entry_french_term, g.english_term AS entry_english_term,
         g.label AS entry_label, g.wikidata_id AS entry_wikidata_id
    FROM claims c
    JOIN annotations a ON a.id = c.id
    JOIN articles ar ON ar.id = a.article_id
    LEFT JOIN glossary_entries g ON g.id = c.claimant_entry_id`;

function toClaimant(row: ClaimRow): Claimant {
  if (row.claimant_entry_id !== null && row.entry_french_term !== null) {
    return {
      kind: 'entry',
      entryId: row.claimant_entry_id,
      frenchTerm: row.entry_french_term,
      englishTerm: row.entry_english_term ?? '',
      label: row.entry_label ?? '',
      wikidataId: row.entry_wikidata_id ?? '',
    };
  }
  return row.claimant_description === ''
    ? { kind: 'none' }
    : { kind: 'unattributed', description: row.claimant_description };
}

function toClaim(row: ClaimRow): Claim {
  return {
    annotationId: row.id,
    articleId: row.article_id,
    articleTitle: row.article_title,
    start: row.start,
    end: row.end,
    quote: row.quote,
    claimant: toClaimant(row),
    claimDate: row.claim_date,
    englishText: row.english_text,
    verdict: row.verdict,
    reviewSummary: row.review_summary,
    evidence: JSON.parse(row.evidence) as ClaimEvidence[],
    reviewer: row.reviewer,
    reviewDate: row.review_date,
    factCheckUrl: row.fact_check_url,
    author: row.author,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/// One claim by its annotation's id, or `not_found`.
export function getClaim(ctx: CoreContext, annotationId: number): Claim {
  const row = oneRow<ClaimRow>(ctx.store, `${claimSelect} WHERE c.id = ?`, annotationId);
  if (!row) throw new PasserelleError('not_found', `There is no claim ${annotationId}.`);
  return toClaim(row);
}

// The date part of an article's publication date, which a claim is taken to be made on.
function articleDate(ctx: CoreContext, articleId: number): string | null {
  const row = oneRow<{ published_at: string | null }>(
    ctx.store,
    'SELECT published_at FROM articles WHERE id = ?',
    articleId,
  );
  const date = /^\d{4}-\d{2}-\d{2}/.exec(row?.published_at ?? '');
  return date ? date[0] : null;
}

/// Marks a passage of an article as a claim, exactly as given (a claim keeps its leading elision
/// and never creates or links a glossary entry), in one undo step with its claim row: dated as
/// the article, unverified, and with the claimant `prefilledClaimant` finds.
export function createClaimAnnotation(
  ctx: CoreContext,
  input: { readonly articleId: number; readonly start: number; readonly end: number },
): Claim {
  const text = annotationSpanText(ctx, input.articleId, input.start, input.end);
  const quote = text.slice(input.start, input.end).trim();
  const message: HistoryMessage = { key: 'history.step.markClaim', params: { quote } };
  return recordAction(ctx, message, () => {
    const twin = oneRow<{ id: number }>(
      ctx.store,
      `SELECT id FROM annotations WHERE article_id = ? AND start = ? AND end = ? AND kind = 'claim'`,
      input.articleId,
      input.start,
      input.end,
    );
    if (twin) {
      throw new PasserelleError(
        'invalid_span',
        `“${quote}” at ${input.start}–${input.end} is already a claim.`,
      );
    }
    const annotation = insertAnnotation(ctx, {
      ...input,
      text,
      kind: 'claim',
      label: claimLabelKey,
      glossaryEntryId: null,
    });
    const now = ctx.now().toISOString();
    const claimant = prefilledClaimant(ctx, input.articleId, text, input.start, input.end);
    cachedStatement(
      ctx.store,
      `INSERT INTO claims (id, claimant_entry_id, claimant_description, claim_date, author, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      annotation.id,
      claimant.entryId,
      claimant.description,
      articleDate(ctx, input.articleId),
      currentAuthor(ctx),
      now,
      now,
    );
    return getClaim(ctx, annotation.id);
  });
}

// A claimant entry must be a person or an organisation.
function requireClaimantEntry(ctx: CoreContext, entryId: number): void {
  const entry = getGlossaryEntry(ctx, entryId);
  if (!(claimantLabels as readonly string[]).includes(entry.label)) {
    throw new PasserelleError(
      'invalid_input',
      `“${entry.frenchTerm}” is not a person or an organisation, so it cannot be a claimant.`,
    );
  }
}

/// Changes what is recorded about a claim, in one undo step: a verdict alone is recorded as
/// "Set the verdict", anything else as "Edit the claim". Fields left out stay as they are.
export function updateClaim(ctx: CoreContext, input: ValidatedInput<'claims.update'>): Claim {
  const current = getClaim(ctx, input.annotationId);
  const { claimant } = input;
  if (claimant?.kind === 'entry') requireClaimantEntry(ctx, claimant.entryId);
  const fields = Object.keys(input).filter((field) => field !== 'annotationId');
  const quote = current.quote.trim();
  const message: HistoryMessage =
    fields.length === 1 && input.verdict !== undefined
      ? { key: 'history.step.setVerdict', params: { quote } }
      : { key: 'history.step.editClaim', params: { quote } };
  return recordAction(ctx, message, () => {
    const columns: [string, unknown][] = [];
    if (claimant !== undefined) {
      columns.push(['claimant_entry_id', claimant.kind === 'entry' ? claimant.entryId : null]);
      columns.push(['claimant_description', claimant.kind === 'unattributed' ? claimant.description : '']);
    }
    if (input.claimDate !== undefined) columns.push(['claim_date', input.claimDate]);
    if (input.englishText !== undefined) columns.push(['english_text', input.englishText]);
    if (input.verdict !== undefined) columns.push(['verdict', input.verdict]);
    if (input.reviewSummary !== undefined) columns.push(['review_summary', input.reviewSummary]);
    if (input.evidence !== undefined) columns.push(['evidence', JSON.stringify(input.evidence)]);
    if (input.reviewer !== undefined) columns.push(['reviewer', input.reviewer]);
    if (input.reviewDate !== undefined) columns.push(['review_date', input.reviewDate]);
    if (input.factCheckUrl !== undefined) columns.push(['fact_check_url', input.factCheckUrl]);
    columns.push(['updated_at', ctx.now().toISOString()]);
    ctx.store
      .prepare(`UPDATE claims SET ${columns.map(([column]) => `${column} = ?`).join(', ')} WHERE id = ?`)
      .run(...columns.map(([, value]) => value), current.annotationId);
    return getClaim(ctx, current.annotationId);
  });
}

const sortOrders = {
  article: 'a.article_id, a.start, c.id',
  date: 'c.claim_date IS NULL, c.claim_date DESC, a.article_id, a.start',
  verdict: `CASE c.verdict WHEN 'false' THEN 0 WHEN 'mostly-false' THEN 1 WHEN 'mixed' THEN 2
              WHEN 'mostly-true' THEN 3 WHEN 'true' THEN 4 WHEN 'unverifiable' THEN 5 ELSE 6 END,
            a.article_id, a.start`,
  claimant: `COALESCE(g.french_term, NULLIF(c.claimant_description, '')) IS NULL,
             COALESCE(g.french_term, NULLIF(c.claimant_description, '')) COLLATE NOCASE, a.article_id, a.start`,
} as const;

/// The workspace's claims that pass every filter given, in the order asked (article and text
/// order by default). `query` is looked for, folded (case, accents, apostrophes, spaces), in the
/// French words and in the English translation.
export function listClaims(
  ctx: CoreContext,
  input: ValidatedInput<'claims.list'>,
): OperationResult<'claims.list'> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (input.articleId !== undefined) {
    where.push('a.article_id = ?');
    params.push(input.articleId);
  }
  if (input.verdicts !== undefined) {
    where.push(`c.verdict IN (${input.verdicts.map(() => '?').join(', ')})`);
    params.push(...input.verdicts);
  }
  if (input.claimantEntryId !== undefined) {
    where.push('c.claimant_entry_id = ?');
    params.push(input.claimantEntryId);
  }
  if (input.from !== undefined) {
    where.push('c.claim_date >= ?');
    params.push(input.from);
  }
  if (input.to !== undefined) {
    where.push('c.claim_date <= ?');
    params.push(input.to);
  }
  const rows = ctx.store
    .prepare(
      `${claimSelect} ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY ${sortOrders[input.sort ?? 'article']}`,
    )
    .all(...params) as ClaimRow[];
  const claims = rows.map(toClaim);
  if (input.query === undefined) return claims;
  const wanted = foldText(input.query);
  return claims.filter(
    (claim) => foldText(claim.quote).includes(wanted) || foldText(claim.englishText).includes(wanted),
  );
}
