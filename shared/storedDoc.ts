import type { Node } from 'prosemirror-model';
import { blockSeparator } from './articleText';
import type { DocJSON } from './domain';
import { articleSchema } from './schema';

// An article's document is stored beside its plain text, which already holds every character of
// it (`articleText`): stored in full, the document's JSON repeated the text and made an article's
// row twice the size, and storing an imported article took twice as long. So the document is stored
// as its JSON with each text node's text replaced by its length, and the texts are sliced back
// out of `article.text` when it is read. Rows stored before this keep their full JSON, which is
// read as it is: the doc node of the compact form carries `compactKey`, which the full one never
// has (ProseMirror's JSON has `type`, `attrs`, `content`, `marks` and `text` only).
const compactKey = 'textInArticle';

interface NodeJSON {
  readonly type: string;
  readonly attrs?: unknown;
  readonly content?: readonly NodeJSON[];
  readonly marks?: readonly unknown[];
  readonly text?: string;
  /// In the compact form, a text node's length in UTF-16 code units, in place of its text.
  readonly length?: number;
}

function withoutTexts(node: NodeJSON): NodeJSON {
  if (node.text !== undefined) {
    const { text, ...rest } = node;
    return { ...rest, length: text.length };
  }
  return node.content === undefined ? node : { ...node, content: node.content.map(withoutTexts) };
}

/// The document as it is stored: its JSON without the texts, which `article.text` holds.
export function compactDocJson(doc: Node): string {
  const { type, ...rest } = withoutTexts(doc.toJSON() as NodeJSON);
  return JSON.stringify({ type, [compactKey]: 1, ...rest });
}

/// A stored document back as ProseMirror JSON: a compact one (`compactDocJson`) with its texts
/// sliced out of `text`, the article's plain text; a document stored in full as it is. Throws
/// when the text does not fit the document (a row changed by hand, or damaged).
export function storedDocJson(stored: string, text: string): DocJSON {
  const json = JSON.parse(stored) as NodeJSON & { readonly [compactKey]?: number };
  if (json[compactKey] === undefined) return json as DocJSON;
  let offset = 0;
  let blocks = 0;
  const take = (length: number): string => {
    const slice = text.slice(offset, offset + length);
    if (slice.length !== length) throw new Error('The article’s text is shorter than its document.');
    offset += length;
    return slice;
  };
  const expand = (node: NodeJSON): NodeJSON => {
    if (node.length !== undefined) {
      const { length, ...rest } = node;
      return { ...rest, text: take(length) };
    }
    const type = articleSchema.nodes[node.type];
    if (type === undefined) throw new Error(`The stored document has a node of unknown type ${node.type}.`);
    if (type.isTextblock && blocks++ > 0 && take(blockSeparator.length) !== blockSeparator)
      throw new Error('The article’s text does not separate its blocks where its document does.');
    if (type.isLeaf && type.isInline) {
      const leafText = type.spec.leafText?.(type.create()) ?? '';
      if (take(leafText.length) !== leafText)
        throw new Error(`The article’s text does not hold a ${node.type} where its document does.`);
    }
    return node.content === undefined ? node : { ...node, content: node.content.map(expand) };
  };
  const { [compactKey]: _compact, ...doc } = json;
  const expanded = expand(doc);
  if (offset !== text.length) throw new Error('The article’s text is longer than its document.');
  return expanded as DocJSON;
}
