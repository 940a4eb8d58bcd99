/// How an imported file's bytes are read.
export type ArticleFormat = 'text' | 'html' | 'markdown' | 'docx';

/// One importable file format: the reader it goes to, its file name endings (lower case, with the
/// dot) and the MIME types a file chooser or a server may give it.
export interface ImportFormat {
  readonly format: ArticleFormat;
  readonly extensions: readonly string[];
  readonly mimeTypes: readonly string[];
}

/// Every file format an article can be imported from; the importer, the file chooser, a dropped
/// folder, the desktop menu and the command line all read this one list.
export const importFormats: readonly ImportFormat[] = [
  { format: 'text', extensions: ['.txt', '.text'], mimeTypes: ['text/plain'] },
  {
    format: 'html',
    extensions: ['.html', '.htm', '.xhtml'],
    mimeTypes: ['text/html', 'application/xhtml+xml'],
  },
  { format: 'markdown', extensions: ['.md', '.markdown'], mimeTypes: ['text/markdown'] },
  {
    format: 'docx',
    extensions: ['.docx'],
    mimeTypes: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  },
];

/// Every importable file name ending, in the order of `importFormats`.
export const importExtensions: readonly string[] = importFormats.flatMap((format) => format.extensions);

/// The lower-case ending of a file name or path (`.docx`), or '' when the name has none (a
/// leading dot, as in `.bashrc`, is not an ending).
export function fileExtension(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

/// The format a file name's ending says, or undefined when it is not importable.
export function importFormatOf(fileName: string): ArticleFormat | undefined {
  const extension = fileExtension(fileName);
  return importFormats.find((format) => format.extensions.includes(extension))?.format;
}

/// Whether a file name ends with an importable extension (case-insensitive).
export function isImportableFileName(fileName: string): boolean {
  return importFormatOf(fileName) !== undefined;
}
