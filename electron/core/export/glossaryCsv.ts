import type { GlossaryEntry } from '../../../shared/domain';

/// Columns of the glossary CSV, in order. The first six are those of earlier versions, so
/// scripts reading them by position keep working; lists are joined by `listSeparator`.
export const glossaryCsvColumns = [
  'french_term',
  'english_term',
  'label',
  'status',
  'note',
  'mentions',
  'french_variants',
  'english_avoid',
  'decision',
  'wikidata_id',
  'articles',
] as const;

/// How the terms of a list column (French variants, English terms to avoid) are joined.
export const listSeparator = ' | ';

function csvField(value: string): string {
  // Fields that a spreadsheet would run as a formula get a leading apostrophe (OWASP CSV injection).
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/// Serialises entries as RFC 4180 CSV with a header row, CRLF line ends and a UTF-8 BOM so
/// spreadsheets read the accents right.
export function glossaryCsv(entries: readonly GlossaryEntry[]): string {
  const lines = [glossaryCsvColumns.join(',')];
  for (const entry of entries) {
    lines.push(
      [
        entry.frenchTerm,
        entry.englishTerm,
        entry.label,
        entry.status,
        entry.note,
        String(entry.mentionCount),
        entry.frenchVariants.join(listSeparator),
        entry.englishAvoid.join(listSeparator),
        entry.decision,
        entry.wikidataId,
        String(entry.articleCount),
      ]
        .map(csvField)
        .join(','),
    );
  }
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}
