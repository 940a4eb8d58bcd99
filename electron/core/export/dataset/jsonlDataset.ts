import { codePointOffsets } from '../../../../shared/offsets';
import type { DatasetArticle } from './datasetArticles';

/// One JSONL dataset line (spaCy, Prodigy and doccano style, DESIGN.md §3): the article's text,
/// its metadata and its spans with `start` and `end` in code points, as Python slices strings,
/// so `doc.char_span(start, end)` gives back each span's text; entity spans carry their glossary
/// entry. Ends with a line feed.
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
    })),
  };
  // JSON.stringify escapes U+2028/U+2029 and never writes a raw line break, so one article is
  // one line.
  return `${JSON.stringify(line)}\n`;
}
