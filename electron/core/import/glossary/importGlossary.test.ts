import { describe, expect, it } from 'vitest';
import type { CoreContext } from '../../coreContext';
import { dispatch } from '../../dispatch';
import { testContext } from '../../testing/testContext';
import { importGlossaryEntries } from './importGlossary';
import { readGlossaryFile, type GlossaryImportFormat } from './readGlossaryFile';

async function seeded(): Promise<CoreContext> {
  const ctx = testContext();
  await dispatch(ctx, 'glossary.create', {
    label: 'place',
    frenchTerm: 'Pékin',
    frenchVariants: ['Pekin'],
    englishTerm: 'Beijing',
    englishAvoid: ['Peking', 'a | b'],
    decision: 'translate',
    note: 'Capital of China; "quoted"\nsecond line',
    wikidataId: 'Q956',
    status: 'approved',
  });
  await dispatch(ctx, 'glossary.create', {
    label: 'organisation',
    frenchTerm: '=Cour des comptes',
    englishTerm: 'Court of Audit',
    decision: 'gloss',
  });
  await dispatch(ctx, 'glossary.create', { label: 'person', frenchTerm: 'Xi Jinping', decision: 'keep' });
  return ctx;
}

// The fields a round trip keeps, by French term.
async function fields(ctx: CoreContext, keep: readonly string[]) {
  const entries = await dispatch(ctx, 'glossary.list', {});
  return entries.map((entry) =>
    Object.fromEntries(keep.map((key) => [key, entry[key as keyof typeof entry]])),
  );
}

async function exported(
  ctx: CoreContext,
  format: GlossaryImportFormat,
  dialect?: 'excel-fr',
): Promise<string> {
  return (await dispatch(ctx, 'glossary.export', { format, ...(dialect === undefined ? {} : { dialect }) }))
    .content;
}

describe('importGlossaryEntries', () => {
  const everyField = [
    'label',
    'frenchTerm',
    'frenchVariants',
    'englishTerm',
    'englishAvoid',
    'decision',
    'note',
    'wikidataId',
    'status',
  ];

  for (const [format, dialect, kept] of [
    ['csv', undefined, everyField],
    ['csv', 'excel-fr', everyField],
    ['tbx', undefined, everyField],
    ['tsv', undefined, ['frenchTerm', 'englishTerm']],
  ] as const) {
    it(`brings a ${format}${dialect ? ` (${dialect})` : ''} export back into an empty workspace`, async () => {
      const source = await seeded();
      const target = testContext();
      const summary = importGlossaryEntries(
        target,
        `glossary.${format}`,
        readGlossaryFile('g', await exported(source, format, dialect), format),
      );
      expect(summary).toMatchObject({ created: 3, merged: 0, conflicts: [] });
      expect(await fields(target, kept)).toEqual(await fields(source, kept));
    });
  }

  it('merges an entry of the same folded French term, filling what is empty, and lists a conflict without overwriting', async () => {
    const ctx = await seeded();
    const file =
      'french_term,english_term,label,french_variants,note\r\npekin,Peiping,place,Beijing-ville,\r\nXi Jinping,Xi Jinping,person,,President of China\r\n';
    const summary = importGlossaryEntries(ctx, 'theirs.csv', readGlossaryFile('theirs.csv', file, 'csv'));
    expect(summary.conflicts).toEqual([
      expect.objectContaining({
        line: 2,
        frenchTerm: 'Pékin',
        mine: 'Beijing',
        theirs: 'Peiping',
        choice: 'keep',
      }),
    ]);
    expect(summary).toMatchObject({ created: 0, merged: 2 });
    const entries = await dispatch(ctx, 'glossary.list', {});
    expect(entries.find((entry) => entry.frenchTerm === 'Pékin')).toMatchObject({
      englishTerm: 'Beijing',
      frenchVariants: ['Pekin', 'Beijing-ville'],
    });
    expect(entries.find((entry) => entry.frenchTerm === 'Xi Jinping')).toMatchObject({
      englishTerm: 'Xi Jinping',
      note: 'President of China',
    });

    // Taking theirs, or keeping both as two entries.
    const take = await seeded();
    importGlossaryEntries(take, 'theirs.csv', readGlossaryFile('theirs.csv', file, 'csv'), 'take');
    expect(
      (await dispatch(take, 'glossary.list', {})).find((entry) => entry.frenchTerm === 'Pékin'),
    ).toMatchObject({ englishTerm: 'Peiping' });
    const both = await seeded();
    importGlossaryEntries(both, 'theirs.csv', readGlossaryFile('theirs.csv', file, 'csv'), 'both');
    expect(
      (await dispatch(both, 'glossary.list', {}))
        .filter((entry) => foldedPekin(entry.frenchTerm))
        .map((entry) => entry.englishTerm)
        .sort(),
    ).toEqual(['Beijing', 'Peiping']);

    // The whole import is one step.
    await dispatch(ctx, 'history.undo', {});
    expect(
      (await dispatch(ctx, 'glossary.list', {})).find((entry) => entry.frenchTerm === 'Xi Jinping'),
    ).toMatchObject({ englishTerm: '' });
  });

  it('refuses a file it cannot read, naming the line, and stores nothing', () => {
    expect(() => readGlossaryFile('x.csv', 'a,b\r\nc,d\r\n', 'csv')).toThrow(
      /x\.csv, line 1: the first line must name the columns/,
    );
    expect(() => readGlossaryFile('x.csv', 'french_term,english_term\r\n"Pékin,Beijing\r\n', 'csv')).toThrow(
      /x\.csv, line 2: a quoted cell is never closed/,
    );
    expect(() => readGlossaryFile('x.tbx', '<tbx><text><body><conceptEntry>', 'tbx')).toThrow(
      /x\.tbx, line 1: the file is not well-formed XML/,
    );
    expect(() => readGlossaryFile('x.tsv', '# french_term\tenglish_term\n\tBeijing\n', 'tsv')).toThrow(
      /x\.tsv, line 2: the entry has no French term/,
    );
  });
});

function foldedPekin(term: string): boolean {
  return term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase() === 'pekin';
}
