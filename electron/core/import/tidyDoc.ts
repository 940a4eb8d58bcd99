import { Fragment, type Node } from 'prosemirror-model';
import { normalizeText } from '../../../shared/normalizeText';

// Drops hard breaks and white space from one edge of a block's inline content, in place.
function trimEdge(inline: Node[], at: 0 | -1, space: RegExp): void {
  for (let edge = inline.at(at); edge !== undefined; edge = inline.at(at)) {
    const text = edge.isText ? (edge.text ?? '').replace(space, '') : '';
    const index = at === 0 ? 0 : inline.length - 1;
    if (text !== '') {
      inline[index] = edge.type.schema.text(text, edge.marks);
      return;
    }
    inline.splice(index, 1);
  }
}

function tidyInline(block: Node): Node[] {
  const inline: Node[] = [];
  block.forEach((child) => {
    if (!child.isText) {
      inline.push(child);
      return;
    }
    // Entities such as &#x301; or &#0; only become characters after parsing, so text nodes are
    // normalised again here.
    const text = normalizeText(child.text ?? '');
    if (text === child.text) inline.push(child);
    else if (text !== '') inline.push(child.type.schema.text(text, child.marks));
  });
  trimEdge(inline, 0, /^\s+/);
  trimEdge(inline, -1, /\s+$/);
  return inline;
}

// Whether `children` are `node`'s own children, all of them, in order.
function unchanged(node: Node, children: readonly Node[]): boolean {
  return children.length === node.childCount && children.every((child, index) => child === node.child(index));
}

function tidyBlock(node: Node): Node[] {
  if (node.isTextblock) {
    // Trimming leaves either nothing or text at both edges, so an empty result means a blank block.
    const inline = tidyInline(node);
    if (inline.length === 0) return [];
    // Most blocks need no tidying: the block itself is kept, not a copy.
    return unchanged(node, inline) ? [node] : [node.type.create(node.attrs, inline, node.marks)];
  }
  if (node.isLeaf) return [node];
  const tidied = node.content.content.flatMap(tidyBlock);
  if (tidied.length === 0) return [];
  if (unchanged(node, tidied) && node.type.validContent(node.content)) return [node];
  const children = Fragment.fromArray(tidied);
  if (node.type.validContent(children)) return [node.type.create(node.attrs, children, node.marks)];
  // A list item left with only a nested list needs a paragraph first; failing that, the
  // surviving blocks move up to the parent rather than being lost.
  const filled = node.type.createAndFill(node.attrs, children, node.marks);
  return filled === null ? [...children.content] : [filled];
}

/// Cleans a parsed document: text nodes normalised, empty text blocks and containers dropped,
/// white space and hard breaks trimmed from the edges of each block. Null when no text is left.
export function tidyDoc(doc: Node): Node | null {
  const blocks = doc.content.content.flatMap(tidyBlock);
  if (blocks.length === 0) return null;
  return unchanged(doc, blocks) ? doc : doc.type.create(doc.attrs, blocks);
}
