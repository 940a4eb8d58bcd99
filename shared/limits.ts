/// Largest file (or pasted text) an import accepts, in bytes.
export const maxImportBytes = 20 * 1024 * 1024;

/// Most files one `articles.import` call accepts.
export const maxImportFilesPerCall = 1000;

/// Largest glossary or dataset file the Import dialog sends (`imports.inspect`, `imports.run`),
/// in bytes (the renderer checks the file's size, the contract the text's length).
export const maxExchangeImportBytes = 64 * 1024 * 1024;
