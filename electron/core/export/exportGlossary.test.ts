import { describe, expect, it } from 'vitest';
import { glossaryExportFiles, glossaryExportFormats } from '../../../shared/exportFormats';
import en from '../../../shared/i18n/locales/en/main.json';
import fr from '../../../shared/i18n/locales/fr/main.json';
import { dispatch } from '../dispatch';
import type { CoreContext } from '../coreContext';
import { storeParagraphs, testContext } from '../testing/testContext';
import { relaxNgErrors, schematronErrors } from './testing/tbxValidators';

describe('exportGlossary', () => {
  it('exports the glossary as CSV with mention counts', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, ['Pékin, « la capitale ».']);
    const mention = await dispatch(ctx, 'annotations.create', {
      articleId,
      start: 0,
      end: 5,
      kind: 'entity',
      label: 'place',
    });
    await dispatch(ctx, 'glossary.update', {
      id: mention.glossaryEntryId!,
      englishTerm: 'Beijing',
      note: 'Capital, "Peking" is dated',
    });
    const file = await dispatch(ctx, 'glossary.export', { format: 'csv' });
    expect(file.fileName).toBe('passerelle-glossary.csv');
    expect(file.content).toBe(
      '\ufefffrench_term,english_term,label,status,note,mentions,french_variants,english_avoid,decision,wikidata_id,articles\r\n' +
        'Pékin,Beijing,place,draft,"Capital, ""Peking"" is dated",1,,,translate,,1\r\n',
    );
  });

  it('offers an empty glossary as a file named after its format, with its MIME type', async () => {
    const file = await dispatch(testContext(), 'glossary.export', { format: 'csv' });
    expect(file).toMatchObject({ fileName: 'passerelle-glossary.csv', mimeType: 'text/csv' });
    expect(file.content).toBe(
      '\ufefffrench_term,english_term,label,status,note,mentions,french_variants,english_avoid,decision,wikidata_id,articles\r\n',
    );
  });

  it('exports the Excel (French) dialect when asked, under the same file name', async () => {
    const ctx = testContext();
    await dispatch(ctx, 'glossary.create', { label: 'place', frenchTerm: 'Pékin', englishTerm: 'Beijing' });
    const file = await dispatch(ctx, 'glossary.export', { format: 'csv', dialect: 'excel-fr' });
    expect(file).toMatchObject({ fileName: 'passerelle-glossary.csv', mimeType: 'text/csv' });
    expect(file.content).toBe(
      '\ufefffrench_term;english_term;label;status;note;mentions;french_variants;english_avoid;decision;wikidata_id;articles\r\n' +
        'Pékin;Beijing;place;draft;;0;;;translate;;0\r\n',
    );
  });

  it('refuses a dialect it does not know', async () => {
    await expect(
      dispatch(testContext(), 'glossary.export', { format: 'csv', dialect: 'excel-de' }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
  });
});

/// A workspace with three entries: Pékin (place, approved, mentioned in the first article),
/// Macron (person, draft, mentioned in the second) and Élysée (place, draft, never mentioned).
async function threeEntries(): Promise<{ ctx: CoreContext; first: number; second: number }> {
  const ctx = testContext();
  const first = storeParagraphs(ctx, ['Pékin répond.'], 'Premier');
  const second = storeParagraphs(ctx, ['Macron parle.'], 'Second');
  const beijing = await dispatch(ctx, 'annotations.create', {
    articleId: first,
    start: 0,
    end: 5,
    kind: 'entity',
    label: 'place',
  });
  await dispatch(ctx, 'glossary.update', {
    id: beijing.glossaryEntryId!,
    englishTerm: 'Beijing',
    status: 'approved',
  });
  const macron = await dispatch(ctx, 'annotations.create', {
    articleId: second,
    start: 0,
    end: 6,
    kind: 'entity',
    label: 'person',
  });
  await dispatch(ctx, 'glossary.update', {
    id: macron.glossaryEntryId!,
    englishTerm: 'Macron',
    decision: 'keep',
  });
  await dispatch(ctx, 'glossary.create', {
    label: 'place',
    frenchTerm: 'Élysée',
    englishTerm: 'Élysée Palace',
  });
  return { ctx, first, second };
}

const frenchTerms = (csv: string) =>
  csv
    .replace('\ufeff', '')
    .split('\r\n')
    .slice(1, -1)
    .map((row) => row.split(',')[0]);

describe('exportGlossary scope', () => {
  it('exports every entry without a scope, or only the approved ones', async () => {
    const { ctx } = await threeEntries();
    const all = await dispatch(ctx, 'glossary.export', { format: 'csv' });
    expect(frenchTerms(all.content)).toEqual(['Élysée', 'Macron', 'Pékin']);
    const approved = await dispatch(ctx, 'glossary.export', { format: 'csv', approvedOnly: true });
    expect(frenchTerms(approved.content)).toEqual(['Pékin']);
  });

  it('exports the entries of the asked labels, and refuses a label the workspace lacks', async () => {
    const { ctx } = await threeEntries();
    const places = await dispatch(ctx, 'glossary.export', { format: 'csv', labels: ['place'] });
    expect(frenchTerms(places.content)).toEqual(['Élysée', 'Pékin']);
    const both = await dispatch(ctx, 'glossary.export', { format: 'csv', labels: ['place', 'person'] });
    expect(frenchTerms(both.content)).toEqual(['Élysée', 'Macron', 'Pékin']);
    await expect(
      dispatch(ctx, 'glossary.export', { format: 'csv', labels: ['planet'] }),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('There is no label "planet"'),
    });
  });

  it('exports the entries mentioned in the asked articles, and refuses an article that does not exist', async () => {
    const { ctx, first, second } = await threeEntries();
    const inFirst = await dispatch(ctx, 'glossary.export', { format: 'csv', articleIds: [first] });
    expect(frenchTerms(inFirst.content)).toEqual(['Pékin']);
    const inBoth = await dispatch(ctx, 'glossary.export', { format: 'csv', articleIds: [first, second] });
    expect(frenchTerms(inBoth.content)).toEqual(['Macron', 'Pékin']);
    await expect(
      dispatch(ctx, 'glossary.export', { format: 'csv', articleIds: [999] }),
    ).rejects.toMatchObject({
      code: 'not_found',
      message: 'There is no article 999 in this workspace.',
    });
  });

  it('narrows by every filter at once', async () => {
    const { ctx, first, second } = await threeEntries();
    const file = await dispatch(ctx, 'glossary.export', {
      format: 'csv',
      approvedOnly: true,
      labels: ['place'],
      articleIds: [first, second],
    });
    expect(frenchTerms(file.content)).toEqual(['Pékin']);
    const none = await dispatch(ctx, 'glossary.export', {
      format: 'csv',
      labels: ['person'],
      articleIds: [first],
    });
    expect(frenchTerms(none.content)).toEqual([]);
  });

  it('applies the scope to every format', async () => {
    const { ctx } = await threeEntries();
    for (const format of ['tsv', 'json', 'tbx', 'html'] as const) {
      const file = await dispatch(ctx, 'glossary.export', { format, approvedOnly: true });
      expect(file.content, format).toContain('Pékin');
      expect(file.content, format).not.toContain('Macron');
    }
  });
});

describe('exportGlossary formats', () => {
  it('writes the chosen CSV columns in their order, in either dialect', async () => {
    const { ctx } = await threeEntries();
    const file = await dispatch(ctx, 'glossary.export', {
      format: 'csv',
      columns: ['english_term', 'french_term', 'decision'],
      dialect: 'excel-fr',
    });
    expect(file.content).toBe(
      '\ufeffenglish_term;french_term;decision\r\n' +
        'Élysée Palace;Élysée;translate\r\nMacron;Macron;keep\r\nBeijing;Pékin;translate\r\n',
    );
  });

  it('writes an OmegaT TSV under a .txt name, with the chosen columns', async () => {
    const { ctx } = await threeEntries();
    const file = await dispatch(ctx, 'glossary.export', {
      format: 'tsv',
      columns: ['french_term', 'english_term'],
    });
    expect(file).toMatchObject({
      fileName: 'passerelle-glossary.txt',
      mimeType: 'text/tab-separated-values',
    });
    expect(file.content.split('\n').slice(1)).toEqual([
      '# french_term\tenglish_term',
      'Élysée\tÉlysée Palace',
      'Macron\tMacron',
      'Pékin\tBeijing',
      '',
    ]);
  });

  it('writes JSON with every field, named after the workspace and dated by the clock', async () => {
    const { ctx } = await threeEntries();
    const dated = { ...ctx, now: () => new Date('2026-03-04T05:06:07Z') };
    const file = await dispatch(dated, 'glossary.export', { format: 'json' });
    expect(file).toMatchObject({ fileName: 'passerelle-glossary.json', mimeType: 'application/json' });
    const parsed = JSON.parse(file.content) as { workspace: string; exportedAt: string; entries: unknown[] };
    expect(parsed).toMatchObject({ workspace: ':memory:', exportedAt: '2026-03-04T05:06:07.000Z' });
    expect(parsed.entries).toEqual(await dispatch(ctx, 'glossary.list', {}));
  });

  it('writes a TBX of the workspace that validates', async () => {
    const { ctx } = await threeEntries();
    const file = await dispatch(ctx, 'glossary.export', { format: 'tbx' });
    expect(file).toMatchObject({ fileName: 'passerelle-glossary.tbx', mimeType: 'application/xml' });
    expect(file.content.match(/<conceptEntry /g)).toHaveLength(3);
    expect(await relaxNgErrors(file.content)).toEqual([]);
    expect(schematronErrors(file.content)).toEqual([]);
  });

  it("writes a printable HTML page grouped by the labels' English names", async () => {
    const { ctx } = await threeEntries();
    const file = await dispatch(ctx, 'glossary.export', { format: 'html' });
    expect(file).toMatchObject({ fileName: 'passerelle-glossary.html', mimeType: 'text/html' });
    expect([...file.content.matchAll(/<h2>([^<]*)/g)].map((match) => match[1])).toEqual([
      'Person ',
      'Place ',
    ]);
  });

  it('refuses columns for a format that has none, and a column named twice', async () => {
    const ctx = testContext();
    await expect(
      dispatch(ctx, 'glossary.export', { format: 'tbx', columns: ['french_term'] }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(
      dispatch(ctx, 'glossary.export', { format: 'csv', columns: ['french_term', 'french_term'] }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(
      dispatch(ctx, 'glossary.export', { format: 'csv', columns: ['colour'] }),
    ).rejects.toMatchObject({
      code: 'invalid_input',
    });
  });
});

describe('glossary export formats', () => {
  it('each have a file type name for the save dialog in English and French, naming their extension', () => {
    for (const format of glossaryExportFormats) {
      const key = `${format}Files`;
      for (const dialog of [en.dialog, fr.dialog] as Record<string, string>[]) {
        expect(dialog[key], key).toContain(`(.${glossaryExportFiles[format].extension})`);
      }
    }
  });
});
