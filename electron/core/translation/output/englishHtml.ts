import type { EnglishBlock, EnglishInline } from './englishBlocks';

const htmlReferences: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/// `value` as HTML text or a double-quoted attribute value, markup characters as references.
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => htmlReferences[character]!);
}

function inlineHtml(inlines: readonly EnglishInline[]): string {
  return inlines
    .map((inline) => {
      if (inline.kind === 'break') return '<br>';
      let html = escapeHtml(inline.text);
      if (inline.untranslated)
        html = `<span class="untranslated" lang="fr" title="Not translated yet">${html}</span>`;
      if (inline.em) html = `<em>${html}</em>`;
      if (inline.strong) html = `<strong>${html}</strong>`;
      return html;
    })
    .join('');
}

function blockHtml(block: EnglishBlock, indent: string): string {
  switch (block.type) {
    case 'heading':
      return `${indent}<h${block.level}>${inlineHtml(block.inlines)}</h${block.level}>`;
    case 'paragraph':
      return `${indent}<p>${inlineHtml(block.inlines)}</p>`;
    case 'blockquote':
      return [
        `${indent}<blockquote>`,
        ...block.children.map((child) => blockHtml(child, indent + '  ')),
        `${indent}</blockquote>`,
      ].join('\n');
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      const start = block.ordered && block.order !== 1 ? ` start="${block.order}"` : '';
      const items = block.items.map((item) => {
        const only = item.length === 1 ? item[0] : undefined;
        if (only?.type === 'paragraph') return `${indent}  <li>${inlineHtml(only.inlines)}</li>`;
        return [
          `${indent}  <li>`,
          ...item.map((child) => blockHtml(child, indent + '    ')),
          `${indent}  </li>`,
        ].join('\n');
      });
      return [`${indent}<${tag}${start}>`, ...items, `${indent}</${tag}>`].join('\n');
    }
  }
}

/// The English article as a complete HTML document in English (`lang="en"`), every text escaped;
/// untranslated French, when kept, is a `<span class="untranslated" lang="fr">`, highlighted.
export function englishHtml(title: string, blocks: readonly EnglishBlock[]): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`,
    '<style>.untranslated { background: #fff3b0; }</style>',
    '</head>',
    '<body>',
    '<article>',
    ...blocks.map((block) => blockHtml(block, '')),
    '</article>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
