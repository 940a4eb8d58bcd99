/// Something the user asked to import: a file, a web address, or pasted content. Kept with its
/// outcome so "Import anyway" can send it again.
export type ImportSource =
  | { readonly kind: 'file'; readonly file: File }
  | { readonly kind: 'url'; readonly url: string }
  | {
      readonly kind: 'text';
      /// What the results list calls it, since pasted content has no file name.
      readonly name: string;
      readonly content: string;
      readonly format: 'text' | 'html';
    };

/// The name the results list shows for a source.
export function importSourceName(source: ImportSource): string {
  if (source.kind === 'file') return source.file.name;
  return source.kind === 'url' ? source.url : source.name;
}
