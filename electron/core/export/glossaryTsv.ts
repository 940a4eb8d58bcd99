import type { GlossaryEntry } from '../../../shared/domain';
import { defaultGlossaryTableColumns, type GlossaryTableColumn } from '../../../shared/exportFormats';
import { glossaryCellText } from './glossaryCsv';

/// The first line of a TSV export: OmegaT skips lines that start with `#`, and reads this magic
/// comment as the file's encoding, so a `.txt` glossary is read as UTF-8 on any system.
export const omegatGlossaryHeader = '# Glossary in tab-separated format -*- coding: utf-8 -*-';

// OmegaT splits a line on tabs and ends it at CR or LF, with no way to escape either.
const fieldBreaks = /[\t\r\n\u2028\u2029]+/g;

function tsvField(value: string): string {
  return value.replace(fieldBreaks, ' ').trim();
}

// A line starting with `#` is a comment to OmegaT; a leading space keeps such a term, since OmegaT
// trims every field after telling comments apart.
function tsvLine(fields: readonly string[]): string {
  const line = fields.join('\t');
  return line.startsWith('#') ? ` ${line}` : line;
}

/// Serialises entries as an OmegaT glossary: UTF-8 without a BOM, one entry per line, fields
/// separated by tabs (French term, English term, note by default, or `columns` in their order), a
/// tab or line break inside a field written as a space. The magic comment comes first and the
/// column names follow as a second comment line, which OmegaT skips.
export function glossaryTsv(
  entries: readonly GlossaryEntry[],
  columns: readonly GlossaryTableColumn[] = defaultGlossaryTableColumns.tsv,
): string {
  const lines = [omegatGlossaryHeader, `# ${columns.join('\t')}`];
  for (const entry of entries) {
    lines.push(tsvLine(columns.map((column) => tsvField(glossaryCellText(entry, column)))));
  }
  return lines.join('\n') + '\n';
}
