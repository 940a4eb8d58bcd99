import type { GlossaryEntry } from '../../../shared/domain';
import {
  csvDialectSeparators,
  defaultCsvDialect,
  glossaryTableColumns,
  type CsvDialect,
  type GlossaryTableColumn,
} from '../../../shared/exportFormats';

/// Columns of the glossary CSV, in order. The first six are those of earlier versions, so
/// scripts reading them by position keep working; lists are joined by `listSeparator`.
export const glossaryCsvColumns = glossaryTableColumns;

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

/// One CSV cell: formula starts neutralised (OWASP CSV injection), quoted when it holds a quote, a
/// separator of either dialect or a line break.
export function csvField(value: string, dialect: CsvDialect): string {
  // A formula start gets a leading apostrophe, which spreadsheets hide and read as "text" (OWASP
  // CSV injection); in a comma file also where French Excel would start a cell inside this one.
  const atStart = formulaStart.test(value) ? `'${value}` : value;
  const safe = dialect === 'standard' ? atStart.replace(foreignCellStart, "$1'") : atStart;
  return /[",;\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/// The text of one column of a CSV or TSV export for `entry`, before the format's escaping.
export function glossaryCellText(entry: GlossaryEntry, column: GlossaryTableColumn): string {
  switch (column) {
    case 'french_term':
      return entry.frenchTerm;
    case 'english_term':
      return entry.englishTerm;
    case 'label':
      return entry.label;
    case 'status':
      return entry.status;
    case 'note':
      return entry.note;
    case 'mentions':
      return String(entry.mentionCount);
    case 'french_variants':
      return joinTermList(entry.frenchVariants);
    case 'english_avoid':
      return joinTermList(entry.englishAvoid);
    case 'decision':
      return entry.decision;
    case 'wikidata_id':
      return entry.wikidataId;
    case 'articles':
      return String(entry.articleCount);
  }
}

/// Serialises entries as CSV with a header row, CRLF line ends and a UTF-8 BOM so spreadsheets
/// read the accents right: RFC 4180 with commas, or semicolons for `excel-fr`. Cells holding a
/// quote, a separator of either dialect or a line break are quoted; `columns` chooses the
/// columns and their order (all of `glossaryCsvColumns` without it).
export function glossaryCsv(
  entries: readonly GlossaryEntry[],
  dialect: CsvDialect = defaultCsvDialect,
  columns: readonly GlossaryTableColumn[] = glossaryCsvColumns,
): string {
  const separator = csvDialectSeparators[dialect];
  const lines = [columns.join(separator)];
  for (const entry of entries) {
    lines.push(columns.map((column) => csvField(glossaryCellText(entry, column), dialect)).join(separator));
  }
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}
