/// Largest file the library sends to the import, in bytes: the contract's `maxImportBytes`, kept
/// here because importing the contract at run time would pull zod into the page.
export const maxImportFileBytes = 20 * 1024 * 1024;
