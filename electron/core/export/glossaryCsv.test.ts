import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../../../shared/domain';
import { glossaryCsv } from './glossaryCsv';

const entry: GlossaryEntry = {
  id: 1,
  label: 'organisation',
  frenchTerm: '=HYPERLINK("x")',
  englishTerm: 'line\nbreak',
  note: '',
  status: 'draft',
  createdAt: '',
  updatedAt: '',
  sourceArticleId: null,
  mentionCount: 0,
};

describe('glossaryCsv', () => {
  it('defuses spreadsheet formulas and quotes fields with line breaks', () => {
    const [, row] = glossaryCsv([entry]).replace('\ufeff', '').split('\r\n');
    expect(row).toBe(`"'=HYPERLINK(""x"")","line\nbreak",organisation,draft,,0`);
  });

  it('writes only the header for an empty glossary', () => {
    expect(glossaryCsv([])).toBe('\ufefffrench_term,english_term,label,status,note,mentions\r\n');
  });
});
