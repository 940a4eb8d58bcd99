/// The tables whose rows undo and redo put back: everything the annotation, glossary, label
/// and suggestion operations change. Each has an integer `id` primary key.
export const trackedTables = ['labels', 'glossary_entries', 'annotations', 'suggestion_rejections'] as const;

/// One of `trackedTables`.
export type TrackedTable = (typeof trackedTables)[number];
