/// The tables whose rows undo and redo put back: everything the annotation, glossary, label
/// suggestion, claim and segment operations change, and articles, so deleting one can be undone. Each has an
/// integer `id` primary key. Changes are captured only inside `recordAction`, so storing an
/// imported article (which is not an undoable action) records nothing.
export const trackedTables = [
  'articles',
  'labels',
  'glossary_entries',
  'annotations',
  'suggestion_rejections',
  'claims',
  // After articles, which segments refer to (bulk redo inserts tables in this order).
  'segments',
] as const;

/// One of `trackedTables`.
export type TrackedTable = (typeof trackedTables)[number];
