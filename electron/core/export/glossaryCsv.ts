import type { GlossaryEntry } from '../../../shared/domain';

/// Columns of the glossary CSV, in order.
export const glossaryCsvColumns = ['french_term', 'english_term', 'label', 'status', 'note', 'mentions'] as const;

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
      [entry.frenchTerm, entry.englishTerm, entry.label, entry.status, entry.note, String(entry.mentionCount)]
        .map(csvField)
        .join(','),
    );
  }
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}
