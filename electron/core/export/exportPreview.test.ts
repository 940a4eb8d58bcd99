import { describe, expect, it } from 'vitest';
import { dispatch } from '../dispatch';
import type { CoreContext } from '../coreContext';
import { storeParagraphs, testContext } from '../testing/testContext';

// Two articles, Pékin marked in each by Camille; the entry is a draft with a note.
async function workspace(): Promise<{ ctx: CoreContext; first: number; second: number }> {
  const ctx = testContext();
  await dispatch(ctx, 'workspace.setAuthor', { name: 'Camille Dupont' });
  const first = storeParagraphs(ctx, ['Pékin, « la capitale ».'], 'Un');
  const second = storeParagraphs(ctx, ['Retour à Pékin.'], 'Deux');
  const mention = await dispatch(ctx, 'annotations.create', {
    articleId: first,
    start: 0,
    end: 5,
    kind: 'entity',
    label: 'place',
  });
  await dispatch(ctx, 'annotations.create', {
    articleId: second,
    start: 9,
    end: 14,
    kind: 'entity',
    label: 'place',
  });
  await dispatch(ctx, 'glossary.update', {
    id: mention.glossaryEntryId!,
    englishTerm: 'Beijing',
    note: 'Internal: check with the desk',
  });
  return { ctx, first, second };
}

describe('previewExport', () => {
  it('shows the first lines of a glossary CSV without its BOM, and how many entries it holds', async () => {
    const { ctx } = await workspace();
    const preview = await dispatch(ctx, 'exports.preview', {
      kind: 'glossary',
      format: 'csv',
      dialect: 'excel-fr',
    });
    expect(preview.fileName).toBe('passerelle-glossary.csv');
    expect(preview.lines[0]).toMatch(/^french_term;english_term;/);
    expect(preview.lines[1]).toMatch(/^Pékin;Beijing;place;draft;Internal: check with the desk;/);
    expect(preview.counts).toEqual({ kind: 'glossary', entries: 1 });
    expect(preview.leftOut).toEqual([]);
    expect(preview.more).toBe(false);
  });

  it('says what the privacy profile leaves out of a glossary, and leaves the draft entry out', async () => {
    const { ctx } = await workspace();
    const preview = await dispatch(ctx, 'exports.preview', {
      kind: 'glossary',
      format: 'json',
      privacy: true,
    });
    expect(preview.leftOut).toEqual([
      { key: 'entryAuthors', count: 0 },
      { key: 'entryNotes', count: 0 },
      { key: 'draftEntries', count: 1 },
    ]);
    expect(preview.counts).toEqual({ kind: 'glossary', entries: 0 });
    expect(preview.lines.join('\n')).not.toContain('Pékin');
  });

  it('leaves the notes and authors of approved entries out under the privacy profile', async () => {
    const { ctx } = await workspace();
    const [entry] = await dispatch(ctx, 'glossary.list', {});
    await dispatch(ctx, 'glossary.update', { id: entry!.id, status: 'approved' });
    const preview = await dispatch(ctx, 'exports.preview', {
      kind: 'glossary',
      format: 'json',
      privacy: true,
    });
    expect(preview.leftOut).toEqual([
      { key: 'entryAuthors', count: 1 },
      { key: 'entryNotes', count: 1 },
      { key: 'draftEntries', count: 0 },
    ]);
    const text = preview.lines.join('\n');
    expect(text).toContain('Beijing');
    expect(text).not.toContain('Camille');
    expect(text).not.toContain('Internal');
  });

  it('previews a JSONL dataset line per article with its counts, authors left out under privacy', async () => {
    const { ctx } = await workspace();
    const open = await dispatch(ctx, 'exports.preview', { kind: 'dataset', format: 'jsonl' });
    expect(open.lines).toHaveLength(2);
    expect(open.lines[0]).toContain('Camille Dupont');
    expect(open.counts).toEqual({ kind: 'dataset', articles: 2, spans: 2 });
    const shared = await dispatch(ctx, 'exports.preview', {
      kind: 'dataset',
      format: 'jsonl',
      privacy: true,
    });
    expect(shared.lines.join('\n')).not.toContain('Camille');
    expect(shared.leftOut).toEqual([
      { key: 'annotators', count: 2 },
      { key: 'draftLinks', count: 2 },
    ]);
  });

  it('previews the first article’s .ann for brat, limited to the chosen article', async () => {
    const { ctx, second } = await workspace();
    const preview = await dispatch(ctx, 'exports.preview', {
      kind: 'dataset',
      format: 'brat',
      articleIds: [second],
    });
    expect(preview.fileName).toBe('passerelle-dataset-brat.zip');
    expect(preview.lines[0]).toMatch(/^T1\t\S+ 9 14\tPékin$/);
    expect(preview.counts).toEqual({ kind: 'dataset', articles: 1, spans: 1 });
  });

  it('stops at twenty lines of a long CoNLL file and says there is more', async () => {
    const ctx = testContext();
    storeParagraphs(ctx, [Array.from({ length: 40 }, (_, index) => `mot${index}`).join(' ')]);
    const preview = await dispatch(ctx, 'exports.preview', { kind: 'dataset', format: 'conll' });
    expect(preview.lines).toHaveLength(20);
    expect(preview.more).toBe(true);
  });

  it('refuses columns for a format that has none', async () => {
    await expect(
      dispatch(testContext(), 'exports.preview', {
        kind: 'glossary',
        format: 'json',
        columns: ['french_term'],
      }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
  });
});
