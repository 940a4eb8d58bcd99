import { describe, expect, it } from 'vitest';
import { coreContext } from '../coreContext';
import { dispatch } from '../dispatch';
import { storeParagraphs, testContext } from '../testing/testContext';

const paragraph = 'Emmanuel Macron a reçu Xi Jinping à Pékin.';

function spanOf(word: string): { start: number; end: number } {
  const start = paragraph.indexOf(word);
  return { start, end: start + word.length };
}

describe('the workspace author', () => {
  it('is unknown until set, then stored at once, trimmed, and answered by workspace.info', async () => {
    const ctx = testContext();
    expect(await dispatch(ctx, 'workspace.info', {})).toMatchObject({ author: null });
    expect(await dispatch(ctx, 'workspace.setAuthor', { name: '  Claire Lemoine ' })).toMatchObject({
      author: 'Claire Lemoine',
    });
    // Another context on the same file (another run of the app) reads it back.
    expect(await dispatch(coreContext(ctx.store), 'workspace.info', {})).toMatchObject({
      author: 'Claire Lemoine',
    });
    // A setting, not an undoable step.
    expect(await dispatch(ctx, 'history.state', {})).toMatchObject({ canUndo: false });
  });

  it('refuses an empty name, one over 80 characters, a lone surrogate and a line break', async () => {
    const ctx = testContext();
    for (const name of ['   ', 'x'.repeat(81), 'Cl\ud800aire', 'Claire\nLemoine']) {
      await expect(dispatch(ctx, 'workspace.setAuthor', { name })).rejects.toMatchObject({
        code: 'invalid_input',
      });
    }
    expect(await dispatch(ctx, 'workspace.setAuthor', { name: 'é'.repeat(80) })).toMatchObject({
      author: 'é'.repeat(80),
    });
  });

  it('is recorded on every annotation, entry and undo step created, by marking, adding and accepting', async () => {
    const ctx = testContext();
    await dispatch(ctx, 'workspace.setAuthor', { name: 'Claire' });
    const articleId = storeParagraphs(ctx, [paragraph, 'Pékin encore.']);
    const marked = await dispatch(ctx, 'annotations.create', {
      articleId,
      ...spanOf('Pékin'),
      kind: 'entity',
      label: 'place',
    });
    expect(marked.author).toBe('Claire');
    expect(await dispatch(ctx, 'glossary.get', { id: marked.glossaryEntryId! })).toMatchObject({
      author: 'Claire',
    });
    expect(await dispatch(ctx, 'history.state', {})).toMatchObject({ undoAuthor: 'Claire' });

    await dispatch(ctx, 'workspace.setAuthor', { name: 'Paul' });
    const added = await dispatch(ctx, 'glossary.create', { label: 'person', frenchTerm: 'Xi Jinping' });
    expect(added.author).toBe('Paul');
    const [suggestion] = await dispatch(ctx, 'suggestions.list', { articleId, entryId: added.id });
    const accepted = await dispatch(ctx, 'suggestions.accept', {
      articleId,
      start: suggestion!.start,
      end: suggestion!.end,
      entryId: added.id,
    });
    expect(accepted.author).toBe('Paul');
    const all = await dispatch(ctx, 'annotations.createAll', { annotationId: marked.id });
    expect(all.map((annotation) => annotation.author)).toEqual(['Paul']);
    expect(await dispatch(ctx, 'history.state', {})).toMatchObject({ undoAuthor: 'Paul' });
  });

  it('is null on what is created before anyone set a name', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, [paragraph]);
    const marked = await dispatch(ctx, 'annotations.create', {
      articleId,
      ...spanOf('Pékin'),
      kind: 'entity',
      label: 'place',
    });
    expect(marked.author).toBeNull();
    expect((await dispatch(ctx, 'glossary.list', {}))[0]?.author).toBeNull();
    expect(await dispatch(ctx, 'history.state', {})).toMatchObject({ undoAuthor: null });
  });

  it('keeps who made the rows across undo and redo, whoever undoes them', async () => {
    const ctx = testContext();
    await dispatch(ctx, 'workspace.setAuthor', { name: 'Claire' });
    const articleId = storeParagraphs(ctx, [paragraph]);
    const marked = await dispatch(ctx, 'annotations.create', {
      articleId,
      ...spanOf('Macron'),
      kind: 'entity',
      label: 'person',
    });
    await dispatch(ctx, 'workspace.setAuthor', { name: 'Paul' });
    const undone = await dispatch(ctx, 'history.undo', {});
    expect(undone.state).toMatchObject({ canUndo: false, redoAuthor: 'Claire' });
    await dispatch(ctx, 'history.redo', {});
    expect(await dispatch(ctx, 'annotations.list', { articleId })).toMatchObject([
      { id: marked.id, author: 'Claire' },
    ]);
    expect(await dispatch(ctx, 'glossary.get', { id: marked.glossaryEntryId! })).toMatchObject({
      author: 'Claire',
    });
    expect(await dispatch(ctx, 'history.state', {})).toMatchObject({ undoAuthor: 'Claire' });

    await dispatch(ctx, 'annotations.delete', { id: marked.id });
    await dispatch(ctx, 'history.undo', {});
    expect(await dispatch(ctx, 'annotations.list', { articleId })).toMatchObject([
      { id: marked.id, author: 'Claire' },
    ]);
  });

  it('is the context’s own author when it has one (a CLI run’s --author), over the workspace’s', async () => {
    const base = testContext();
    await dispatch(base, 'workspace.setAuthor', { name: 'Claire' });
    const ctx = { ...base, author: 'Script' };
    const articleId = storeParagraphs(ctx, [paragraph]);
    const marked = await dispatch(ctx, 'annotations.create', {
      articleId,
      ...spanOf('Pékin'),
      kind: 'entity',
      label: 'place',
    });
    expect(marked.author).toBe('Script');
    expect(await dispatch(ctx, 'workspace.info', {})).toMatchObject({ author: 'Script' });
    expect(await dispatch(base, 'workspace.info', {})).toMatchObject({ author: 'Claire' });
  });
});
