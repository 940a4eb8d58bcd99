import type { ImportWarning } from '../../../shared/domain';
import type { Node } from 'prosemirror-model';

/// What a format reader extracts from one file, before it is stored.
export interface ParsedArticle {
  readonly title: string;
  readonly byline: string | null;
  /// ISO 8601 date or date-time.
  readonly publishedAt: string | null;
  readonly sourceUrl: string | null;
  readonly siteName: string | null;
  readonly language: string;
  /// The character encoding the bytes were decoded from.
  readonly encoding: string | null;
  /// The article body in the shared schema; its text is already normalised.
  readonly doc: Node;
  /// English sentences about what the import guessed or repaired (encoding, language); none
  /// when absent.
  readonly warnings?: readonly ImportWarning[];
  /// What storing the article writes for its document (`storedForm(doc)`), when the parsing
  /// worker computed it ahead, so the main thread does not.
  readonly stored?: StoredForm;
}

/// What storing an article writes for its document: its plain text (`articleText`), the text's
/// sha256 (by which a re-imported copy is recognised) and the document's JSON.
export interface StoredForm {
  readonly text: string;
  readonly contentHash: string;
  /// The document as stored: its JSON without the texts (`compactDocJson`).
  readonly docJson: string;
}

/// What a format reader returns; the caller adds the encoding and the warnings.
export type ArticleReading = Omit<ParsedArticle, 'encoding' | 'warnings'>;
