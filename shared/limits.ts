/// Largest file (or pasted text) an import accepts, in bytes.
export const maxImportBytes = 20 * 1024 * 1024;

/// Most files one `articles.import` call accepts.
export const maxImportFilesPerCall = 1000;
