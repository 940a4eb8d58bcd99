/// The file name endings the import reads, for the file chooser and for picking files out of a
/// dropped folder.
export const articleFileExtensions = ['.txt', '.text', '.html', '.htm', '.docx', '.md'] as const;

/// Whether a file name ends with one of `articleFileExtensions` (case-insensitive).
export function isArticleFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return articleFileExtensions.some((extension) => lower.endsWith(extension));
}
