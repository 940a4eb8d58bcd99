/// The formats the glossary can be exported in; the contract, the command line, the desktop
/// menu and the export button all derive their choices from this list.
export const glossaryExportFormats = ['csv'] as const;

/// One of `glossaryExportFormats`.
export type GlossaryExportFormat = (typeof glossaryExportFormats)[number];

/// What the UI and the command line export when no format is named.
export const defaultGlossaryExportFormat: GlossaryExportFormat = 'csv';

/// How a glossary export is saved: its file name ending (without the dot) and MIME type.
export const glossaryExportFiles = {
  csv: { extension: 'csv', mimeType: 'text/csv' },
} as const satisfies Record<GlossaryExportFormat, { extension: string; mimeType: string }>;

/// The file name an export of the glossary in `format` is offered under.
export function glossaryExportFileName(format: GlossaryExportFormat): string {
  return `passerelle-glossary.${glossaryExportFiles[format].extension}`;
}

/// Whether a string names one of `glossaryExportFormats`.
export function isGlossaryExportFormat(value: string): value is GlossaryExportFormat {
  return (glossaryExportFormats as readonly string[]).includes(value);
}
