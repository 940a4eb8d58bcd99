/// The formats the glossary can be exported in; the contract, the command line, the desktop
/// menu and the export button all derive their choices from this list.
export const glossaryExportFormats = ['csv', 'tsv', 'json', 'tbx', 'html'] as const;

/// One of `glossaryExportFormats`.
export type GlossaryExportFormat = (typeof glossaryExportFormats)[number];

/// What the UI and the command line export when no format is named.
export const defaultGlossaryExportFormat: GlossaryExportFormat = 'csv';

/// How a glossary export is saved: its file name ending (without the dot) and MIME type. The TSV
/// ends in `.txt` because OmegaT reads a glossary only from `.txt`, `.utf8` and `.tab` files.
export const glossaryExportFiles = {
  csv: { extension: 'csv', mimeType: 'text/csv' },
  tsv: { extension: 'txt', mimeType: 'text/tab-separated-values' },
  json: { extension: 'json', mimeType: 'application/json' },
  tbx: { extension: 'tbx', mimeType: 'application/xml' },
  html: { extension: 'html', mimeType: 'text/html' },
} as const satisfies Record<GlossaryExportFormat, { extension: string; mimeType: string }>;

/// The file name an export of the glossary in `format` is offered under.
export function glossaryExportFileName(format: GlossaryExportFormat): string {
  return `passerelle-glossary.${glossaryExportFiles[format].extension}`;
}

/// Whether a string names one of `glossaryExportFormats`.
export function isGlossaryExportFormat(value: string): value is GlossaryExportFormat {
  return (glossaryExportFormats as readonly string[]).includes(value);
}

/// The dialects of a CSV export: `standard` (RFC 4180, comma-separated) and `excel-fr`
/// (semicolon-separated, as spreadsheets set to French read a double-clicked file).
export const csvDialects = ['standard', 'excel-fr'] as const;

/// One of `csvDialects`.
export type CsvDialect = (typeof csvDialects)[number];

/// The dialect a CSV export is written in when none is named.
export const defaultCsvDialect: CsvDialect = 'standard';

/// The cell separator of each CSV dialect; both write UTF-8 with a BOM and CRLF line ends.
export const csvDialectSeparators = {
  standard: ',',
  'excel-fr': ';',
} as const satisfies Record<CsvDialect, string>;

/// Whether a string names one of `csvDialects`.
export function isCsvDialect(value: string): value is CsvDialect {
  return (csvDialects as readonly string[]).includes(value);
}

/// The columns a CSV or TSV glossary export can hold, in the CSV's order. The first six are those
/// of earlier versions, so scripts reading them by position keep working.
export const glossaryTableColumns = [
  'french_term',
  'english_term',
  'label',
  'status',
  'note',
  'mentions',
  'french_variants',
  'english_avoid',
  'decision',
  'wikidata_id',
  'articles',
] as const;

/// One of `glossaryTableColumns`.
export type GlossaryTableColumn = (typeof glossaryTableColumns)[number];

/// The columns of each table format when none are chosen: every column in CSV; OmegaT's source,
/// target and comment in TSV.
export const defaultGlossaryTableColumns = {
  csv: glossaryTableColumns,
  tsv: ['french_term', 'english_term', 'note'],
} as const satisfies Record<'csv' | 'tsv', readonly GlossaryTableColumn[]>;

/// Whether a string names one of `glossaryTableColumns`.
export function isGlossaryTableColumn(value: string): value is GlossaryTableColumn {
  return (glossaryTableColumns as readonly string[]).includes(value);
}

/// The formats an annotated dataset can be exported in: JSONL (spaCy, Prodigy, doccano), CoNLL-2003
/// BIO (spaCy's `convert`), brat standoff (a folder of `.txt` and `.ann` files) and W3C Web
/// Annotation JSON-LD.
export const datasetExportFormats = ['jsonl', 'conll', 'brat', 'webanno'] as const;

/// One of `datasetExportFormats`.
export type DatasetExportFormat = (typeof datasetExportFormats)[number];

/// How a dataset export is saved: a file with this extension and MIME type, or a folder (brat).
export const datasetExportFiles = {
  jsonl: { kind: 'file', extension: 'jsonl', mimeType: 'application/jsonl' },
  conll: { kind: 'file', extension: 'conll', mimeType: 'text/plain' },
  brat: { kind: 'folder', extension: '', mimeType: '' },
  webanno: { kind: 'file', extension: 'jsonld', mimeType: 'application/ld+json' },
} as const satisfies Record<
  DatasetExportFormat,
  { kind: 'file' | 'folder'; extension: string; mimeType: string }
>;

/// Whether a string names one of `datasetExportFormats`.
export function isDatasetExportFormat(value: string): value is DatasetExportFormat {
  return (datasetExportFormats as readonly string[]).includes(value);
}

/// What the privacy profile (for sharing outside the newsroom) leaves out of an export: from a
/// glossary, who added each entry, the notes and the draft (unreviewed) entries; from a dataset,
/// who marked each span, the links to draft glossary entries, the claims nobody has reviewed yet
/// and who reviewed the others.
export const exportLeftOutKeys = [
  'entryAuthors',
  'entryNotes',
  'draftEntries',
  'annotators',
  'draftLinks',
  'unreviewedClaims',
  'claimReviewers',
] as const;

/// One of `exportLeftOutKeys`.
export type ExportLeftOutKey = (typeof exportLeftOutKeys)[number];

/// The file name a dataset export is offered under; brat's folder of files comes as a ZIP.
export function datasetExportFileName(format: DatasetExportFormat): string {
  return format === 'brat'
    ? 'passerelle-dataset-brat.zip'
    : `passerelle-dataset.${datasetExportFiles[format].extension}`;
}

/// The MIME type a dataset export is delivered with (brat's folder as a ZIP).
export function datasetExportMimeType(format: DatasetExportFormat): string {
  return format === 'brat' ? 'application/zip' : datasetExportFiles[format].mimeType;
}

/// The formats the claims can be exported in: ClaimReview JSON-LD (for the pages of published
/// fact-checks, which search engines and fact-check aggregators read) and a CSV for editors.
export const claimExportFormats = ['claimreview', 'csv'] as const;

/// One of `claimExportFormats`.
export type ClaimExportFormat = (typeof claimExportFormats)[number];

/// How a claims export is saved: its file name ending (without the dot) and MIME type.
export const claimExportFiles = {
  claimreview: { extension: 'jsonld', mimeType: 'application/ld+json' },
  csv: { extension: 'csv', mimeType: 'text/csv' },
} as const satisfies Record<ClaimExportFormat, { extension: string; mimeType: string }>;

/// The file name a claims export in `format` is offered under.
export function claimExportFileName(format: ClaimExportFormat): string {
  return `passerelle-claims.${claimExportFiles[format].extension}`;
}
