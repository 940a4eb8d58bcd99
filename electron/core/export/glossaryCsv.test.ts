import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../../../shared/domain';
import { glossaryCsv } from './glossaryCsv';

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
