import type { Node } from 'prosemirror-model';
import { articleSchema } from './schema';

/// How many top-level blocks one editor section holds.
export const blocksPerSection = 32;

/// The document the editor shows: the same text blocks, grouped into sections of
/// `blocksPerSection` top-level blocks when there are more than that, so ProseMirror's redraw
/// walks a few dozen sections and one section's blocks instead of every block of a long article.
/// `articleText` and every text offset are unchanged.
export function sectionedDoc(doc: Node, size = blocksPerSection): Node {
  if (doc.childCount <= size) return doc;
  const sections: Node[] = [];
  const blocks: Node[] = [];
  doc.forEach((block) => blocks.push(block));
  for (let first = 0; first < blocks.length; first += size) {
    sections.push(articleSchema.node('article_section', null, blocks.slice(first, first + size)));
  }
  return articleSchema.node('doc', null, sections);
}
