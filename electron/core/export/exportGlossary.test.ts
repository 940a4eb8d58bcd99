import { describe, expect, it } from 'vitest';
import { dispatch } from '../dispatch';
import { storeParagraphs, testContext } from '../testing/testContext';

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
