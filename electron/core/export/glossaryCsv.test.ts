import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../../../shared/domain';
import { glossaryCsv, glossaryCsvColumns } from './glossaryCsv';

const entry: GlossaryEntry = {
  id: 1,
  label: 'organisation',
  frenchTerm: '=HYPERLINK("x")',
  frenchVariants: [],
  englishTerm: 'line\nbreak',
  englishAvoid: [],
  decision: 'translate',
  note: '',
  wikidataId: '',
  status: 'draft',
  author: null,
  createdAt: '',
  updatedAt: '',
  sourceArticleId: null,
  mentionCount: 0,
  articleCount: 0,
};

const header =
  'french_term,english_term,label,status,note,mentions,french_variants,english_avoid,decision,wikidata_id,articles';

describe('glossaryCsv', () => {
  it('defuses spreadsheet formulas and quotes fields with line breaks', () => {
    const [, row] = glossaryCsv([entry]).replace('\ufeff', '').split('\r\n');
    expect(row).toBe(`"'=HYPERLINK(""x"")","line\nbreak",organisation,draft,,0,,,translate,,0`);
  });

  it('joins French variants and English terms to avoid, and writes the decision and Wikidata id', () => {
    const [, row] = glossaryCsv([
      {
        ...entry,
        frenchTerm: 'Pékin',
        frenchVariants: ['Pekin', 'Beijing'],
        englishTerm: 'Beijing',
        englishAvoid: ['Peking'],
        decision: 'keep',
        wikidataId: 'Q956',
        mentionCount: 3,
        articleCount: 2,
      },
    ])
      .replace('\ufeff', '')
      .split('\r\n');
    expect(row).toBe('Pékin,Beijing,organisation,draft,,3,Pekin | Beijing,Peking,keep,Q956,2');
  });

  it('writes only the header for an empty glossary', () => {
    expect(glossaryCsv([])).toBe(`\ufeff${header}\r\n`);
  });
});

/// Reads `csv` the way a spreadsheet whose list separator is `separator` does: a cell that
/// starts with `"` is quoted up to its closing quote, any other cell runs to the next separator
/// or line end with its quotes kept as text.
function spreadsheetCells(csv: string, separator: string): string[][] {
  const text = csv.replace(/^\ufeff/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const atCellEnd = () => i >= text.length || text[i] === separator || text[i] === '\r' || text[i] === '\n';
  while (i < text.length) {
    let cell = '';
    if (text[i] === '"') {
      i++;
      while (i < text.length) {
        if (text[i] === '"' && text[i + 1] === '"') {
          cell += '"';
          i += 2;
        } else if (text[i] === '"') {
          i++;
          break;
        } else {
          cell += text[i++];
        }
      }
    }
    while (!atCellEnd()) cell += text[i++];
    row.push(cell);
    if (text[i] === separator) {
      i++;
      continue;
    }
    if (text[i] === '\r') i++;
    if (text[i] === '\n') i++;
    rows.push(row);
    row = [];
  }
  return rows;
}

const runsAsFormula = (cell: string) => /^[\s"]*[=+\-@]/.test(cell);

const hostile: GlossaryEntry = {
  ...entry,
  frenchTerm: 'x;=1+1',
  frenchVariants: ['y; +2', 'z;"@SUM(A1)"'],
  englishTerm: 'a,b;-3',
  englishAvoid: ['=cmd'],
  note: 'first line\n=HYPERLINK("http://x")',
};

describe('glossaryCsv for spreadsheets set to French', () => {
  it('quotes a cell holding a semicolon and neutralises a formula start after it', () => {
    const [, row] = glossaryCsv([{ ...entry, frenchTerm: 'x;=1+1', englishTerm: 'a; -b' }])
      .replace('\ufeff', '')
      .split('\r\n');
    expect(row).toBe(`"x;'=1+1","a;' -b",organisation,draft,,0,,,translate,,0`);
  });

  it('leaves no cell a formula when the comma file is opened with either list separator', () => {
    const csv = glossaryCsv([hostile]);
    for (const separator of [',', ';']) {
      const cells = spreadsheetCells(csv, separator).flat();
      expect(cells.filter(runsAsFormula)).toEqual([]);
    }
    expect(spreadsheetCells(csv, ',')[1]!.slice(0, 5)).toEqual([
      "x;'=1+1",
      "a,b;'-3",
      'organisation',
      'draft',
      `first line\n'=HYPERLINK("http://x")`,
    ]);
  });

  it('writes the Excel (French) dialect with semicolons, quoting cells that hold either separator', () => {
    const csv = glossaryCsv([{ ...entry, frenchTerm: 'x;=1+1', englishTerm: 'a, b' }], 'excel-fr');
    expect(csv).toBe(
      `\ufeff${header.replaceAll(',', ';')}\r\n` + `"x;=1+1";"a, b";organisation;draft;;0;;;translate;;0\r\n`,
    );
  });

  it('keeps a semicolon inside a quoted cell of the French dialect, so what follows it starts no cell', () => {
    const csv = glossaryCsv([hostile], 'excel-fr');
    const [headerRow, row] = spreadsheetCells(csv, ';');
    expect(headerRow).toEqual([...glossaryCsvColumns]);
    expect(row).toEqual([
      'x;=1+1',
      'a,b;-3',
      'organisation',
      'draft',
      'first line\n=HYPERLINK("http://x")',
      '0',
      'y; +2 | z;"@SUM(A1)"',
      "'=cmd",
      'translate',
      '',
      '0',
    ]);
    expect(row!.filter(runsAsFormula)).toEqual([]);
  });
});

describe('glossaryCsv term lists', () => {
  it('escapes the list separator inside a term, so one term and two terms differ', () => {
    const one = glossaryCsv([{ ...entry, frenchVariants: ['a | b'] }]);
    const two = glossaryCsv([{ ...entry, frenchVariants: ['a', 'b'] }]);
    expect(spreadsheetCells(one, ',')[1]![6]).toBe('a \\| b');
    expect(spreadsheetCells(two, ',')[1]![6]).toBe('a | b');
  });

  it('escapes a backslash, so a term ending in one stays apart from the separator', () => {
    const csv = glossaryCsv([{ ...entry, frenchVariants: ['C:\\', 'x|y'], englishAvoid: ['\\|'] }]);
    expect(spreadsheetCells(csv, ',')[1]!.slice(6, 8)).toEqual(['C:\\\\ | x\\|y', '\\\\\\|']);
  });
});

describe('glossaryCsv columns', () => {
  it('writes only the chosen columns, in the chosen order, still defusing formulas', () => {
    const csv = glossaryCsv([{ ...entry, englishAvoid: ['a', 'b'] }], 'standard', [
      'english_avoid',
      'french_term',
    ]);
    expect(csv).toBe(`\ufeffenglish_avoid,french_term\r\na | b,"'=HYPERLINK(""x"")"\r\n`);
  });
});
