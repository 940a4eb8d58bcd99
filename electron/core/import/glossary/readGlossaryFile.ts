import { JSDOM } from 'jsdom';
import {
  glossaryDecisions,
  glossaryStatuses,
  type GlossaryDecision,
  type GlossaryStatus,
} from '../../../../shared/domain';
import { PasserelleError } from '../../../../shared/errors';
import { readTbxHouseNote } from '../../export/glossaryTbx';
import type { GlossaryImportFormat } from '../../../../shared/exchangeImportFormats';

export { glossaryImportFormats, type GlossaryImportFormat } from '../../../../shared/exchangeImportFormats';

/// Largest glossary file read (bytes).
export const maxGlossaryBytes = 64 * 1024 * 1024;

/// One entry as a glossary file gives it, with the line (CSV, TSV) or entry number (TBX) it came from.
export interface ImportedEntry {
  readonly line: number;
  readonly label: string | null;
  readonly frenchTerm: string;
  readonly frenchVariants: readonly string[];
  readonly englishTerm: string;
  readonly englishAvoid: readonly string[];
  readonly note: string;
  readonly wikidataId: string;
  readonly decision: GlossaryDecision | null;
  readonly status: GlossaryStatus | null;
}

function fail(fileName: string, line: number, reason: string): never {
  throw new PasserelleError('invalid_input', `${fileName}, line ${line}: ${reason}`, {
    detail: 'glossaryLine',
    fileName,
    line,
    reason,
  });
}

/// The format a file name says, or null.
export function glossaryFormatOf(fileName: string): GlossaryImportFormat | null {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'csv') return 'csv';
  if (extension === 'tbx' || extension === 'xml') return 'tbx';
  if (extension === 'tsv' || extension === 'txt' || extension === 'tab' || extension === 'utf8') return 'tsv';
  return null;
}

// RFC 4180 records with the line each starts on: quoted cells may hold separators, quotes
// (doubled) and line breaks.
function csvRecords(fileName: string, text: string, separator: string): { line: number; cells: string[] }[] {
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let atCellStart = true;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index] as string;
    if (quoted) {
      if (character === '"') {
        if (text[index + 1] === '"') {
          cell += '"';
          index += 1;
        } else quoted = false;
      } else {
        if (character === '\n') line += 1;
        cell += character;
      }
      continue;
    }
    if (character === '"' && atCellStart) {
      quoted = true;
      atCellStart = false;
    } else if (character === separator) {
      cells.push(cell);
      cell = '';
      atCellStart = true;
    } else if (character === '\n' || character === '\r') {
      if (character === '\r' && text[index + 1] === '\n') index += 1;
      cells.push(cell);
      if (cells.some((value) => value !== '')) records.push({ line: recordLine, cells });
      cells = [];
      cell = '';
      line += 1;
      recordLine = line;
      atCellStart = true;
    } else {
      cell += character;
      atCellStart = false;
    }
  }
  if (quoted) fail(fileName, recordLine, 'a quoted cell is never closed.');
  cells.push(cell);
  if (cells.some((value) => value !== '')) records.push({ line: recordLine, cells });
  return records;
}

// The export writes a leading ' before a cell that would start a formula; reading takes it off.
function unneutralised(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

// A list cell: terms between " | ", with "\|" and "\\" inside a term.
function listCell(cell: string): string[] {
  const terms: string[] = [];
  let term = '';
  for (let index = 0; index < cell.length; index += 1) {
    const character = cell[index] as string;
    if (character === '\\' && (cell[index + 1] === '|' || cell[index + 1] === '\\')) {
      term += cell[index + 1];
      index += 1;
    } else if (character === '|') {
      terms.push(term.trim());
      term = '';
    } else term += character;
  }
  terms.push(term.trim());
  return terms.filter((value) => value !== '');
}

function entryFromColumns(line: number, value: (column: string) => string): ImportedEntry {
  const decision = glossaryDecisions.find((known) => known === value('decision').trim()) ?? null;
  const status = glossaryStatuses.find((known) => known === value('status').trim()) ?? null;
  const label = value('label').trim();
  return {
    line,
    label: label === '' ? null : label,
    frenchTerm: value('french_term').trim(),
    frenchVariants: listCell(value('french_variants')),
    englishTerm: value('english_term').trim(),
    englishAvoid: listCell(value('english_avoid')),
    note: value('note').trim(),
    wikidataId: value('wikidata_id').trim(),
    decision,
    status,
  };
}

function readCsv(fileName: string, text: string): ImportedEntry[] {
  const firstLine = text.split('\n', 1)[0] ?? '';
  // The Excel (French) dialect separates with ";"; its header has no comma.
  const separator = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  const [header, ...rows] = csvRecords(fileName, text, separator);
  const columns = header?.cells.map((cell) => cell.trim().toLowerCase()) ?? [];
  if (!columns.includes('french_term')) {
    fail(
      fileName,
      1,
      'the first line must name the columns, french_term among them (as Passerelle exports them).',
    );
  }
  return rows.map(({ line, cells }) =>
    entryFromColumns(line, (column) => {
      const index = columns.indexOf(column);
      return index < 0 ? '' : unneutralised(cells[index] ?? '');
    }),
  );
}

function readTsv(text: string): ImportedEntry[] {
  let columns = ['french_term', 'english_term', 'note'];
  const entries: ImportedEntry[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    if (raw.startsWith('#')) {
      // Passerelle writes its column names as a comment; OmegaT's own files have none.
      const named = raw.slice(1).trim().split('\t');
      if (named.includes('french_term')) columns = named.map((name) => name.trim());
      return;
    }
    if (raw.trim() === '') return;
    const cells = raw.split('\t');
    entries.push(
      entryFromColumns(index + 1, (column) => {
        const at = columns.indexOf(column);
        return at < 0 ? '' : (cells[at] ?? '');
      }),
    );
  });
  return entries;
}

function readTbx(fileName: string, text: string): ImportedEntry[] {
  let document: Document;
  try {
    document = new JSDOM(text, { contentType: 'application/xml' }).window.document;
  } catch (error) {
    fail(
      fileName,
      1,
      `the file is not well-formed XML (${error instanceof Error ? error.message.split('\n')[0] : String(error)}).`,
    );
  }
  if (document.documentElement.localName !== 'tbx') fail(fileName, 1, 'the root element is not <tbx>.');
  return [...document.getElementsByTagNameNS('*', 'conceptEntry')].map((concept, index) => {
    const line = index + 1;
    const direct = (name: string) => [...concept.children].filter((child) => child.localName === name);
    const descrip = (type: string) =>
      direct('descrip')
        .find((element) => element.getAttribute('type') === type)
        ?.textContent?.trim() ?? '';
    const terms = (language: string) => {
      const section = direct('langSec').find((element) =>
        (element.getAttribute('xml:lang') ?? '').toLowerCase().startsWith(language),
      );
      return [...(section?.children ?? [])]
        .filter((child) => child.localName === 'termSec')
        .map((termSec) => ({
          term: [...termSec.children].find((child) => child.localName === 'term')?.textContent?.trim() ?? '',
          status:
            [...termSec.children]
              .find(
                (child) =>
                  child.localName === 'termNote' && child.getAttribute('type') === 'administrativeStatus',
              )
              ?.textContent?.trim() ?? '',
        }))
        .filter((entry) => entry.term !== '');
    };
    const french = terms('fr');
    const english = terms('en');
    const preferredFrench = french.find((term) => term.status === 'preferredTerm-admn-sts') ?? french[0];
    if (preferredFrench === undefined) fail(fileName, line, `concept entry ${line} has no French term.`);
    const preferredEnglish = english.find((term) => term.status !== 'deprecatedTerm-admn-sts');
    const notes = direct('note').map((note) => readTbxHouseNote(note.textContent ?? ''));
    const house = (field: 'decision' | 'status') => notes.find((note) => note?.field === field)?.value;
    const xref = direct('xref').find((element) => element.getAttribute('type') === 'externalCrossReference');
    const wikidata = /\/(Q[1-9]\d*)$/.exec(xref?.getAttribute('target') ?? '')?.[1] ?? '';
    const label = descrip('subjectField');
    return {
      line,
      label: label === '' ? null : label,
      frenchTerm: preferredFrench.term,
      frenchVariants: french.filter((term) => term !== preferredFrench).map((term) => term.term),
      englishTerm: preferredEnglish?.term ?? '',
      englishAvoid: english
        .filter((term) => term.status === 'deprecatedTerm-admn-sts')
        .map((term) => term.term),
      note: descrip('definition'),
      wikidataId: wikidata,
      decision: glossaryDecisions.find((known) => known === house('decision')) ?? null,
      status: glossaryStatuses.find((known) => known === house('status')) ?? null,
    };
  });
}

/// Reads a glossary file (CSV as Passerelle writes it in either dialect, OmegaT's TSV, TBX) into
/// entries; a file that cannot be read is refused whole, naming the file and the line.
export function readGlossaryFile(
  fileName: string,
  content: string,
  format: GlossaryImportFormat,
): ImportedEntry[] {
  const text = content.replace(/^\ufeff/, '');
  const entries =
    format === 'csv' ? readCsv(fileName, text) : format === 'tsv' ? readTsv(text) : readTbx(fileName, text);
  for (const entry of entries) {
    if (entry.frenchTerm === '') fail(fileName, entry.line, 'the entry has no French term.');
  }
  return entries;
}
