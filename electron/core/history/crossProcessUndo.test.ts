import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { coreContext, type CoreContext } from '../coreContext';
import { dispatch } from '../dispatch';
import { openStore } from '../store/openStore';
import { storeParagraphs } from '../testing/testContext';
import { workspaceSnapshot } from '../testing/workspaceSnapshot';

const text = 'Pékin accueille Alibaba. Pekin et Pékin.';

/// Every row undo and redo may touch, to tell that a refused one changed nothing.
async function mark(ctx: CoreContext, articleId: number, start: number, end: number) {
  return dispatch(ctx, 'annotations.create', { articleId, start, end, kind: 'entity', label: 'place' });
}

// Two contexts, each with its own connection to one workspace file: the desktop app and the
// CLI, say, or two web-mode servers.
describe('undo in one process over what another process changed', () => {
  let dir: string;
  let first: CoreContext;
  let second: CoreContext;
  let articleId: number;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'passerelle-undo-two-'));
    const file = join(dir, 'workspace.sqlite');
    first = coreContext(openStore(file));
    second = coreContext(openStore(file));
    articleId = storeParagraphs(first, [text]);
  });

  afterEach(() => {
    first.store.close();
    second.store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuse to undo creating an entry that another process linked a mention to, changing nothing', async () => {
    const created = await mark(first, articleId, 0, 5);
    const linked = await mark(second, articleId, text.indexOf('Pekin'), text.indexOf('Pekin') + 5);
    expect(linked.glossaryEntryId).toBe(created.glossaryEntryId);
    const before = workspaceSnapshot(first);
    await expect(dispatch(first, 'history.undo', {})).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/cannot be undone.*annotations row \d+.*Nothing was changed/s),
    });
    expect(workspaceSnapshot(first)).toEqual(before);
    expect((await dispatch(second, 'annotations.list', { articleId }))[1]).toMatchObject({
      id: linked.id,
      glossaryEntryId: created.glossaryEntryId,
    });
  });

  it('refuse the same over a mention the other process linked by hand', async () => {
    const created = await mark(first, articleId, 0, 5);
    const other = await dispatch(second, 'annotations.create', {
      articleId,
      start: text.indexOf('Alibaba'),
      end: text.indexOf('Alibaba') + 7,
      kind: 'entity',
      label: 'organisation',
      glossaryEntryId: null,
    });
    await dispatch(second, 'annotations.update', { id: other.id, glossaryEntryId: created.glossaryEntryId });
    await expect(dispatch(first, 'history.undo', {})).rejects.toMatchObject({ code: 'conflict' });
    await expect(dispatch(first, 'history.redo', {})).resolves.toMatchObject({ message: null });
    expect(await dispatch(second, 'annotations.list', { articleId })).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: other.id, glossaryEntryId: created.glossaryEntryId }),
      ]),
    );
  });

  it('refuse to redo deleting an entry that another process linked a mention to since the undo', async () => {
    const created = await mark(first, articleId, 0, 5);
    await dispatch(first, 'glossary.update', { id: created.glossaryEntryId!, englishTerm: 'Beijing' });
    await dispatch(first, 'glossary.delete', { id: created.glossaryEntryId! });
    await dispatch(first, 'history.undo', {});
    const linked = await mark(second, articleId, text.indexOf('Pekin'), text.indexOf('Pekin') + 5);
    expect(linked.glossaryEntryId).toBe(created.glossaryEntryId);
    const before = workspaceSnapshot(first);
    await expect(dispatch(first, 'history.redo', {})).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('cannot be redone'),
    });
    expect(workspaceSnapshot(first)).toEqual(before);
  });

  it('still undo and redo what the other process left alone, keeping its rows as they are', async () => {
    await mark(first, articleId, 0, 5);
    const apart = await mark(second, articleId, text.indexOf('Alibaba'), text.indexOf('Alibaba') + 7);
    await dispatch(first, 'history.undo', {});
    await dispatch(first, 'history.redo', {});
    const annotations = await dispatch(second, 'annotations.list', { articleId });
    expect(annotations).toHaveLength(2);
    expect(annotations.find((annotation) => annotation.id === apart.id)).toEqual(apart);
  });
});
