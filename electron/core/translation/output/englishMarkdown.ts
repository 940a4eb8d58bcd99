import type { EnglishBlock, EnglishInline } from './englishBlocks';

/// `text` as CommonMark inline text that reads back as itself: punctuation that could start
/// emphasis, code, links, HTML or a table cell backslash-escaped anywhere, an `&` that would start
/// an entity escaped, and, at the start of a line, whatever would start a heading, list, quote,
/// thematic break or setext underline.
export function escapeMarkdown(text: string, atLineStart: boolean): string {
  let escaped = text.replace(/[\\`*_[\]<>|~]/g, '\\$&').replace(/&(?=#?[a-z0-9]+;)/gi, '\\&');
  if (atLineStart) {
    escaped = escaped.replace(/^[#+=-]/, '\\$&').replace(/^(\d{1,9})([.)])/, '$1\\$2');
  }
  return escaped;
}

function inlineMarkdown(inlines: readonly EnglishInline[]): string {
  let atLineStart = true;
  return inlines
    .map((inline) => {
      if (inline.kind === 'break') {
        atLineStart = true;
        return '\\\n';
      }
      let markdown = escapeMarkdown(inline.text, atLineStart && !inline.untranslated);
      if (inline.text.trim() !== '') atLineStart = false;
      if (inline.untranslated) markdown = `[FR: ${markdown}]`;
      const delimiter = (inline.strong ? '**' : '') + (inline.em ? '*' : '');
      return delimiter + markdown + [...delimiter].reverse().join('');
    })
    .join('');
}

function prefixLines(text: string, first: string, rest: string): string {
  return text
    .split('\n')
    .map((line, index) => (index === 0 ? first : line === '' ? rest.trimEnd() : rest) + line)
    .join('\n');
}

function blockMarkdown(block: EnglishBlock): string {
  switch (block.type) {
    case 'heading':
      // A heading's trailing run of # after a space would be read as its closing sequence.
      return `${'#'.repeat(block.level)} ${inlineMarkdown(block.inlines).replace(/(^|\s)(#+)$/, '$1\\$2')}`;
    case 'paragraph':
      return inlineMarkdown(block.inlines);
    case 'blockquote':
      return prefixLines(blocksMarkdown(block.children), '> ', '> ');
    case 'list': {
      const loose = block.items.some((item) => item.length > 1);
      return block.items
        .map((item, index) => {
          const marker = block.ordered ? `${block.order + index}. ` : '- ';
          return prefixLines(blocksMarkdown(item), marker, ' '.repeat(marker.length));
        })
        .join(loose ? '\n\n' : '\n');
    }
  }
}

function blocksMarkdown(blocks: readonly EnglishBlock[]): string {
  return blocks.map(blockMarkdown).join('\n\n');
}

/// The English article as CommonMark: headings as `#`, quotes as `>`, lists as `-` and `1.`,
/// emphasis as `*` and `**`, hard breaks as a backslash at the end of the line; untranslated
/// French, when kept, as `[FR: …]`.
export function englishMarkdown(blocks: readonly EnglishBlock[]): string {
  return blocksMarkdown(blocks) + '\n';
}
