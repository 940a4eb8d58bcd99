import type { ClaimVerdict } from '../../../../shared/claims/claimFields';
import type {
  AnnotationKind,
  ClaimEvidence,
  ClaimReviewFields,
  GlossaryDecision,
  GlossaryStatus,
} from '../../../../shared/domain';
import type { CoreContext } from '../../coreContext';
import { cachedStatement } from '../../store/rows';

/// Which part of the workspace a dataset export covers: some articles only, spans of some labels
/// only, and whether it is shared outside the newsroom (`privacy`: draft glossary entries are not
/// attached to their mentions, annotator and reviewer names are left out, and so are the claims
/// nobody has reviewed yet).
export interface DatasetScope {
  readonly articleIds?: readonly number[];
  readonly labels?: readonly string[];
  readonly privacy?: boolean;
}

/// The glossary entry a span is linked to, as dataset exports carry it.
export interface DatasetEntry {
  readonly id: number;
  readonly frenchTerm: string;
  readonly englishTerm: string;
  readonly wikidataId: string;
  readonly decision: GlossaryDecision;
  readonly status: GlossaryStatus;
}

/// What a claim span carries besides its words: who made the claim and the review.
/// Its reviewer is empty when unknown or left out by the privacy profile.
export interface DatasetClaim extends ClaimReviewFields {
  /// The claimant's glossary entry (a person or an organisation), if any.
  readonly claimantEntryId: number | null;
  /// The claimant's entry's French term, or the description of an unnamed source; empty when
  /// nobody is named.
  readonly claimant: string;
  /// The claimant entry's English term (empty without one).
  readonly claimantEnglishTerm: string;
  readonly claimantWikidataId: string;
}

/// One stand-off span of an exported article, offsets in UTF-16 units as stored (each format
/// converts to what its tools count).
export interface DatasetSpan {
  readonly id: number;
  readonly start: number;
  readonly end: number;
  readonly kind: AnnotationKind;
  readonly label: string;
  readonly text: string;
  readonly prefix: string;
  readonly suffix: string;
  readonly createdAt: string;
  /// Who marked it; empty when unknown or left out by the privacy profile.
  readonly author: string;
  readonly entry: DatasetEntry | null;
  /// The claim's fields, for a claim span.
  readonly claim: DatasetClaim | null;
}

/// One article as every dataset format starts from: its text, metadata and spans in text order.
export interface DatasetArticle {
  readonly id: number;
  readonly title: string;
  readonly sourceUrl: string | null;
  readonly publishedAt: string | null;
  readonly language: string;
  readonly text: string;
  readonly spans: readonly DatasetSpan[];
}

interface ArticleRow {
  id: number;
  title: string;
  source_url: string | null;
  published_at: string | null;
  language: string;
  text: string;
}

interface SpanRow {
  article_id: number;
  id: number;
  start: number;
  end: number;
  kind: AnnotationKind;
  label: string;
  quote: string;
  prefix: string;
  suffix: string;
  created_at: string;
  author: string;
  entry_id: number | null;
  french_term: string | null;
  english_term: string | null;
  wikidata_id: string | null;
  decision: GlossaryDecision | null;
  status: GlossaryStatus | null;
  claim_id: number | null;
  claimant_entry_id: number | null;
  claimant_french_term: string | null;
  claimant_english_term: string | null;
  claimant_wikidata_id: string | null;
  claimant_description: string | null;
  claim_date: string | null;
  english_text: string | null;
  verdict: ClaimVerdict | null;
  review_summary: string | null;
  evidence: string | null;
  reviewer: string | null;
  review_date: string | null;
  fact_check_url: string | null;
}

// Every span of the scope's articles in article order, read alongside the articles (one cursor
// each, merged by article id) rather than one query per article.
const spansInArticleOrder = `SELECT a.article_id, a.id, a.start, a.end, a.kind, a.label, a.quote, a.prefix, a.suffix,
    a.created_at, a.author, g.id AS entry_id, g.french_term, g.english_term, g.wikidata_id, g.decision, g.status,
    c.id AS claim_id, c.claimant_entry_id, cg.french_term AS claimant_french_term,
    cg.english_term AS claimant_english_term, cg.wikidata_id AS claimant_wikidata_id, c.claimant_description,
    c.claim_date, c.english_text, c.verdict, c.review_summary, c.evidence, c.reviewer, c.review_date, c.fact_check_url
  FROM annotations a LEFT JOIN glossary_entries g ON g.id = a.glossary_entry_id
    LEFT JOIN claims c ON c.id = a.id LEFT JOIN glossary_entries cg ON cg.id = c.claimant_entry_id
  WHERE (@articles IS NULL OR a.article_id IN (SELECT value FROM json_each(@articles)))
    AND NOT (@privacy AND a.kind = 'claim' AND coalesce(c.verdict, 'unverified') = 'unverified')
  ORDER BY a.article_id, a.start, a.end DESC, a.id`;

function toClaim(row: SpanRow, privacy: boolean): DatasetClaim | null {
  if (row.claim_id === null) return null;
  return {
    claimantEntryId: row.claimant_entry_id,
    claimant: row.claimant_french_term ?? row.claimant_description ?? '',
    claimantEnglishTerm: row.claimant_english_term ?? '',
    claimantWikidataId: row.claimant_wikidata_id ?? '',
    claimDate: row.claim_date,
    englishText: row.english_text ?? '',
    verdict: row.verdict ?? 'unverified',
    reviewSummary: row.review_summary ?? '',
    evidence: JSON.parse(row.evidence ?? '[]') as ClaimEvidence[],
    reviewer: privacy ? '' : (row.reviewer ?? ''),
    reviewDate: row.review_date,
    factCheckUrl: row.fact_check_url ?? '',
  };
}

function toSpan(row: SpanRow, privacy: boolean): DatasetSpan {
  const linked = row.entry_id !== null && !(privacy && row.status === 'draft');
  return {
    id: row.id,
    start: row.start,
    end: row.end,
    kind: row.kind,
    label: row.label,
    text: row.quote,
    prefix: row.prefix,
    suffix: row.suffix,
    createdAt: row.created_at,
    author: privacy ? '' : row.author,
    entry: linked
      ? {
          id: row.entry_id ?? 0,
          frenchTerm: row.french_term ?? '',
          englishTerm: row.english_term ?? '',
          wikidataId: row.wikidata_id ?? '',
          decision: row.decision ?? 'translate',
          status: row.status ?? 'draft',
        }
      : null,
    claim: toClaim(row, privacy),
  };
}

/// How many articles the scope covers (for a progress bar and a collection's `total`).
export function countDatasetArticles(ctx: CoreContext, scope: DatasetScope = {}): number {
  if (scope.articleIds !== undefined) {
    return cachedStatement(
      ctx.store,
      'SELECT count(*) FROM articles WHERE id IN (SELECT value FROM json_each(?))',
    )
      .pluck()
      .get(JSON.stringify(scope.articleIds)) as number;
  }
  return cachedStatement(ctx.store, 'SELECT count(*) FROM articles').pluck().get() as number;
}

/// How many spans the scope covers (a Web Annotation collection's `total`).
export function countDatasetSpans(ctx: CoreContext, scope: DatasetScope = {}): number {
  return cachedStatement(
    ctx.store,
    `SELECT count(*) FROM annotations a LEFT JOIN claims c ON c.id = a.id
     WHERE (@articles IS NULL OR a.article_id IN (SELECT value FROM json_each(@articles)))
       AND (@labels IS NULL OR a.label IN (SELECT value FROM json_each(@labels)))
       AND NOT (@privacy AND a.kind = 'claim' AND coalesce(c.verdict, 'unverified') = 'unverified')`,
  )
    .pluck()
    .get({
      articles: scope.articleIds === undefined ? null : JSON.stringify(scope.articleIds),
      labels: scope.labels === undefined ? null : JSON.stringify(scope.labels),
      privacy: scope.privacy === true ? 1 : 0,
    }) as number;
}

/// The articles of the scope one at a time, in id order, each with its spans: only one article's
/// text is held at once, so an export of any size runs in the same memory.
export function* datasetArticles(ctx: CoreContext, scope: DatasetScope = {}): Generator<DatasetArticle> {
  const articles =
    scope.articleIds === undefined
      ? ctx.store.prepare(
          'SELECT id, title, source_url, published_at, language, text FROM articles ORDER BY id',
        )
      : ctx.store.prepare(
          `SELECT id, title, source_url, published_at, language, text FROM articles
           WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id`,
        );
  const labels = scope.labels === undefined ? null : new Set(scope.labels);
  const privacy = scope.privacy ?? false;
  const chosen = scope.articleIds === undefined ? null : JSON.stringify(scope.articleIds);
  const rows = (
    chosen === null ? articles.iterate() : articles.iterate(chosen)
  ) as IterableIterator<ArticleRow>;
  const spanRows = ctx.store
    .prepare(spansInArticleOrder)
    .iterate({ articles: chosen, privacy: privacy ? 1 : 0 }) as IterableIterator<SpanRow>;
  let pending = spanRows.next();
  try {
    for (const row of rows) {
      const articleSpans: DatasetSpan[] = [];
      // Spans of articles the article cursor has passed (none in practice) are skipped.
      while (!pending.done && pending.value.article_id <= row.id) {
        const span = pending.value;
        if (span.article_id === row.id && (labels === null || labels.has(span.label))) {
          articleSpans.push(toSpan(span, privacy));
        }
        pending = spanRows.next();
      }
      yield {
        id: row.id,
        title: row.title,
        sourceUrl: row.source_url,
        publishedAt: row.published_at,
        language: row.language,
        text: row.text,
        spans: articleSpans,
      };
    }
  } finally {
    // An export stopped midway releases the span cursor too.
    spanRows.return?.();
  }
}

/// The ids of the scope's articles in id order (what a sliced export walks through, a few
/// articles at a time).
export function datasetArticleIds(ctx: CoreContext, scope: DatasetScope = {}): number[] {
  return (
    scope.articleIds === undefined
      ? cachedStatement(ctx.store, 'SELECT id FROM articles ORDER BY id').pluck().all()
      : cachedStatement(
          ctx.store,
          'SELECT id FROM articles WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id',
        )
          .pluck()
          .all(JSON.stringify(scope.articleIds))
  ) as number[];
}
