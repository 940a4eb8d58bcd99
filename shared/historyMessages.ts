/// A label as a history step names it: its key and its names when the step was recorded, so the
/// step reads right in either UI language even after the label is renamed or deleted.
export interface HistoryLabel {
  readonly key: string;
  readonly nameEn: string;
  readonly nameFr: string;
}

/// The parameters of each undo step message, by its i18next key (under `history.step` in the
/// locale files). `count` selects the plural form; a `label` is shown by its name in the UI language.
export interface HistoryMessageParams {
  'history.step.mark': { readonly quote: string; readonly label: HistoryLabel };
  'history.step.markAll': { readonly quote: string; readonly label: HistoryLabel };
  'history.step.relabel': { readonly quote: string; readonly label: HistoryLabel };
  'history.step.link': { readonly quote: string; readonly term: string };
  'history.step.linkNew': { readonly quote: string };
  'history.step.unlink': { readonly quote: string };
  'history.step.editAnnotation': { readonly quote: string };
  'history.step.deleteAnnotation': { readonly quote: string };
  'history.step.accept': { readonly quote: string; readonly label: HistoryLabel };
  'history.step.acceptAll': { readonly count: number };
  'history.step.acceptAllOfEntry': { readonly count: number; readonly term: string };
  'history.step.reject': { readonly quote: string };
  'history.step.rejectAs': { readonly quote: string; readonly term: string };
  'history.step.rejectAll': { readonly count: number };
  'history.step.rejectAllOfEntry': { readonly count: number; readonly term: string };
  'history.step.addEntry': { readonly term: string };
  'history.step.editEntry': { readonly term: string };
  'history.step.deleteEntry': { readonly term: string };
  'history.step.merge': { readonly source: string; readonly target: string };
  'history.step.split': { readonly count: number; readonly term: string; readonly newTerm: string };
  'history.step.addLabel': { readonly label: HistoryLabel };
  'history.step.editLabel': { readonly label: HistoryLabel };
  'history.step.reorderLabels': Record<string, never>;
  'history.step.deleteLabel': { readonly label: HistoryLabel };
  'history.step.deleteArticle': { readonly title: string };
  'history.step.importDataset': { readonly fileName: string; readonly count: number };
  'history.step.importGlossary': { readonly fileName: string; readonly count: number };
  'history.step.markClaim': { readonly quote: string };
  'history.step.editClaim': { readonly quote: string };
  'history.step.setVerdict': { readonly quote: string };
  'history.step.segmentArticle': { readonly title: string; readonly count: number };
  'history.step.translateSegment': { readonly source: string };
  'history.step.confirmSegment': { readonly source: string };
  'history.step.mergeSegments': { readonly source: string };
  'history.step.splitSegment': { readonly source: string };
  'history.step.importTranslation': { readonly fileName: string; readonly count: number };
  'history.step.fixDrift': { readonly term: string; readonly count: number };
  /// A step recorded before steps carried messages: its English description as it was stored.
  'history.step.legacy': { readonly text: string };
}

/// The key of an undo step message.
export type HistoryMessageKey = keyof HistoryMessageParams;

/// What an undo step says it does: a message key and its parameters, translated by the UI.
export type HistoryMessage = {
  [K in HistoryMessageKey]: { readonly key: K; readonly params: HistoryMessageParams[K] };
}[HistoryMessageKey];

// Keyed by itself so the compiler checks that every key is listed, and nothing else.
const keyRecord: { readonly [K in HistoryMessageKey]: K } = {
  'history.step.mark': 'history.step.mark',
  'history.step.markAll': 'history.step.markAll',
  'history.step.relabel': 'history.step.relabel',
  'history.step.link': 'history.step.link',
  'history.step.linkNew': 'history.step.linkNew',
  'history.step.unlink': 'history.step.unlink',
  'history.step.editAnnotation': 'history.step.editAnnotation',
  'history.step.deleteAnnotation': 'history.step.deleteAnnotation',
  'history.step.accept': 'history.step.accept',
  'history.step.acceptAll': 'history.step.acceptAll',
  'history.step.acceptAllOfEntry': 'history.step.acceptAllOfEntry',
  'history.step.reject': 'history.step.reject',
  'history.step.rejectAs': 'history.step.rejectAs',
  'history.step.rejectAll': 'history.step.rejectAll',
  'history.step.rejectAllOfEntry': 'history.step.rejectAllOfEntry',
  'history.step.addEntry': 'history.step.addEntry',
  'history.step.editEntry': 'history.step.editEntry',
  'history.step.deleteEntry': 'history.step.deleteEntry',
  'history.step.merge': 'history.step.merge',
  'history.step.split': 'history.step.split',
  'history.step.addLabel': 'history.step.addLabel',
  'history.step.editLabel': 'history.step.editLabel',
  'history.step.reorderLabels': 'history.step.reorderLabels',
  'history.step.deleteLabel': 'history.step.deleteLabel',
  'history.step.deleteArticle': 'history.step.deleteArticle',
  'history.step.importDataset': 'history.step.importDataset',
  'history.step.importGlossary': 'history.step.importGlossary',
  'history.step.markClaim': 'history.step.markClaim',
  'history.step.editClaim': 'history.step.editClaim',
  'history.step.setVerdict': 'history.step.setVerdict',
  'history.step.segmentArticle': 'history.step.segmentArticle',
  'history.step.translateSegment': 'history.step.translateSegment',
  'history.step.confirmSegment': 'history.step.confirmSegment',
  'history.step.mergeSegments': 'history.step.mergeSegments',
  'history.step.splitSegment': 'history.step.splitSegment',
  'history.step.importTranslation': 'history.step.importTranslation',
  'history.step.fixDrift': 'history.step.fixDrift',
  'history.step.legacy': 'history.step.legacy',
};

/// Every history message key, for checks at run time (the locale files, stored rows).
export const historyMessageKeys: readonly HistoryMessageKey[] = Object.values(keyRecord);

/// Whether `key` is one of the history message keys.
export function isHistoryMessageKey(key: string): key is HistoryMessageKey {
  return Object.hasOwn(keyRecord, key);
}

/// The values to interpolate into a message's translation: its parameters, with each label
/// replaced by the name `labelName` gives it (the UI language's).
export function historyMessageValues(
  message: HistoryMessage,
  labelName: (label: HistoryLabel) => string,
): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(message.params).map(([name, value]: [string, string | number | HistoryLabel]) => [
      name,
      typeof value === 'object' ? labelName(value) : value,
    ]),
  );
}

/// A label's key and names, as a history message keeps them.
export function historyLabel(label: HistoryLabel): HistoryLabel {
  return { key: label.key, nameEn: label.nameEn, nameFr: label.nameFr };
}
