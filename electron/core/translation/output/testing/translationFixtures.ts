import type { Node } from 'prosemirror-model';
import { articleText } from '../../../../../shared/articleText';
import type {
  Annotation,
  Article,
  GlossaryEntry,
  Segment,
  SegmentStatus,
} from '../../../../../shared/domain';
import { articleSchema } from '../../../../../shared/schema';

const { nodes, marks } = articleSchema;

/// A text node, with emphasis or strong when asked.
export const text = (value: string, ...markNames: ('em' | 'strong')[]): Node =>
  articleSchema.text(
    value,
    markNames.map((name) => marks[name].create()),
  );
export const hardBreak = (): Node => nodes.hard_break.create();
export const paragraph = (...content: (Node | string)[]): Node =>
  nodes.paragraph.create(
    null,
    content.map((part) => (typeof part === 'string' ? text(part) : part)),
  );
export const heading = (level: number, value: string): Node => nodes.heading.create({ level }, text(value));
export const blockquote = (...content: Node[]): Node => nodes.blockquote.create(null, content);
export const bulletList = (...items: Node[][]): Node =>
  nodes.bullet_list.create(
    null,
    items.map((item) => nodes.list_item.create(null, item)),
  );
export const orderedList = (order: number, ...items: Node[][]): Node =>
  nodes.ordered_list.create(
    { order },
    items.map((item) => nodes.list_item.create(null, item)),
  );

/// An article made of `blocks`, its text derived as the app derives it.
export function articleOf(title: string, ...blocks: Node[]): Article {
  const doc = nodes.doc.create(null, blocks);
  return {
    id: 12,
    title,
    byline: null,
    publishedAt: null,
    source: null,
    fileName: null,
    importedAt: '2026-12-01T10:00:00.000Z',
    annotationCount: 0,
    sourceUrl: 'https://example.org/article?id=1&lang=fr',
    siteName: null,
    language: 'fr',
    encoding: 'utf-8',
    doc: doc.toJSON() as Article['doc'],
    text: articleText(doc),
  };
}

/// The offsets of the first occurrence of `quote` in the article's text at or after `from`.
export function spanOf(article: Article, quote: string, from = 0): { start: number; end: number } {
  const start = article.text.indexOf(quote, from);
  if (start < 0) throw new Error(`"${quote}" is not in the article`);
  return { start, end: start + quote.length };
}

/// A segment over the first occurrence of `source`, with its English text and status.
export function segmentOf(
  article: Article,
  id: number,
  source: string,
  target: string,
  status: SegmentStatus = target === '' ? 'new' : 'translated',
  from = 0,
): Segment {
  const { start, end } = spanOf(article, source, from);
  return {
    id,
    articleId: article.id,
    start,
    end,
    source,
    target,
    status,
    origin: 'human',
    provider: null,
    model: null,
    propagatedFrom: null,
    propagationException: false,
    ignoredIssues: [],
    author: null,
    createdAt: '2026-12-01T10:00:00.000Z',
    updatedAt: '2026-12-01T10:00:00.000Z',
  };
}

/// An entity mention over the first occurrence of `quote` at or after `from`.
export function mentionOf(
  article: Article,
  id: number,
  quote: string,
  glossaryEntryId: number | null,
  from = 0,
): Annotation {
  const { start, end } = spanOf(article, quote, from);
  return {
    id,
    articleId: article.id,
    start,
    end,
    kind: 'entity',
    label: 'place',
    quote,
    prefix: '',
    suffix: '',
    glossaryEntryId,
    author: null,
    createdAt: '2026-12-01T10:00:00.000Z',
  };
}

/// A glossary entry with the given terms.
export function entryOf(
  id: number,
  frenchTerm: string,
  englishTerm: string,
  wikidataId = '',
  note = '',
): GlossaryEntry {
  return {
    id,
    label: 'place',
    frenchTerm,
    frenchVariants: [],
    englishTerm,
    englishAvoid: [],
    decision: 'translate',
    note,
    wikidataId,
    status: 'approved',
    author: null,
    createdAt: '2026-12-01T10:00:00.000Z',
    updatedAt: '2026-12-01T10:00:00.000Z',
    sourceArticleId: null,
    mentionCount: 1,
    articleCount: 1,
  };
}
