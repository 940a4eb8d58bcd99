import { codePointOffsets } from '../../../../shared/offsets';
import type { DatasetArticle, DatasetClaim } from './datasetArticles';

/// A claim span's fields as a JSONL span carries them (snake case, as the rest of the line).
export function jsonlClaim(claim: DatasetClaim) {
  return {
    claimant: claim.claimant,
    claimant_entry_id: claim.claimantEntryId,
    claimant_english_term: claim.claimantEnglishTerm,
    claimant_wikidata_id: claim.claimantWikidataId === '' ? null : claim.claimantWikidataId,
    claim_date: claim.claimDate,
    english_text: claim.englishText,
    verdict: claim.verdict,
    review_summary: claim.reviewSummary,
    evidence: claim.evidence,
    ...(claim.reviewer === '' ? {} : { reviewer: claim.reviewer }),
    review_date: claim.reviewDate,
    fact_check_url: claim.factCheckUrl,
  };
}

/// One JSONL dataset line (spaCy, Prodigy and doccano style, DESIGN.md §3): the article's text,
/// its metadata and its spans with `start` and `end` in code points, as Python slices strings,
/// so `doc.char_span(start, end)` gives back each span's text; entity spans carry their glossary
/// entry, claim spans their claimant and review (`claim`). Ends with a line feed.
export function jsonlDatasetLine(article: DatasetArticle): string {
  const offsets = codePointOffsets(article.text);
  const line = {
    text: article.text,
    meta: {
      id: article.id,
      title: article.title,
      source_url: article.sourceUrl,
      published_at: article.publishedAt,
      language: article.language,
    },
    spans: article.spans.map((span) => ({
      start: offsets.toCodePoints(span.start),
      end: offsets.toCodePoints(span.end),
      label: span.label,
      kind: span.kind,
      text: span.text,
      ...(span.author === '' ? {} : { author: span.author }),
      ...(span.entry === null
        ? {}
        : {
            entry_id: span.entry.id,
            french_term: span.entry.frenchTerm,
            english_term: span.entry.englishTerm,
            wikidata_id: span.entry.wikidataId === '' ? null : span.entry.wikidataId,
            decision: span.entry.decision,
            entry_status: span.entry.status,
          }),
      ...(span.claim === null ? {} : { claim: jsonlClaim(span.claim) }),
    })),
  };
  // JSON.stringify escapes U+2028/U+2029 and never writes a raw line break, so one article is
  // one line.
  return `${JSON.stringify(line)}\n`;
}
