import type { GlossaryEntry, Label } from '../../../shared/domain';

/// What names a JSON glossary export, so an import can tell it from any other JSON file.
export const glossaryJsonFormat = 'passerelle-glossary';

/// The version of the JSON glossary layout; a change that drops or renames a field raises it.
export const glossaryJsonVersion = 1;

/// Where a glossary export comes from: the workspace's name and when it was written.
export interface GlossaryExportHeading {
  readonly workspaceName: string;
  readonly exportedAt: Date;
}

/// Serialises entries as one JSON document: the format's name and version, the workspace, the
/// export time, the labels the entries use (key and names) and every field of every entry.
export function glossaryJson(
  entries: readonly GlossaryEntry[],
  labels: readonly Label[],
  heading: GlossaryExportHeading,
): string {
  const used = new Set(entries.map((entry) => entry.label));
  const document = {
    format: glossaryJsonFormat,
    version: glossaryJsonVersion,
    workspace: heading.workspaceName,
    exportedAt: heading.exportedAt.toISOString(),
    labels: labels
      .filter((label) => used.has(label.key))
      .map(({ key, nameEn, nameFr, colour }) => ({ key, nameEn, nameFr, colour })),
    entries,
  };
  return JSON.stringify(document, null, 2) + '\n';
}
