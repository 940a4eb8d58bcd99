import { Node } from 'prosemirror-model';
import { articleSchema } from '../../../shared/schema';
import { storedDocJson } from '../../../shared/storedDoc';
import type { ParsedArticle, StoredForm } from './parsedArticle';
import { storedForm } from './storedForm';

/// A `ParsedArticle` as plain data, so it can cross from the parsing worker to the main thread:
/// its document only in its stored form (text, hash and JSON, computed in the worker), which
/// crosses as three strings rather than a tree of objects.
export type ParsedArticleJson = Omit<ParsedArticle, 'doc' | 'stored'> & { readonly stored: StoredForm };

/// `parsed` as plain data; its document is checked against the schema first.
export function parsedArticleToJson({ doc, ...fields }: ParsedArticle): ParsedArticleJson {
  doc.check();
  return { ...fields, stored: storedForm(doc) };
}

/// A `ParsedArticle` back from plain data. Storing it needs only its stored form, so the document
/// is rebuilt from its JSON only when something reads `doc`.
export function parsedArticleFromJson(json: ParsedArticleJson): ParsedArticle {
  let doc: Node | null = null;
  return {
    ...json,
    get doc(): Node {
      doc ??= Node.fromJSON(articleSchema, storedDocJson(json.stored.docJson, json.stored.text));
      return doc;
    },
  };
}
