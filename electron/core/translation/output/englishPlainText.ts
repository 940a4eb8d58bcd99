import type { EnglishBlock, EnglishInline } from './englishBlocks';

function inlineText(inlines: readonly EnglishInline[]): string {
  return inlines
    .map((inline) =>
      inline.kind === 'break' ? '\n' : inline.untranslated ? `[FR: ${inline.text}]` : inline.text,
    )
    .join('');
}

function prefixLines(text: string, first: string, rest: string): string {
  return text
    .split('\n')
    .map((line, index) => (index === 0 ? first : line === '' ? rest.trimEnd() : rest) + line)
    .join('\n');
}

function blockText(block: EnglishBlock): string {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return inlineText(block.inlines);
    case 'blockquote':
      return prefixLines(blocksText(block.children), '> ', '> ');
    case 'list':
      return block.items
        .map((item, index) => {
          const marker = block.ordered ? `${block.order + index}. ` : '- ';
          return prefixLines(blocksText(item), marker, ' '.repeat(marker.length));
        })
        .join('\n');
  }
}

function blocksText(blocks: readonly EnglishBlock[]): string {
  return blocks.map(blockText).join('\n\n');
}

/// The English article as plain text: blocks separated by a blank line, quotes prefixed with `> `,
/// list items with `- ` or their number, hard breaks as line breaks, no emphasis; untranslated
/// French, when kept, as `[FR: …]`.
export function englishPlainText(blocks: readonly EnglishBlock[]): string {
  return blocksText(blocks) + '\n';
}
