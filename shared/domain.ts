import type { EntityLabel } from './labels';

/// What the library lists for each article.
export interface ArticleSummary {
  readonly id: number;
  readonly title: string;
  readonly byline: string | null;
  /// Publication date as ISO 8601 (date or date-time), when known.
  readonly publishedAt: string | null;
  /// Where the article came from: its site name, URL or original file name.
  readonly source: string | null;
  readonly fileName: string | null;
  readonly importedAt: string;
  readonly annotationCount: number;
}

/// A whole article: its metadata, its ProseMirror document as JSON, and its plain text.
export interface Article extends ArticleSummary {
  readonly sourceUrl: string | null;
  readonly siteName: string | null;
  readonly language: string;
  /// The encoding the bytes were decoded from (e.g. `utf-8`, `windows-1252`).
  readonly encoding: string | null;
  readonly doc: DocJSON;
  /// Plain text derived from `doc` by `articleText`; annotation offsets index into it.
  readonly text: string;
}

/// A ProseMirror document in its JSON form.
export interface DocJSON {
  readonly type: 'doc';
  readonly content?: readonly unknown[];
}

/// Whether an annotation marks an entity or a claim.
export type AnnotationKind = 'entity' | 'claim';

/// A stand-off span over an article's plain text, in UTF-16 offsets.
export interface Annotation {
  readonly id: number;
  readonly articleId: number;
  readonly start: number;
  readonly end: number;
  readonly kind: AnnotationKind;
  readonly label: EntityLabel;
  /// The exact text of `article.text.slice(start, end)` (TextQuoteSelector `exact`).
  readonly quote: string;
  readonly prefix: string;
  readonly suffix: string;
  /// The glossary entry this entity mention is linked to.
  readonly glossaryEntryId: number | null;
  readonly createdAt: string;
}

/// One real-world entity and its English rendering.
export interface GlossaryEntry {
  readonly id: number;
  readonly label: EntityLabel;
  readonly frenchTerm: string;
  readonly englishTerm: string;
  readonly note: string;
  readonly status: 'draft' | 'approved';
  readonly createdAt: string;
  readonly updatedAt: string;
  /// The article the entry was first created from, if any.
  readonly sourceArticleId: number | null;
  readonly mentionCount: number;
}

/// What happened to one file of an import batch.
export type ImportOutcome =
  | { readonly fileName: string; readonly status: 'imported'; readonly articleId: number; readonly title: string }
  | { readonly fileName: string; readonly status: 'failed'; readonly error: { readonly code: string; readonly message: string } };
