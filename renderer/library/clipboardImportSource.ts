import type { ImportSource } from './importSourceName';

/// What a paste would import: the clipboard's HTML when it has some (a copied web page keeps
/// its paragraphs and headings), else its plain text; null when it holds neither.
export function clipboardImportSource(clipboard: DataTransfer | null, name: string): ImportSource | null {
  if (!clipboard) return null;
  const html = clipboard.getData('text/html');
  if (html.trim() !== '') return { kind: 'text', name, content: html, format: 'html' };
  const text = clipboard.getData('text/plain');
  if (text.trim() !== '') return { kind: 'text', name, content: text, format: 'text' };
  return null;
}
