import type { Node } from 'prosemirror-model';
import { articleSchema } from './schema';

/// How many blocks (or smaller sections) one editor section holds.
export const blocksPerSection = 32;

/// The document the editor shows: the same text blocks, grouped into sections of
/// `blocksPerSection` top-level blocks when there are more than that, and those sections into
/// larger ones while there are still more than that at the top. ProseMirror's redraw then walks a
/// few dozen nodes on each level down to the changed block instead of every block of a long
/// article. `articleText` and every text offset are unchanged.
export function sectionedDoc(doc: Node, size = blocksPerSection): Node {
  if (doc.childCount <= size) return doc;
  let level: Node[] = [];
  doc.forEach((block) => level.push(block));
  while (level.length > size) {
    const sections: Node[] = [];
    for (let first = 0; first < level.length; first += size) {
      sections.push(articleSchema.node('article_section', null, level.slice(first, first + size)));
    }
    level = sections;
  }
  return articleSchema.node('doc', null, level);
}
