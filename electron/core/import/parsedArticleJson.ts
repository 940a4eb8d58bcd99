import { Node } from 'prosemirror-model';
import type { DocJSON } from '../../../shared/domain';
import { articleSchema } from '../../../shared/schema';
import type { ParsedArticle } from './parsedArticle';

/// A `ParsedArticle` as plain data, with its document as ProseMirror JSON, so it can cross from
/// the parsing worker to the main thread.
export type ParsedArticleJson = Omit<ParsedArticle, 'doc'> & { readonly doc: DocJSON };

/// `parsed` as plain data.
export function parsedArticleToJson(parsed: ParsedArticle): ParsedArticleJson {
  return { ...parsed, doc: parsed.doc.toJSON() as DocJSON };
}

/// A `ParsedArticle` back from plain data; the document is rebuilt (and checked) against the schema.
export function parsedArticleFromJson(json: ParsedArticleJson): ParsedArticle {
  const doc = Node.fromJSON(articleSchema, json.doc);
  doc.check();
  return { ...json, doc };
}
