import type { OperationResult, ValidatedInput } from '../../../shared/contract';
import type { Label } from '../../../shared/domain';
import { PasserelleError } from '../../../shared/errors';
import { foldText } from '../../../shared/foldText';
import { historyLabel, type HistoryMessage } from '../../../shared/historyMessages';
import type { CoreContext } from '../coreContext';
import { recordAction } from '../history/recordAction';
import { countRows, oneRow, rowById } from '../store/rows';

/// How many labels a workspace can hold.
export const maxLabels = 100;

interface LabelRow {
  id: number;
  key: string;
  name_en: string;
  name_fr: string;
  colour: string;
  shortcut: string | null;
  position: number;
}

function toLabel(row: LabelRow): Label {
  return {
    id: row.id,
    key: row.key,
    nameEn: row.name_en,
    nameFr: row.name_fr,
    colour: row.colour,
    shortcut: row.shortcut,
    position: row.position,
  };
}

/// The workspace's labels in toolbar order.
export function listLabels(ctx: CoreContext): Label[] {
  return (ctx.store.prepare('SELECT * FROM labels ORDER BY position, id').all() as LabelRow[]).map(toLabel);
}

function getLabel(ctx: CoreContext, id: number): Label {
  return toLabel(rowById<LabelRow>(ctx.store, 'label', 'SELECT * FROM labels WHERE id = ?', id));
}

/// The label with this key, or an `invalid_input` error naming the key and the labels there are.
export function requireLabel(ctx: CoreContext, key: string): Label {
  const row = oneRow<LabelRow>(ctx.store, 'SELECT * FROM labels WHERE key = ?', key);
  if (row) return toLabel(row);
  const keys = listLabels(ctx).map((label) => label.key);
  throw new PasserelleError(
    'invalid_input',
    `There is no label "${key}" in this workspace (its labels are: ${keys.join(', ') || 'none'}).`,
  );
}

/// The English name of a label key, for error messages (the key itself if it is gone).
export function labelName(ctx: CoreContext, key: string): string {
  const row = ctx.store.prepare('SELECT name_en FROM labels WHERE key = ?').get(key) as
    { name_en: string } | undefined;
  return row?.name_en ?? key;
}

/// A stable key made from an English name: "Legal case" → `legal-case`.
export function labelKey(nameEn: string): string {
  return foldText(nameEn)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48);
}

function checkShortcutFree(
  ctx: CoreContext,
  shortcut: string | null | undefined,
  exceptId: number | null,
): void {
  if (shortcut === null || shortcut === undefined) return;
  const holder = oneRow<{ id: number; name_en: string }>(
    ctx.store,
    'SELECT id, name_en FROM labels WHERE shortcut = ?',
    shortcut,
  );
  if (holder && holder.id !== exceptId) {
    throw new PasserelleError(
      'invalid_input',
      `The shortcut ${shortcut} is already used by the label “${holder.name_en}”; free it first.`,
    );
  }
}

function checkNameFree(ctx: CoreContext, nameEn: string | undefined, exceptId: number | null): void {
  if (nameEn === undefined) return;
  const wanted = foldText(nameEn);
  const twin = listLabels(ctx).find((label) => label.id !== exceptId && foldText(label.nameEn) === wanted);
  if (twin) throw new PasserelleError('invalid_input', `There is already a label named “${twin.nameEn}”.`);
}

/// Adds a label at the end of the list with a key made from its English name (made unique)
/// and, unless one is given, the first free shortcut key.
export function createLabel(ctx: CoreContext, input: ValidatedInput<'labels.create'>): Label {
  const message = (label: Label): HistoryMessage => ({
    key: 'history.step.addLabel',
    params: { label: historyLabel(label) },
  });
  return recordAction(ctx, message, () => {
    const labels = listLabels(ctx);
    if (labels.length >= maxLabels) {
      throw new PasserelleError('invalid_input', `A workspace holds at most ${maxLabels} labels.`);
    }
    checkNameFree(ctx, input.nameEn, null);
    checkShortcutFree(ctx, input.shortcut, null);
    const base = labelKey(input.nameEn) || 'label';
    const keys = new Set(labels.map((label) => label.key));
    let key = base;
    for (let n = 2; keys.has(key); n++) key = `${base}-${n}`;
    const used = new Set(labels.map((label) => label.shortcut));
    const shortcut =
      input.shortcut === undefined
        ? (['1', '2', '3', '4', '5', '6', '7', '8', '9'].find((digit) => !used.has(digit)) ?? null)
        : input.shortcut;
    const position = Math.max(-1, ...labels.map((label) => label.position)) + 1;
    const result = ctx.store
      .prepare(
        'INSERT INTO labels (key, name_en, name_fr, colour, shortcut, position) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(key, input.nameEn, input.nameFr, input.colour.toLowerCase(), shortcut, position);
    return getLabel(ctx, Number(result.lastInsertRowid));
  });
}

/// Renames, recolours or changes the shortcut of a label; its key never changes.
export function updateLabel(ctx: CoreContext, input: ValidatedInput<'labels.update'>): Label {
  const current = getLabel(ctx, input.id);
  const message: HistoryMessage = { key: 'history.step.editLabel', params: { label: historyLabel(current) } };
  return recordAction(ctx, message, () => {
    checkNameFree(ctx, input.nameEn, input.id);
    checkShortcutFree(ctx, input.shortcut, input.id);
    ctx.store
      .prepare('UPDATE labels SET name_en = ?, name_fr = ?, colour = ?, shortcut = ? WHERE id = ?')
      .run(
        input.nameEn ?? current.nameEn,
        input.nameFr ?? current.nameFr,
        (input.colour ?? current.colour).toLowerCase(),
        input.shortcut === undefined ? current.shortcut : input.shortcut,
        input.id,
      );
    return getLabel(ctx, input.id);
  });
}

/// Puts the labels in the order of `ids`, which must name every label once.
export function reorderLabels(ctx: CoreContext, input: ValidatedInput<'labels.reorder'>): Label[] {
  const labels = listLabels(ctx);
  const known = new Set(labels.map((label) => label.id));
  const given = new Set(input.ids);
  const unknown = input.ids.find((id) => !known.has(id));
  if (unknown !== undefined) throw new PasserelleError('not_found', `There is no label ${unknown}.`);
  if (given.size !== input.ids.length || given.size !== known.size) {
    throw new PasserelleError(
      'invalid_input',
      `The new order must list each of the ${known.size} labels exactly once.`,
    );
  }
  const message: HistoryMessage = { key: 'history.step.reorderLabels', params: {} };
  return recordAction(ctx, message, () => {
    const move = ctx.store.prepare('UPDATE labels SET position = ? WHERE id = ? AND position <> ?');
    input.ids.forEach((id, position) => move.run(position, id, position));
    return listLabels(ctx);
  });
}

/// Deletes a label. Its annotations and glossary entries are deleted with it, or moved to the
/// label `reassignTo`; the last label cannot be deleted.
export function deleteLabel(
  ctx: CoreContext,
  input: ValidatedInput<'labels.delete'>,
): OperationResult<'labels.delete'> {
  const label = getLabel(ctx, input.id);
  let target: Label | undefined;
  if (input.annotations === 'reassign') {
    if (input.reassignTo === undefined) {
      throw new PasserelleError(
        'invalid_input',
        `Say which label the annotations of “${label.nameEn}” move to (reassignTo).`,
      );
    }
    if (input.reassignTo === input.id) {
      throw new PasserelleError(
        'invalid_input',
        `The annotations of “${label.nameEn}” cannot move to the label being deleted.`,
      );
    }
    target = getLabel(ctx, input.reassignTo);
  }
  const count = countRows(ctx.store, 'SELECT count(*) FROM labels');
  if (count <= 1) throw new PasserelleError('invalid_input', 'A workspace keeps at least one label.');
  const message: HistoryMessage = { key: 'history.step.deleteLabel', params: { label: historyLabel(label) } };
  return recordAction(ctx, message, () => {
    const store = ctx.store;
    let annotationsDeleted = 0;
    let annotationsMoved = 0;
    if (target) {
      annotationsMoved = store
        .prepare('UPDATE annotations SET label = ? WHERE label = ?')
        .run(target.key, label.key).changes;
      store
        .prepare('UPDATE glossary_entries SET label = ?, updated_at = ? WHERE label = ?')
        .run(target.key, ctx.now().toISOString(), label.key);
    } else {
      annotationsDeleted = store.prepare('DELETE FROM annotations WHERE label = ?').run(label.key).changes;
      // The label's entries go too; first unlink what other labels' annotations still point at.
      store
        .prepare(
          `UPDATE annotations SET glossary_entry_id = NULL
           WHERE glossary_entry_id IN (SELECT id FROM glossary_entries WHERE label = ?)`,
        )
        .run(label.key);
      store
        .prepare(
          `DELETE FROM suggestion_rejections
           WHERE glossary_entry_id IN (SELECT id FROM glossary_entries WHERE label = ?)`,
        )
        .run(label.key);
      store.prepare('DELETE FROM glossary_entries WHERE label = ?').run(label.key);
    }
    store.prepare('DELETE FROM labels WHERE id = ?').run(label.id);
    return { deleted: label.id, annotationsDeleted, annotationsMoved };
  });
}
