import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coreContext, type CoreContext } from '../coreContext';
import type { HistoryState } from '../../../shared/domain';
import type { HistoryMessage } from '../../../shared/historyMessages';
import { dispatch } from '../dispatch';
import { openStore } from '../store/openStore';
import { storeParagraphs, testContext } from '../testing/testContext';
import { historyMessageText } from '../testing/historyMessageText';
import { workspaceSnapshot } from '../testing/workspaceSnapshot';

function english(message: HistoryMessage | null): string | null {
  return message ? historyMessageText(message, 'en') : null;
}

/// A history state with its messages worded as the English UI shows them.
function inEnglish(state: HistoryState) {
  return {
    canUndo: state.canUndo,
    canRedo: state.canRedo,
    undoDescription: english(state.undoMessage),
    redoDescription: english(state.redoMessage),
  };
}

/// What undo and redo would do now, in English.
async function historyNow(ctx: CoreContext) {
  return inEnglish(await dispatch(ctx, 'history.state', {}));
}

/// Undoes or redoes one step and tells what it did, in English.
async function replay(ctx: CoreContext, direction: 'undo' | 'redo') {
  const step = await dispatch(ctx, direction === 'undo' ? 'history.undo' : 'history.redo', {});
  return { description: english(step.message), articleIds: step.articleIds, state: inEnglish(step.state) };
}

async function mark(
  ctx: CoreContext,
  articleId: number,
  text: string,
  word: string,
  label = 'place',
  from = 0,
) {
  const start = text.indexOf(word, from);
  return dispatch(ctx, 'annotations.create', {
    articleId,
    start,
    end: start + word.length,
    kind: 'entity',
    label,
  });
}

/// Runs `action`, then checks that undo restores the workspace as it was and redo as it became.
async function expectUndoable(
  ctx: CoreContext,
  action: () => Promise<unknown>,
  description: string,
): Promise<void> {
  const before = workspaceSnapshot(ctx);
  await action();
  const after = workspaceSnapshot(ctx);
  expect(after).not.toEqual(before);
  expect(await historyNow(ctx)).toMatchObject({
    canUndo: true,
    undoDescription: description,
  });
  const undone = await replay(ctx, 'undo');
  expect(undone.description).toBe(description);
  expect(undone.state).toMatchObject({ canRedo: true, redoDescription: description });
  expect(workspaceSnapshot(ctx)).toEqual(before);
  const redone = await replay(ctx, 'redo');
  expect(redone.description).toBe(description);
  expect(workspaceSnapshot(ctx)).toEqual(after);
}

const text = 'Pékin accueille Alibaba. Pekin et Pékin.';

describe('undo and redo', () => {
  it('start empty: nothing to undo or redo', async () => {
    const ctx = testContext();
    expect(await historyNow(ctx)).toEqual({
      canUndo: false,
      canRedo: false,
      undoDescription: null,
      redoDescription: null,
    });
    expect(await replay(ctx, 'undo')).toMatchObject({ description: null, articleIds: [] });
    expect(await replay(ctx, 'redo')).toMatchObject({ description: null, articleIds: [] });
  });

  it('undo and redo marking a span, with the draft entry it created, keeping the ids', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, [text]);
    await expectUndoable(ctx, () => mark(ctx, articleId, text, 'Pékin'), 'Mark “Pékin” as Place');
    const [annotation] = await dispatch(ctx, 'annotations.list', { articleId });
    expect(annotation).toMatchObject({ start: 0, end: 5 });
    expect(await dispatch(ctx, 'glossary.get', { id: annotation!.glossaryEntryId! })).toMatchObject({
      frenchTerm: 'Pékin',
    });
  });

  it('tell which articles an undone step touched', async () => {
    const ctx = testContext();
    storeParagraphs(ctx, ['Autre article.']);
    const articleId = storeParagraphs(ctx, [text]);
    await mark(ctx, articleId, text, 'Pékin');
    expect((await replay(ctx, 'undo')).articleIds).toEqual([articleId]);
    expect((await replay(ctx, 'redo')).articleIds).toEqual([articleId]);
  });

  it('undo deleting an annotation', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, [text]);
    const annotation = await mark(ctx, articleId, text, 'Alibaba', 'organisation');
    await expectUndoable(
      ctx,
      () => dispatch(ctx, 'annotations.delete', { id: annotation.id }),
      'Delete “Alibaba”',
    );
  });

  it('undo relabelling an annotation', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, [text]);
    const annotation = await mark(ctx, articleId, text, 'Alibaba', 'person');
    await expectUndoable(
      ctx,
      () => dispatch(ctx, 'annotations.update', { id: annotation.id, label: 'organisation' }),
      'Relabel “Alibaba” as Organisation',
    );
  });

  it('undo linking a mention to a new entry in one step: the link and the entry go, and come back', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, [text]);
    const first = await mark(ctx, articleId, text, 'Pékin');
    const second = await mark(ctx, articleId, text, 'Pekin');
    expect(second.glossaryEntryId).toBe(first.glossaryEntryId);
    const entriesBefore = await dispatch(ctx, 'glossary.list', {});
    await expectUndoable(
      ctx,
      () => dispatch(ctx, 'annotations.update', { id: second.id, newEntry: true }),
      'Link “Pekin” to a new entry',
    );
    const linked = (await dispatch(ctx, 'annotations.list', { articleId })).find((a) => a.id === second.id)!;
    expect(linked.glossaryEntryId).not.toBe(first.glossaryEntryId);
    expect(await dispatch(ctx, 'glossary.get', { id: linked.glossaryEntryId! })).toMatchObject({
      frenchTerm: 'Pekin',
      label: 'place',
    });
    // One undo puts back the old link and removes the new entry; the step before is marking "Pekin".
    const undone = await replay(ctx, 'undo');
    expect(undone.state.undoDescription).toBe('Mark “Pekin” as Place');
    expect(await dispatch(ctx, 'glossary.list', {})).toEqual(entriesBefore);
    expect((await dispatch(ctx, 'annotations.list', { articleId })).map((a) => a.glossaryEntryId)).toEqual([
      first.glossaryEntryId,
      first.glossaryEntryId,
    ]);
    await replay(ctx, 'redo');
    expect((await dispatch(ctx, 'annotations.list', { articleId }))[1]).toEqual(linked);
  });

  it('undo annotating all occurrences', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, [text]);
    const annotation = await mark(ctx, articleId, text, 'Pékin');
    await expectUndoable(
      ctx,
      () => dispatch(ctx, 'annotations.createAll', { annotationId: annotation.id }),
      'Mark all “Pékin” as Place',
    );
  });

  it('undo editing a glossary entry', async () => {
    const ctx = testContext();
    const entry = await dispatch(ctx, 'glossary.create', { label: 'place', frenchTerm: 'Pékin' });
    await expectUndoable(
      ctx,
      () =>
        dispatch(ctx, 'glossary.update', {
          id: entry.id,
          englishTerm: 'Beijing',
          frenchVariants: ['Pekin'],
          wikidataId: 'Q956',
        }),
      'Edit “Pékin”',
    );
  });

  it('undo merging two entries: the source, its mentions and the target’s variants come back', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, [text]);
    const target = await mark(ctx, articleId, text, 'Pékin');
    const source = await dispatch(ctx, 'annotations.create', {
      articleId,
      start: text.indexOf('Pekin'),
      end: text.indexOf('Pekin') + 5,
      kind: 'entity',
      label: 'place',
      glossaryEntryId: null,
    });
    await dispatch(ctx, 'suggestions.reject', {
      articleId,
      start: text.lastIndexOf('Pékin'),
      end: text.lastIndexOf('Pékin') + 5,
      entryId: source.glossaryEntryId!,
    });
    await expectUndoable(
      ctx,
      () =>
        dispatch(ctx, 'glossary.merge', {
          targetId: target.glossaryEntryId!,
          sourceId: source.glossaryEntryId!,
        }),
      'Merge “Pekin” into “Pékin”',
    );
  });

  it('undo splitting mentions off into a new entry', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, [text]);
    const first = await mark(ctx, articleId, text, 'Pékin');
    const pekin = await mark(ctx, articleId, text, 'Pekin');
    expect(pekin.glossaryEntryId).toBe(first.glossaryEntryId);
    await expectUndoable(
      ctx,
      () => dispatch(ctx, 'glossary.split', { entryId: first.glossaryEntryId!, annotationIds: [pekin.id] }),
      'Split a mention of “Pékin” into “Pekin”',
    );
  });

  it('undo deleting a glossary entry: its mentions are linked to it again', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, [text]);
    const annotation = await mark(ctx, articleId, text, 'Pékin');
    await dispatch(ctx, 'annotations.createAll', { annotationId: annotation.id });
    await dispatch(ctx, 'suggestions.reject', {
      articleId,
      start: 0,
      end: 5,
      entryId: annotation.glossaryEntryId!,
    });
    await expectUndoable(
      ctx,
      () => dispatch(ctx, 'glossary.delete', { id: annotation.glossaryEntryId! }),
      'Delete “Pékin” from the glossary',
    );
  });

  it('undo deleting a label with its annotations and entries, or moving them to another label', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, [text]);
    await mark(ctx, articleId, text, 'Pékin');
    await mark(ctx, articleId, text, 'Alibaba', 'organisation');
    const labels = await dispatch(ctx, 'labels.list', {});
    const place = labels.find((label) => label.key === 'place')!;
    const other = labels.find((label) => label.key === 'other')!;
    await expectUndoable(
      ctx,
      () => dispatch(ctx, 'labels.delete', { id: place.id, annotations: 'delete' }),
      'Delete label “Place”',
    );
    await replay(ctx, 'undo');
    await expectUndoable(
      ctx,
      () => dispatch(ctx, 'labels.delete', { id: place.id, annotations: 'reassign', reassignTo: other.id }),
      'Delete label “Place”',
    );
  });

  it('undo deleting an article: the article, its annotations, their links and rejections come back', async () => {
    const ctx = testContext();
    storeParagraphs(ctx, ['Pékin, encore.'], 'Autre');
    const articleId = storeParagraphs(ctx, [text], 'Pékin et Alibaba');
    const pekin = await mark(ctx, articleId, text, 'Pékin');
    await mark(ctx, articleId, text, 'Pékin', 'place', 1);
    const alibaba = await mark(ctx, articleId, text, 'Alibaba', 'organisation');
    await dispatch(ctx, 'glossary.update', { id: alibaba.glossaryEntryId!, englishTerm: 'Alibaba' });
    await dispatch(ctx, 'suggestions.reject', {
      articleId,
      start: text.indexOf('Pekin'),
      end: text.indexOf('Pekin') + 5,
      entryId: pekin.glossaryEntryId!,
    });
    const annotations = await dispatch(ctx, 'annotations.list', { articleId });
    expect(annotations).toHaveLength(3);
    const entrySources = () =>
      ctx.store.prepare('SELECT source_article_id FROM glossary_entries ORDER BY id').pluck().all();
    expect(entrySources()).toEqual([articleId, articleId]);

    await expectUndoable(
      ctx,
      () => dispatch(ctx, 'articles.delete', { id: articleId }),
      'Delete article “Pékin et Alibaba”',
    );
    // Redone: gone again, entries kept without their source article.
    expect((await dispatch(ctx, 'articles.list', {})).map((article) => article.title)).toEqual(['Autre']);
    expect(entrySources()).toEqual([null, null]);

    const undone = await replay(ctx, 'undo');
    expect(undone.articleIds).toEqual([articleId]);
    expect(await dispatch(ctx, 'annotations.list', { articleId })).toEqual(annotations);
    expect(entrySources()).toEqual([articleId, articleId]);
    expect(
      (await dispatch(ctx, 'suggestions.list', { articleId })).map((suggestion) => suggestion.start),
    ).not.toContain(text.indexOf('Pekin'));
  });

  it('undo the steps before an article’s deletion once the deletion is undone', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, [text], 'Pékin');
    const empty = workspaceSnapshot(ctx);
    const annotation = await mark(ctx, articleId, text, 'Alibaba', 'person');
    const marked = workspaceSnapshot(ctx);
    await dispatch(ctx, 'annotations.update', { id: annotation.id, label: 'organisation' });
    const relabelled = workspaceSnapshot(ctx);
    await dispatch(ctx, 'articles.delete', { id: articleId });
    const deleted = workspaceSnapshot(ctx);

    expect((await replay(ctx, 'undo')).description).toBe('Delete article “Pékin”');
    expect(workspaceSnapshot(ctx)).toEqual(relabelled);
    expect((await replay(ctx, 'undo')).description).toBe('Relabel “Alibaba” as Organisation');
    expect(workspaceSnapshot(ctx)).toEqual(marked);
    expect((await replay(ctx, 'undo')).description).toBe('Mark “Alibaba” as Person');
    expect(workspaceSnapshot(ctx)).toEqual(empty);
    for (const state of [marked, relabelled, deleted]) {
      await replay(ctx, 'redo');
      expect(workspaceSnapshot(ctx)).toEqual(state);
    }
  });

  it('undo deleting an article without annotations, telling which article it touched', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, [text], 'Vide');
    await expectUndoable(
      ctx,
      () => dispatch(ctx, 'articles.delete', { id: articleId }),
      'Delete article “Vide”',
    );
    expect((await replay(ctx, 'undo')).articleIds).toEqual([articleId]);
    expect((await replay(ctx, 'redo')).articleIds).toEqual([articleId]);
  });

  it('undo deleting the newest article after another was imported: the import never takes its id', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, [text], 'Supprimé');
    await mark(ctx, articleId, text, 'Pékin');
    await dispatch(ctx, 'articles.delete', { id: articleId });
    const importedId = storeParagraphs(ctx, ['Un autre article.'], 'Importé ensuite');
    expect(importedId).not.toBe(articleId);
    expect((await replay(ctx, 'undo')).description).toBe('Delete article “Supprimé”');
    expect((await dispatch(ctx, 'articles.list', {})).map((article) => article.title).sort()).toEqual([
      'Importé ensuite',
      'Supprimé',
    ]);
    expect(await dispatch(ctx, 'annotations.list', { articleId })).toHaveLength(1);
  });

  it('record no step for storing an article, even once history is recording', async () => {
    const ctx = testContext();
    const first = storeParagraphs(ctx, [text]);
    await mark(ctx, first, text, 'Pékin');
    storeParagraphs(ctx, ['Un autre article.'], 'Autre');
    await dispatch(ctx, 'articles.update', { id: first, title: 'Renommé' });
    expect(await historyNow(ctx)).toMatchObject({
      undoDescription: 'Mark “Pékin” as Place',
    });
    expect(
      ctx.store.prepare("SELECT count(*) FROM history_changes WHERE table_name = 'articles'").pluck().get(),
    ).toBe(0);
  });

  it('undo creating, editing and reordering labels', async () => {
    const ctx = testContext();
    await expectUndoable(
      ctx,
      () => dispatch(ctx, 'labels.create', { nameEn: 'Law', nameFr: 'Loi', colour: '#123456' }),
      'Add label “Law”',
    );
    const labels = await dispatch(ctx, 'labels.list', {});
    await expectUndoable(
      ctx,
      () => dispatch(ctx, 'labels.update', { id: labels[0]!.id, nameEn: 'People', shortcut: null }),
      'Edit label “Person”',
    );
    await expectUndoable(
      ctx,
      () => dispatch(ctx, 'labels.reorder', { ids: labels.map((label) => label.id).reverse() }),
      'Reorder labels',
    );
  });

  it('undo accepting all suggestions, then rejecting one', async () => {
    const ctx = testContext();
    const entry = await dispatch(ctx, 'glossary.create', { label: 'place', frenchTerm: 'Pékin' });
    const articleId = storeParagraphs(ctx, [text]);
    await expectUndoable(
      ctx,
      () => dispatch(ctx, 'suggestions.acceptAll', { articleId }),
      'Accept 3 suggestions',
    );
    await replay(ctx, 'undo');
    await expectUndoable(
      ctx,
      () => dispatch(ctx, 'suggestions.reject', { articleId, start: 0, end: 5, entryId: entry.id }),
      'Reject the suggestion “Pékin”',
    );
    expect((await dispatch(ctx, 'suggestions.list', { articleId })).map((s) => s.start)).not.toContain(0);
    await replay(ctx, 'undo');
    expect((await dispatch(ctx, 'suggestions.list', { articleId })).map((s) => s.start)).toContain(0);
  });

  it('walk back several steps and forward again in order', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, [text]);
    const start = workspaceSnapshot(ctx);
    await mark(ctx, articleId, text, 'Pékin');
    const one = workspaceSnapshot(ctx);
    await mark(ctx, articleId, text, 'Alibaba', 'organisation');
    const two = workspaceSnapshot(ctx);
    expect((await replay(ctx, 'undo')).description).toBe('Mark “Alibaba” as Organisation');
    expect(workspaceSnapshot(ctx)).toEqual(one);
    const back = await replay(ctx, 'undo');
    expect(back.description).toBe('Mark “Pékin” as Place');
    expect(back.state).toEqual({
      canUndo: false,
      canRedo: true,
      undoDescription: null,
      redoDescription: 'Mark “Pékin” as Place',
    });
    expect(workspaceSnapshot(ctx)).toEqual(start);
    await replay(ctx, 'redo');
    expect(workspaceSnapshot(ctx)).toEqual(one);
    await replay(ctx, 'redo');
    expect(workspaceSnapshot(ctx)).toEqual(two);
  });

  it('discard the undone steps when a new action is done, so nothing undone comes back', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, [text]);
    await mark(ctx, articleId, text, 'Pékin');
    await replay(ctx, 'undo');
    await mark(ctx, articleId, text, 'Alibaba', 'organisation');
    expect(await historyNow(ctx)).toMatchObject({ canRedo: false, redoDescription: null });
    expect((await replay(ctx, 'redo')).description).toBeNull();
    expect((await dispatch(ctx, 'annotations.list', { articleId })).map((a) => a.quote)).toEqual(['Alibaba']);
    await replay(ctx, 'undo');
    expect(await historyNow(ctx)).toMatchObject({ canUndo: false });
    expect(await dispatch(ctx, 'annotations.list', { articleId })).toEqual([]);
  });

  it('record nothing for an action that changes nothing, keeping what redo would do', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, [text]);
    await mark(ctx, articleId, text, 'Pékin');
    await replay(ctx, 'undo');
    expect(await dispatch(ctx, 'suggestions.rejectAll', { articleId })).toEqual({ rejected: 0 });
    expect(await historyNow(ctx)).toMatchObject({ canUndo: false, canRedo: true });
  });

  it('record nothing for an action that fails', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, [text]);
    await expect(mark(ctx, articleId, text, 'Pékin', 'planet')).rejects.toMatchObject({
      code: 'invalid_input',
    });
    expect(await historyNow(ctx)).toMatchObject({ canUndo: false });
  });

  it('belong to the session: another context on the same workspace has its own undo stack', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, [text]);
    await mark(ctx, articleId, text, 'Pékin');
    const otherRun = coreContext(ctx.store);
    expect(await historyNow(otherRun)).toMatchObject({ canUndo: false });
    expect((await replay(otherRun, 'undo')).description).toBeNull();
    expect(await dispatch(ctx, 'annotations.list', { articleId })).toHaveLength(1);
    expect(await historyNow(ctx)).toMatchObject({ canUndo: true });
  });

  it('survive reopening the workspace file within the same session, and only within it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'passerelle-history-'));
    try {
      const file = join(dir, 'workspace.sqlite');
      const first = coreContext(openStore(file));
      const articleId = storeParagraphs(first, [text]);
      await mark(first, articleId, text, 'Pékin');
      first.store.close();

      const newRun = coreContext(openStore(file));
      expect(await historyNow(newRun)).toMatchObject({ canUndo: false });
      newRun.store.close();

      const sameSession = coreContext(openStore(file), first.sessionId);
      expect(await historyNow(sameSession)).toMatchObject({
        undoDescription: 'Mark “Pékin” as Place',
      });
      await replay(sameSession, 'undo');
      expect(await dispatch(sameSession, 'annotations.list', { articleId })).toEqual([]);
      await replay(sameSession, 'redo');
      expect(await dispatch(sameSession, 'annotations.list', { articleId })).toHaveLength(1);
      sameSession.store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuse to undo over a change made outside the history, changing nothing and clearing the undo stack', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, [text]);
    const annotation = await mark(ctx, articleId, text, 'Pékin');
    await dispatch(ctx, 'annotations.update', { id: annotation.id, label: 'organisation' });
    // Another process edits the same row behind this session's back.
    ctx.store.prepare("UPDATE annotations SET label = 'event' WHERE id = ?").run(annotation.id);
    const before = workspaceSnapshot(ctx);
    await expect(replay(ctx, 'undo')).rejects.toMatchObject({
      code: 'conflict',
      params: { detail: 'undo' },
      message: expect.stringContaining('cannot be undone'),
    });
    expect(workspaceSnapshot(ctx)).toEqual(before);
    expect(await historyNow(ctx)).toMatchObject({ canUndo: false });
  });

  it('refuse to undo deleting an annotation whose article is gone', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, [text]);
    const annotation = await mark(ctx, articleId, text, 'Alibaba', 'organisation');
    await dispatch(ctx, 'glossary.update', { id: annotation.glossaryEntryId!, englishTerm: 'Alibaba' });
    await dispatch(ctx, 'annotations.delete', { id: annotation.id });
    ctx.store.prepare('DELETE FROM articles WHERE id = ?').run(articleId);
    await expect(replay(ctx, 'undo')).rejects.toMatchObject({ code: 'conflict', params: { detail: 'undo' } });
    expect(ctx.store.prepare('SELECT count(*) FROM annotations').pluck().get()).toBe(0);
  });
});
