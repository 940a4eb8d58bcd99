import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../../../shared/domain';
import { glossaryTsv, omegatGlossaryHeader } from './glossaryTsv';

const entry: GlossaryEntry = {
  id: 1,
  label: 'place',
  frenchTerm: 'Pékin',
  frenchVariants: ['Pekin'],
  englishTerm: 'Beijing',
  englishAvoid: ['Peking'],
  decision: 'translate',
  note: 'Capital of China',
  wikidataId: 'Q956',
  status: 'approved',
  createdAt: '',
  updatedAt: '',
  sourceArticleId: null,
  author: null,
  mentionCount: 3,
  articleCount: 2,
};

/// Reads a glossary the way OmegaT's GlossaryReaderTSV does: lines split at CR or LF, lines
/// starting with `#` skipped, fields split at tabs and trimmed, a line without a source and a
/// target skipped; answers [source, target, comment].
function omegatEntries(tsv: string): string[][] {
  return tsv
    .split(/\r\n|\r|\n/)
    .filter((line) => !line.startsWith('#'))
    .map((line) =>
      line
        .replace(/\t+$/, '')
        .split('\t')
        .map((field) => field.trim()),
    )
    .filter((fields) => fields.length >= 2 && fields[0] !== '')
    .map(([source = '', target = '', comment = '']) => [source, target, comment]);
}

describe('glossaryTsv', () => {
  it('writes a golden OmegaT glossary: magic comment, column names as a comment, source, target and note', () => {
    expect(
      glossaryTsv([entry, { ...entry, frenchTerm: 'Élysée', englishTerm: 'Élysée Palace', note: '' }]),
    ).toBe(
      `${omegatGlossaryHeader}\n# french_term\tenglish_term\tnote\n` +
        'Pékin\tBeijing\tCapital of China\n' +
        'Élysée\tÉlysée Palace\t\n',
    );
    expect(omegatGlossaryHeader).toBe('# Glossary in tab-separated format -*- coding: utf-8 -*-');
  });

  it('writes a tab or line break inside a field as a space, so each entry stays one line of three fields', () => {
    const tsv = glossaryTsv([
      { ...entry, frenchTerm: 'a\tb', englishTerm: 'c\r\nd', note: 'first line\nsecond\u2028third\ttab' },
    ]);
    expect(tsv.split('\n')[2]).toBe('a b\tc d\tfirst line second third tab');
    expect(omegatEntries(tsv)).toEqual([['a b', 'c d', 'first line second third tab']]);
  });

  it('keeps a term that starts with # from being read as a comment', () => {
    const tsv = glossaryTsv([{ ...entry, frenchTerm: '#MeToo', englishTerm: '#MeToo', note: '' }]);
    expect(omegatEntries(tsv)).toEqual([['#MeToo', '#MeToo', '']]);
  });

  it('writes the chosen columns in their order, lists joined as in the CSV', () => {
    const tsv = glossaryTsv([entry], ['french_term', 'english_term', 'english_avoid', 'label', 'mentions']);
    expect(tsv.split('\n').slice(1, 3)).toEqual([
      '# french_term\tenglish_term\tenglish_avoid\tlabel\tmentions',
      'Pékin\tBeijing\tPeking\tplace\t3',
    ]);
  });

  it('writes only the comments for an empty glossary, with no BOM', () => {
    expect(glossaryTsv([])).toBe(`${omegatGlossaryHeader}\n# french_term\tenglish_term\tnote\n`);
  });
});
