import type { HistoryLabel, HistoryMessage } from '../../../shared/historyMessages';
import type { Store } from './openStore';

type Wording = readonly [RegExp, (...parts: string[]) => HistoryMessage | undefined];

/// The message an undo step described in English before schema 4 stands for, read back from the
/// wordings recordAction used then (frozen with migration 4: later wordings never change it).
/// A label is found by its English name among `labels`; `editsEntry` tells a glossary edit from an
/// annotation edit, both once worded "Edit “…”". Anything else keeps its text as a legacy message.
export function legacyHistoryMessage(
  text: string,
  labels: readonly HistoryLabel[],
  editsEntry: boolean,
): HistoryMessage {
  const withLabel = (nameEn: string, message: (label: HistoryLabel) => HistoryMessage) => {
    const found = labels.find((label) => label.nameEn === nameEn);
    return found && message({ key: found.key, nameEn: found.nameEn, nameFr: found.nameFr });
  };
  const bulk = (verb: string, count: string, term?: string): HistoryMessage => {
    const accept = verb === 'Accept';
    if (term === undefined) {
      return {
        key: accept ? 'history.step.acceptAll' : 'history.step.rejectAll',
        params: { count: Number(count) },
      };
    }
    return {
      key: accept ? 'history.step.acceptAllOfEntry' : 'history.step.rejectAllOfEntry',
      params: { count: Number(count), term },
    };
  };
  // Quotes and terms may hold any character, line feeds included, hence the `s` flag.
  const wordings: readonly Wording[] = [
    [
      /^Mark all “(.+)” as (.+)$/s,
      (quote, name) =>
        withLabel(name, (label) => ({ key: 'history.step.markAll', params: { quote, label } })),
    ],
    [
      /^Mark “(.+)” as (.+)$/s,
      (quote, name) => withLabel(name, (label) => ({ key: 'history.step.mark', params: { quote, label } })),
    ],
    [
      /^Relabel “(.+)” as (.+)$/s,
      (quote, name) =>
        withLabel(name, (label) => ({ key: 'history.step.relabel', params: { quote, label } })),
    ],
    [
      /^Accept “(.+)” as (.+)$/s,
      (quote, name) => withLabel(name, (label) => ({ key: 'history.step.accept', params: { quote, label } })),
    ],
    [/^Link “(.+)” to a new entry$/s, (quote) => ({ key: 'history.step.linkNew', params: { quote } })],
    [/^Link “(.+)” to “(.+)”$/s, (quote, term) => ({ key: 'history.step.link', params: { quote, term } })],
    [/^Unlink “(.+)” from the glossary$/s, (quote) => ({ key: 'history.step.unlink', params: { quote } })],
    [
      /^Add label “(.+)”$/s,
      (name) => withLabel(name, (label) => ({ key: 'history.step.addLabel', params: { label } })),
    ],
    [
      /^Edit label “(.+)”$/s,
      (name) => withLabel(name, (label) => ({ key: 'history.step.editLabel', params: { label } })),
    ],
    [
      /^Delete label “(.+)”$/s,
      (name) => withLabel(name, (label) => ({ key: 'history.step.deleteLabel', params: { label } })),
    ],
    [/^Reorder labels$/, () => ({ key: 'history.step.reorderLabels', params: {} })],
    [/^Delete article “(.+)”$/s, (title) => ({ key: 'history.step.deleteArticle', params: { title } })],
    [/^Add “(.+)” to the glossary$/s, (term) => ({ key: 'history.step.addEntry', params: { term } })],
    [/^Delete “(.+)” from the glossary$/s, (term) => ({ key: 'history.step.deleteEntry', params: { term } })],
    [/^Delete “(.+)”$/s, (quote) => ({ key: 'history.step.deleteAnnotation', params: { quote } })],
    [
      /^Edit “(.+)”$/s,
      (words) =>
        editsEntry
          ? { key: 'history.step.editEntry', params: { term: words } }
          : { key: 'history.step.editAnnotation', params: { quote: words } },
    ],
    [
      /^Merge “(.+)” into “(.+)”$/s,
      (source, target) => ({ key: 'history.step.merge', params: { source, target } }),
    ],
    [
      /^Split a mention of “(.+)” into “(.+)”$/s,
      (term, newTerm) => ({ key: 'history.step.split', params: { count: 1, term, newTerm } }),
    ],
    [
      /^Split (\d+) mentions of “(.+)” into “(.+)”$/s,
      (count, term, newTerm) => ({
        key: 'history.step.split',
        params: { count: Number(count), term, newTerm },
      }),
    ],
    [/^(Accept|Reject) (\d+) suggestions?$/, (verb, count) => bulk(verb, count)],
    [/^(Accept|Reject) (\d+) suggestions? of “(.+)”$/s, (verb, count, term) => bulk(verb, count, term)],
    [/^Reject the suggestion “(.+)”$/s, (quote) => ({ key: 'history.step.reject', params: { quote } })],
    [
      /^Reject “(.+)” as “(.+)”$/s,
      (quote, term) => ({ key: 'history.step.rejectAs', params: { quote, term } }),
    ],
  ];
  for (const [pattern, message] of wordings) {
    const match = pattern.exec(text);
    if (match) return message(...match.slice(1)) ?? { key: 'history.step.legacy', params: { text } };
  }
  return { key: 'history.step.legacy', params: { text } };
}

/// Migration 4: undo steps say what they do as a message key and parameters that the UI
/// translates, instead of an English description; every stored step is converted.
export function migrateHistoryMessages(db: Store): void {
  db.exec(`
    ALTER TABLE history_steps ADD COLUMN message_key TEXT NOT NULL DEFAULT 'history.step.legacy';
    ALTER TABLE history_steps ADD COLUMN message_params TEXT NOT NULL DEFAULT '{}';
  `);
  const labels = db
    .prepare('SELECT key, name_en AS nameEn, name_fr AS nameFr FROM labels')
    .all() as HistoryLabel[];
  const editsEntry = db
    .prepare(
      `SELECT EXISTS (SELECT 1 FROM history_changes WHERE step_id = ? AND table_name = 'glossary_entries')`,
    )
    .pluck();
  const write = db.prepare('UPDATE history_steps SET message_key = ?, message_params = ? WHERE id = ?');
  const steps = db.prepare('SELECT id, description FROM history_steps').all() as {
    id: number;
    description: string;
  }[];
  for (const step of steps) {
    const message = legacyHistoryMessage(step.description, labels, editsEntry.get(step.id) === 1);
    write.run(message.key, JSON.stringify(message.params), step.id);
  }
  db.exec('ALTER TABLE history_steps DROP COLUMN description');
}
