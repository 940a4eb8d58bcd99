import type { Node } from 'prosemirror-model';
import { blockSeparator } from '../../../../shared/articleText';
import type { Article, Segment } from '../../../../shared/domain';
import { articleSchema } from '../../../../shared/schema';

/// A run of the English article's text: English words, or French source not translated yet (kept
/// only when untranslated passages are marked), emphasised or strong when the whole source passage
/// it stands for is.
export type EnglishInline =
  | {
      readonly kind: 'text';
      readonly text: string;
      /// The French source, not translated yet.
      readonly untranslated: boolean;
      readonly em: boolean;
      readonly strong: boolean;
    }
  | { readonly kind: 'break' };

/// One block of the English article, with the source document's structure.
export type EnglishBlock =
  | { readonly type: 'heading'; readonly level: number; readonly inlines: readonly EnglishInline[] }
  | { readonly type: 'paragraph'; readonly inlines: readonly EnglishInline[] }
  | { readonly type: 'blockquote'; readonly children: readonly EnglishBlock[] }
  | {
      readonly type: 'list';
      readonly ordered: boolean;
      /// The first number of an ordered list.
      readonly order: number;
      readonly items: readonly (readonly EnglishBlock[])[];
    };

/// The English article as blocks, and how many passages of the source have no English text: segments
/// with an empty target and stretches of text no segment covers.
export interface EnglishDocument {
  readonly blocks: readonly EnglishBlock[];
  /// Passages with no English text: `emptySegments` and `unsegmented` together.
  readonly untranslated: number;
  /// Segments whose target is empty.
  readonly emptySegments: number;
  /// Stretches of text (a line at most) that no segment covers.
  readonly unsegmented: number;
  /// The English of the first text block when its French is the article's title and it is wholly
  /// translated; else undefined.
  readonly translatedTitle: string | undefined;
}

interface MarkedRun {
  readonly from: number;
  readonly to: number;
  readonly em: boolean;
  readonly strong: boolean;
}

type Piece =
  | {
      readonly kind: 'text';
      readonly text: string;
      readonly untranslated: boolean;
      readonly em: boolean;
      readonly strong: boolean;
    }
  | { readonly kind: 'break' };

/// Rebuilds the source document's blocks (headings, paragraphs, quotes, lists, hard breaks) with
/// each text block's English: its segments' targets in order, joined by a space (by a line break
/// where the source has a hard break between them). Emphasis and strong are carried where a whole
/// segment (or a whole unsegmented passage) is emphasised in the source; emphasis on part of a
/// segment, and links, are not, since the English words do not map to the French ones. Untranslated
/// passages are kept as French (`keepUntranslated`) or left out; blocks left empty are dropped.
export function englishDocument(
  article: Pick<Article, 'doc' | 'text' | 'title'>,
  segments: readonly Segment[],
  keepUntranslated: boolean,
): EnglishDocument {
  const doc = articleSchema.nodeFromJSON(article.doc);
  const sorted = [...segments].sort((a, b) => a.start - b.start || a.end - b.end);
  let offset = 0;
  let textBlocks = 0;
  let segmentIndex = 0;
  let emptySegments = 0;
  let unsegmented = 0;
  let translatedTitle: string | undefined;

  const textBlock = (node: Node): EnglishInline[] => {
    if (textBlocks > 0) offset += blockSeparator.length;
    const start = offset;
    const end = start + node.content.size;
    offset = end;
    textBlocks += 1;
    const runs = markedRuns(node, start);
    const pieces: Piece[] = [];
    let cursor = start;
    let blockUntranslated = 0;
    const gap = (from: number, to: number): void => {
      const lines = article.text.slice(from, to).split('\n');
      let lineStart = from;
      lines.forEach((line, index) => {
        if (index > 0) pieces.push({ kind: 'break' });
        const trimmed = line.trim();
        if (trimmed !== '') {
          const at = lineStart + line.indexOf(trimmed);
          blockUntranslated += 1;
          unsegmented += 1;
          pushText(pieces, trimmed, true, marksOver(runs, article.text, at, at + trimmed.length));
        }
        lineStart += line.length + 1;
      });
    };
    while (segmentIndex < sorted.length && sorted[segmentIndex]!.start < start) segmentIndex += 1;
    for (; segmentIndex < sorted.length && sorted[segmentIndex]!.start < end; segmentIndex += 1) {
      const segment = sorted[segmentIndex]!;
      // A segment overlapping the one before it, or running past its block, breaks the invariants
      // segments keep; it is skipped rather than doubling or misplacing text.
      if (segment.start < cursor || segment.end > end) continue;
      gap(cursor, segment.start);
      const marks = marksOver(runs, article.text, segment.start, segment.end);
      const target = segment.target.trim();
      if (target === '') {
        blockUntranslated += 1;
        emptySegments += 1;
        const source = article.text.slice(segment.start, segment.end).trim();
        if (source !== '') pushText(pieces, source, true, marks);
      } else {
        pushText(pieces, target, false, marks);
      }
      cursor = segment.end;
    }
    gap(cursor, end);
    const inlines = joinPieces(pieces, keepUntranslated);
    if (
      textBlocks === 1 &&
      blockUntranslated === 0 &&
      article.text.slice(start, end).trim() === article.title.trim()
    ) {
      translatedTitle = inlines.map((inline) => (inline.kind === 'text' ? inline.text : ' ')).join('');
    }
    return inlines;
  };

  const block = (node: Node): EnglishBlock[] => {
    switch (node.type.name) {
      case 'heading': {
        const inlines = textBlock(node);
        return inlines.length === 0
          ? []
          : [{ type: 'heading', level: clampLevel(node.attrs.level), inlines }];
      }
      case 'paragraph': {
        const inlines = textBlock(node);
        return inlines.length === 0 ? [] : [{ type: 'paragraph', inlines }];
      }
      case 'blockquote': {
        const children = blocks(node);
        return children.length === 0 ? [] : [{ type: 'blockquote', children }];
      }
      case 'bullet_list':
      case 'ordered_list': {
        const items: EnglishBlock[][] = [];
        node.forEach((item) => {
          const children = blocks(item);
          if (children.length > 0) items.push(children);
        });
        const ordered = node.type.name === 'ordered_list';
        return items.length === 0
          ? []
          : [{ type: 'list', ordered, order: ordered ? Number(node.attrs.order) || 1 : 1, items }];
      }
      default:
        // article_section and any other wrapper: its blocks, in place.
        return node.isTextblock ? [{ type: 'paragraph', inlines: textBlock(node) }] : blocks(node);
    }
  };

  const blocks = (parent: Node): EnglishBlock[] => {
    const result: EnglishBlock[] = [];
    parent.forEach((child) => result.push(...block(child)));
    return result;
  };

  const result = blocks(doc);
  return {
    blocks: result,
    untranslated: emptySegments + unsegmented,
    emptySegments,
    unsegmented,
    translatedTitle,
  };
}

// A passage's text as pieces, a line break in it (a hard break of the source, or one typed in the
// English) as a break between them.
function pushText(
  pieces: Piece[],
  text: string,
  untranslated: boolean,
  marks: { readonly em: boolean; readonly strong: boolean },
): void {
  text.split('\n').forEach((line, index) => {
    if (index > 0) pieces.push({ kind: 'break' });
    const trimmed = line.trim();
    if (trimmed !== '') pieces.push({ kind: 'text', text: trimmed, untranslated, ...marks });
  });
}

function clampLevel(level: unknown): number {
  return Math.min(6, Math.max(1, Math.round(Number(level)) || 2));
}

function markedRuns(node: Node, start: number): MarkedRun[] {
  const runs: MarkedRun[] = [];
  node.forEach((child, position) => {
    const from = start + position;
    runs.push({
      from,
      to: from + child.nodeSize,
      em: child.marks.some((mark) => mark.type.name === 'em'),
      strong: child.marks.some((mark) => mark.type.name === 'strong'),
    });
  });
  return runs;
}

// Whether every visible character of text[from, to) is emphasised (strong): white space and hard
// breaks do not count, and a passage with no visible character carries neither.
function marksOver(
  runs: readonly MarkedRun[],
  text: string,
  from: number,
  to: number,
): { readonly em: boolean; readonly strong: boolean } {
  let em = true;
  let strong = true;
  let visible = false;
  for (const run of runs) {
    if (run.to <= from || run.from >= to) continue;
    if (text.slice(Math.max(run.from, from), Math.min(run.to, to)).trim() === '') continue;
    visible = true;
    em &&= run.em;
    strong &&= run.strong;
  }
  return { em: visible && em, strong: visible && strong };
}

const space: EnglishInline = { kind: 'text', text: ' ', untranslated: false, em: false, strong: false };

// Pieces joined by a space, or by the source's hard breaks where there were any between them;
// breaks with nothing kept on both sides are dropped.
function joinPieces(pieces: readonly Piece[], keepUntranslated: boolean): EnglishInline[] {
  const inlines: EnglishInline[] = [];
  let pendingBreaks = 0;
  for (const piece of pieces) {
    if (piece.kind === 'break') {
      pendingBreaks += 1;
      continue;
    }
    if (piece.untranslated && !keepUntranslated) continue;
    if (inlines.length > 0) {
      if (pendingBreaks === 0) inlines.push(space);
      for (let index = 0; index < pendingBreaks; index += 1) inlines.push({ kind: 'break' });
    }
    inlines.push(piece);
    pendingBreaks = 0;
  }
  return inlines;
}
