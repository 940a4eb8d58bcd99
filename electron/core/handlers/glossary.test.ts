import { describe, expect, it } from 'vitest';
import { dispatch } from '../dispatch';
import { storeParagraphs, testContext } from '../testing/testContext';

describe('glossary', () => {
  it('creates, updates and lists entries', async () => {
    const ctx = testContext();
    const entry = await dispatch(ctx, 'glossary.create', { label: 'place', frenchTerm: '  Pékin ' });
    expect(entry).toMatchObject({ frenchTerm: 'Pékin', englishTerm: '', status: 'draft', mentionCount: 0 });
    const updated = await dispatch(ctx, 'glossary.update', { id: entry.id, englishTerm: 'Beijing', status: 'approved' });
    expect(updated).toMatchObject({ frenchTerm: 'Pékin', englishTerm: 'Beijing', status: 'approved' });
    expect(await dispatch(ctx, 'glossary.list', {})).toEqual([updated]);
  });

  it('rejects invalid input with a specific message and changes nothing', async () => {
    const ctx = testContext();
    await expect(dispatch(ctx, 'glossary.create', { label: 'planet', frenchTerm: 'Mars' })).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('label'),
    });
    await expect(dispatch(ctx, 'glossary.update', { id: 7, englishTerm: 'x' })).rejects.toMatchObject({ code: 'not_found' });
    expect(await dispatch(ctx, 'glossary.list', {})).toEqual([]);
  });

  it('exports the glossary as CSV with mention counts', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, ['Pékin, « la capitale ».']);
    const mention = await dispatch(ctx, 'annotations.create', { articleId, start: 0, end: 5, kind: 'entity', label: 'place' });
    await dispatch(ctx, 'glossary.update', { id: mention.glossaryEntryId!, englishTerm: 'Beijing', note: 'Capital, "Peking" is dated' });
    const file = await dispatch(ctx, 'glossary.export', { format: 'csv' });
    expect(file.fileName).toBe('passerelle-glossary.csv');
    expect(file.content).toBe(
      '\ufefffrench_term,english_term,label,status,note,mentions\r\n' +
        'Pékin,Beijing,place,draft,"Capital, ""Peking"" is dated",1\r\n',
    );
  });
});
