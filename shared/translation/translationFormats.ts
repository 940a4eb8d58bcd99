/// The files an article's English translation can be written as: the English article (HTML,
/// Markdown, plain text, Word) or a bilingual XLIFF 2.1 file, which comes back in with
/// `translation.import`.
export const translationExportFormats = ['html', 'md', 'txt', 'docx', 'xliff'] as const;

/// One of `translationExportFormats`.
export type TranslationExportFormat = (typeof translationExportFormats)[number];

/// What an English article does with segments not yet translated: refuse to export (naming how
/// many), mark them (the French source in brackets, flagged), or leave them out.
export const untranslatedPolicies = ['refuse', 'mark', 'omit'] as const;

/// One of `untranslatedPolicies`.
export type UntranslatedPolicy = (typeof untranslatedPolicies)[number];

/// Each format's file name extension and MIME type.
export const translationExportFiles: Readonly<
  Record<TranslationExportFormat, { readonly extension: string; readonly mimeType: string }>
> = {
  html: { extension: 'html', mimeType: 'text/html;charset=utf-8' },
  md: { extension: 'md', mimeType: 'text/markdown;charset=utf-8' },
  txt: { extension: 'txt', mimeType: 'text/plain;charset=utf-8' },
  docx: {
    extension: 'docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  xliff: { extension: 'xlf', mimeType: 'application/xliff+xml' },
};
