import { createHash } from 'node:crypto';
import type { Node } from 'prosemirror-model';
import { articleText } from '../../../shared/articleText';
import { compactDocJson } from '../../../shared/storedDoc';
import type { ParsedArticle, StoredForm } from './parsedArticle';

/// The sha256 of an article's text (`articleText` of its document), by which a re-imported
/// copy of an article already stored is recognised.
export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/// What storing an article with this document writes (see `StoredForm`).
export function storedForm(doc: Node): StoredForm {
  const text = articleText(doc);
  return { text, contentHash: contentHash(text), docJson: compactDocJson(doc) };
}

/// `parsed`'s stored form: the one its parser computed ahead, else computed now.
export function storedFormOf(parsed: ParsedArticle): StoredForm {
  return parsed.stored ?? storedForm(parsed.doc);
}
