import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { insertAnnotation } from '../annotations/annotations';
import { coreContext, type CoreContext } from '../coreContext';
import { dispatch } from '../dispatch';
import {
  createGlossaryEntry,
  draftEntryFields,
  entryFields,
  getGlossaryEntry,
  writeGlossaryEntry,
} from '../glossary/glossaryEntries';
import { createLabel } from '../labels/labels';
import { openStore } from '../store/openStore';
import { storeParagraphs } from '../testing/testContext';
import { recordAction } from './recordAction';
import { workspaceSnapshot } from '../testing/workspaceSnapshot';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

// A workspace in a temporary file with a fixed clock, so two of them made alike hold the same rows.
function fileContext(): CoreContext {
  const folder = mkdtempSync(join(tmpdir(), 'passerelle-bulk-history-'));
  folders.push(folder);
  return {
    ...coreContext(openStore(join(folder, 'workspace.sqlite'))),
    now: () => new Date(Date.UTC(2026, 11, 2)),
  };
}

const oldText = 'Pékin répond à Washington.';
const newText = 'Huawei vend à Pékin.';

// An older article with one mention and an unused entry, then an action that adds rows and also
// changes older ones: a new article, label and entries (one written twice), new mentions, an older
// mention relinked to a new entry, an older entry edited, and a new mention made and removed again.
function seeded(): CoreContext {
  const ctx = fileContext();
  const oldArticle = storeParagraphs(ctx, [oldText]);
  recordAction(
    ctx,
    {
      key: 'history.step.mark',
      params: { quote: 'Pékin', label: { key: 'place', nameEn: 'Place', nameFr: 'Lieu' } },
    },
    () => {
      const entry = createGlossaryEntry(ctx, draftEntryFields('place', 'Pékin'), oldArticle).id;
      insertAnnotation(ctx, {
        articleId: oldArticle,
        text: oldText,
        start: 0,
        end: 5,
        kind: 'entity',
        label: 'place',
        glossaryEntryId: entry,
      });
      createGlossaryEntry(ctx, draftEntryFields('place', 'Washington'), oldArticle);
    },
  );
  return ctx;
}

function mixedAction(ctx: CoreContext): void {
  const newArticle = storeParagraphs(ctx, [newText], 'Nouveau');
  const label = createLabel(ctx, {
    nameEn: 'Company',
    nameFr: 'Entreprise',
    colour: '#123456',
    shortcut: null,
  });
  const company = createGlossaryEntry(ctx, draftEntryFields(label.key, 'Huawei'), newArticle);
  writeGlossaryEntry(ctx, company.id, { ...entryFields(company), englishTerm: 'Huawei', status: 'approved' });
  const beijing = createGlossaryEntry(ctx, draftEntryFields('place', 'Pékin'), newArticle);
  const older = ctx.store.prepare('SELECT id, glossary_entry_id FROM annotations').get() as {
    id: number;
    glossary_entry_id: number;
  };
  ctx.store.prepare('UPDATE annotations SET glossary_entry_id = ? WHERE id = ?').run(beijing.id, older.id);
  const washington = ctx.store
    .prepare("SELECT id FROM glossary_entries WHERE french_term = 'Washington'")
    .pluck()
    .get() as number;
  writeGlossaryEntry(ctx, washington, {
    ...entryFields(getGlossaryEntry(ctx, washington)),
    englishTerm: 'Washington',
  });
  const span = { articleId: newArticle, text: newText, kind: 'entity' as const, label: label.key };
  insertAnnotation(ctx, { ...span, start: 0, end: 6, glossaryEntryId: company.id });
  insertAnnotation(ctx, { ...span, start: 14, end: 19, label: 'place', glossaryEntryId: beijing.id });
  const gone = insertAnnotation(ctx, { ...span, start: 7, end: 11, kind: 'claim', glossaryEntryId: null });
  ctx.store.prepare('DELETE FROM annotations WHERE id = ?').run(gone.id);
}

const message = { key: 'history.step.importDataset', params: { fileName: 'mixed.jsonl', count: 2 } } as const;

function changes(ctx: CoreContext) {
  return ctx.store
    .prepare(
      `SELECT table_name, row_id, before, after FROM history_changes
       WHERE step_id = (SELECT max(id) FROM history_steps) ORDER BY id`,
    )
    .all() as { table_name: string; row_id: number; before: string | null; after: string | null }[];
}

describe('recordAction with bulkInserts', () => {
  it('leaves the workspace as the row-by-row recording does, and undo and redo restore it exactly', async () => {
    const rowByRow = seeded();
    const bulk = seeded();
    expect(workspaceSnapshot(bulk)).toEqual(workspaceSnapshot(rowByRow));
    const before = workspaceSnapshot(bulk);
    recordAction(rowByRow, message, () => mixedAction(rowByRow));
    recordAction(bulk, message, () => mixedAction(bulk), { bulkInserts: true });
    const after = workspaceSnapshot(bulk);
    expect(after).toEqual(workspaceSnapshot(rowByRow));
    expect(after).not.toEqual(before);

    const undone = await dispatch(bulk, 'history.undo', {});
    expect(undone.message).toEqual(message);
    expect(workspaceSnapshot(bulk)).toEqual(before);
    await dispatch(bulk, 'history.redo', {});
    expect(workspaceSnapshot(bulk)).toEqual(after);
    await dispatch(bulk, 'history.undo', {});
    expect(workspaceSnapshot(bulk)).toEqual(before);
    // The earlier step (the older mention) is still there to undo, under the bulk step.
    await dispatch(bulk, 'history.undo', {});
    expect(bulk.store.prepare('SELECT count(*) FROM annotations').pluck().get()).toBe(0);
  });

  it('records one range per table of new rows, which become the images the triggers take of them when undone', async () => {
    const rowByRow = seeded();
    const bulk = seeded();
    recordAction(rowByRow, message, () => mixedAction(rowByRow));
    recordAction(bulk, message, () => mixedAction(bulk), { bulkInserts: true });
    // The older rows' changes are the triggers' own, in the order they were made: those of rows
    // whose first change found them there.
    const firstSeen = new Map<string, boolean>();
    const olderRowByRow = changes(rowByRow).filter((change) => {
      const key = `${change.table_name}:${change.row_id}`;
      if (!firstSeen.has(key)) firstSeen.set(key, change.before !== null);
      return firstSeen.get(key);
    });
    const recorded = changes(bulk);
    const ranges = recorded.filter((change) => change.after?.startsWith('{"$fresh":') === true);
    expect(ranges.map((change) => change.table_name)).toEqual([
      'articles',
      'labels',
      'glossary_entries',
      'annotations',
    ]);
    expect(ranges.every((change) => change.before === null)).toBe(true);
    expect(recorded.filter((change) => !ranges.includes(change))).toEqual(olderRowByRow);

    await dispatch(bulk, 'history.undo', {});
    const expanded = changes(bulk);
    const freshCount = expanded.findIndex((change) => change.before !== null);
    expect(freshCount).toBeGreaterThan(0);
    const fresh = expanded.slice(0, freshCount);
    const older = expanded.slice(freshCount);
    expect(fresh.every((change) => change.before === null && change.after !== null)).toBe(true);
    expect(older.every((change) => change.before !== null)).toBe(true);
    // New rows table by table, in the order redo must insert them.
    expect(fresh.map((change) => change.table_name)).toEqual([
      'articles',
      'labels',
      'glossary_entries',
      'glossary_entries',
      'annotations',
      'annotations',
    ]);
    // Each new row's image is the last one the triggers took of it; the row made and removed
    // again is not recorded at all.
    const lastImage = new Map<string, string | null>();
    for (const change of changes(rowByRow))
      lastImage.set(`${change.table_name}:${change.row_id}`, change.after);
    for (const change of fresh)
      expect(change.after).toBe(lastImage.get(`${change.table_name}:${change.row_id}`));
    expect(older).toEqual(olderRowByRow);
  });

  it('refuses to undo when another process changed or removed a row the bulk action added', async () => {
    for (const outside of [
      "UPDATE annotations SET label = 'person' WHERE id = (SELECT max(id) FROM annotations)",
      'DELETE FROM annotations WHERE id = (SELECT max(id) FROM annotations)',
    ]) {
      const ctx = seeded();
      recordAction(ctx, message, () => mixedAction(ctx), { bulkInserts: true });
      const other = openStore(ctx.store.name);
      other.exec(outside);
      other.close();
      const before = workspaceSnapshot(ctx);
      await expect(dispatch(ctx, 'history.undo', {})).rejects.toThrow(
        /rows of annotations it added were changed or removed outside this session's history/,
      );
      expect(workspaceSnapshot(ctx)).toEqual(before);
    }
  });

  it('says which articles the step touched, new and older', async () => {
    const bulk = seeded();
    recordAction(bulk, message, () => mixedAction(bulk), { bulkInserts: true });
    const undone = await dispatch(bulk, 'history.undo', {});
    expect(undone.articleIds).toEqual([1, 2]);
  });

  it('records nothing for a bulk action that changes nothing, and joins an outer step row by row', async () => {
    const ctx = seeded();
    const steps = () => ctx.store.prepare('SELECT count(*) FROM history_steps').pluck().get();
    const count = steps();
    recordAction(ctx, message, () => undefined, { bulkInserts: true });
    expect(steps()).toBe(count);
    const before = workspaceSnapshot(ctx);
    recordAction(ctx, message, () =>
      recordAction(ctx, message, () => mixedAction(ctx), { bulkInserts: true }),
    );
    expect(
      changes(ctx).some(
        (change) =>
          change.before !== null &&
          change.after !== null &&
          change.table_name === 'glossary_entries' &&
          JSON.parse(change.before).english_term === '' &&
          JSON.parse(change.after).status === 'approved',
      ),
    ).toBe(true);
    await dispatch(ctx, 'history.undo', {});
    expect(workspaceSnapshot(ctx)).toEqual(before);
  });

  it('captures inserts row by row again after a bulk action, also after one that failed', async () => {
    const ctx = seeded();
    const count = () => ctx.store.prepare('SELECT count(*) FROM articles').pluck().get() as number;
    recordAction(ctx, message, () => mixedAction(ctx), { bulkInserts: true });
    expect(() =>
      recordAction(
        ctx,
        message,
        () => {
          storeParagraphs(ctx, ['Un article qui ne restera pas.'], 'Annulé');
          throw new Error('the import failed half way');
        },
        { bulkInserts: true },
      ),
    ).toThrow('the import failed half way');
    const articles = count();
    const before = workspaceSnapshot(ctx);
    // An ordinary step's new article is recorded by the insert trigger, so undo removes it.
    recordAction(ctx, message, () => storeParagraphs(ctx, ['Un article de plus.'], 'Plus'));
    expect(count()).toBe(articles + 1);
    await dispatch(ctx, 'history.undo', {});
    expect(workspaceSnapshot(ctx)).toEqual(before);
  });
});
