import { Schema, type DOMOutputSpec, type MarkSpec, type NodeSpec } from 'prosemirror-model';

/// The URL schemes a link may keep; anything else is dropped at parse time.
export const safeLinkSchemes = ['http:', 'https:', 'mailto:'] as const;

/// Whether `href` is an absolute http(s) or mailto URL, the only links an article may hold.
export function isSafeHref(href: string): boolean {
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(href.trim());
  return match !== null && (safeLinkSchemes as readonly string[]).includes(match[1]!.toLowerCase() + ':');
}

/// Block and inline nodes of an article: structure only, never raw HTML.
export const nodes = {
  // Stored documents hold blocks only; the editor groups long ones into (nested) sections (see
  // `sectionedDoc`), so ProseMirror compares a few dozen nodes per level on each update, not
  // every block.
  doc: { content: '(block | article_section)+' },
  article_section: {
    content: '(block | article_section)+',
    toDOM: (): DOMOutputSpec => ['div', { class: 'article-section' }, 0],
  },
  paragraph: {
    content: 'inline*',
    group: 'block',
    parseDOM: [{ tag: 'p' }],
    toDOM: (): DOMOutputSpec => ['p', 0],
  },
  heading: {
    attrs: { level: { default: 2, validate: 'number' } },
    content: 'inline*',
    group: 'block',
    defining: true,
    parseDOM: [1, 2, 3, 4, 5, 6].map((level) => ({ tag: `h${level}`, attrs: { level } })),
    toDOM: (node): DOMOutputSpec => [`h${Math.min(6, Math.max(1, Number(node.attrs.level)))}`, 0],
  },
  blockquote: {
    content: 'block+',
    group: 'block',
    defining: true,
    parseDOM: [{ tag: 'blockquote' }],
    toDOM: (): DOMOutputSpec => ['blockquote', 0],
  },
  bullet_list: {
    content: 'list_item+',
    group: 'block',
    parseDOM: [{ tag: 'ul' }],
    toDOM: (): DOMOutputSpec => ['ul', 0],
  },
  ordered_list: {
    attrs: { order: { default: 1, validate: 'number' } },
    content: 'list_item+',
    group: 'block',
    parseDOM: [
      {
        tag: 'ol',
        getAttrs: (dom) => ({ order: Number(dom.getAttribute('start') ?? 1) || 1 }),
      },
    ],
    toDOM: (node): DOMOutputSpec =>
      node.attrs.order === 1 ? ['ol', 0] : ['ol', { start: String(node.attrs.order) }, 0],
  },
  list_item: {
    content: 'paragraph block*',
    defining: true,
    parseDOM: [{ tag: 'li' }],
    toDOM: (): DOMOutputSpec => ['li', 0],
  },
  text: { group: 'inline' },
  hard_break: {
    inline: true,
    group: 'inline',
    selectable: false,
    // One character in the plain text, so offsets inside a block stay linear.
    leafText: () => '\n',
    parseDOM: [{ tag: 'br' }],
    toDOM: (): DOMOutputSpec => ['br'],
  },
} satisfies Record<string, NodeSpec>;

/// Inline marks: emphasis, strong and links restricted to safe schemes.
export const marks = {
  em: {
    parseDOM: [{ tag: 'i' }, { tag: 'em' }, { style: 'font-style=italic' }],
    toDOM: (): DOMOutputSpec => ['em', 0],
  },
  strong: {
    parseDOM: [{ tag: 'strong' }, { tag: 'b' }],
    toDOM: (): DOMOutputSpec => ['strong', 0],
  },
  link: {
    attrs: { href: { validate: 'string' } },
    inclusive: false,
    parseDOM: [
      {
        tag: 'a[href]',
        getAttrs: (dom) => {
          const href = dom.getAttribute('href') ?? '';
          return isSafeHref(href) ? { href: href.trim() } : false;
        },
      },
    ],
    toDOM: (mark): DOMOutputSpec => [
      'a',
      {
        href: isSafeHref(String(mark.attrs.href)) ? String(mark.attrs.href) : '#',
        rel: 'noopener noreferrer nofollow',
      },
      0,
    ],
  },
} satisfies Record<string, MarkSpec>;

/// The one schema every process uses for article documents.
export const articleSchema = new Schema({ nodes, marks });
