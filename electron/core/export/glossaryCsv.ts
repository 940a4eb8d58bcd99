import type { GlossaryEntry } from '../../../shared/domain';
import { csvDialectSeparators, defaultCsvDialect, type CsvDialect } from '../../../shared/exportFormats';

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

/// How the terms of a list column (French variants, English terms to avoid) are joined; inside a
/// term, `\` is written `\\` and `|` is written `\|`, so one term holding ` | ` and two terms differ.
export const listSeparator = ' | ';

/// The terms of a list column as one cell: each term escaped, then joined by `listSeparator`.
export function joinTermList(terms: readonly string[]): string {
  return terms.map((term) => term.replace(/[\\|]/g, (character) => `\\${character}`)).join(listSeparator);
}

// A cell that starts with one of these (after spaces and quotes) runs as a spreadsheet formula.
const formulaStart = /^[ "]*[=+\-@\t\r]/;

// Where a spreadsheet set to French starts a new cell (`;`) or row (a line break) when it opens a
// comma file: quotes that do not open a cell of its own do not protect what follows.
const foreignCellStart = /([;\n\r])(?=[ "]*[=+\-@\t])/g;

function csvField(value: string, dialect: CsvDialect): string {
  // A formula start gets a leading apostrophe, which spreadsheets hide and read as "text" (OWASP
  // CSV injection); in a comma file also where French Excel would start a cell inside this one.
  const atStart = formulaStart.test(value) ? `'${value}` : value;
  const safe = dialect === 'standard' ? atStart.replace(foreignCellStart, "$1'") : atStart;
  return /[",;\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/// Serialises entries as CSV with a header row, CRLF line ends and a UTF-8 BOM so spreadsheets
/// read the accents right: RFC 4180 with commas, or semicolons for `excel-fr`. Cells holding a
/// quote, a separator of either dialect or a line break are quoted.
export function glossaryCsv(
  entries: readonly GlossaryEntry[],
  dialect: CsvDialect = defaultCsvDialect,
): string {
  const separator = csvDialectSeparators[dialect];
  const lines = [glossaryCsvColumns.join(separator)];
  for (const entry of entries) {
    lines.push(
      [
        entry.frenchTerm,
        entry.englishTerm,
        entry.label,
        entry.status,
        entry.note,
        String(entry.mentionCount),
        joinTermList(entry.frenchVariants),
        joinTermList(entry.englishAvoid),
        entry.decision,
        entry.wikidataId,
        String(entry.articleCount),
      ]
        .map((value) => csvField(value, dialect))
        .join(separator),
    );
  }
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}
