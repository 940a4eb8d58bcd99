/// The glossary files `import-glossary` and the Import dialog read: Passerelle's CSV (either
/// dialect), OmegaT's TSV, TBX.
export const glossaryImportFormats = ['csv', 'tsv', 'tbx'] as const;

/// One of `glossaryImportFormats`.
export type GlossaryImportFormat = (typeof glossaryImportFormats)[number];

/// The dataset layouts `import-dataset` and the Import dialog read: Passerelle's own JSONL (also
/// spaCy's and Prodigy's `spans`), doccano's JSONL (`label: [[start, end, "LABEL"]]` or
/// `entities`) and a Label Studio JSON export (`annotations[].result[].value`).
export const datasetImportFormats = ['jsonl', 'doccano', 'label-studio'] as const;

/// One of `datasetImportFormats`.
export type DatasetImportFormat = (typeof datasetImportFormats)[number];

/// What the Import dialog does with one glossary conflict (the file gives another English term
/// than the workspace's entry of the same French term).
export const importConflictDecisions = ['keepMine', 'takeTheirs', 'keepBoth'] as const;

/// One of `importConflictDecisions`.
export type ImportConflictDecision = (typeof importConflictDecisions)[number];
