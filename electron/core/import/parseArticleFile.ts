import { normalizeText } from '../../../shared/normalizeText';
import { PasserelleError } from '../../../shared/errors';
import { checkImportBytes } from './checkImportBytes';
import { decodeText } from './decodeText';
import type { ArticleReading, ParsedArticle } from './parsedArticle';
import { readHtml } from './readHtml';
import { readPlainText } from './readPlainText';
import { sniffHtmlCharset } from './sniffHtmlCharset';

/// The file formats an article can be imported from, by lower-case extension.
export const articleFormats: ReadonlyMap<string, 'text' | 'html'> = new Map([
  ['.txt', 'text'],
  ['.text', 'text'],
  ['.html', 'html'],
  ['.htm', 'html'],
]);

const supported = [...articleFormats.keys()].join(', ');

function formatOf(fileName: string): 'text' | 'html' {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf('.');
  const extension = dot > 0 ? base.slice(dot).toLowerCase() : '';
  if (extension === '') {
    throw new PasserelleError(
      'unsupported_format',
      `${fileName}: files without an extension are not supported (use ${supported}).`,
    );
  }
  const format = articleFormats.get(extension);
  if (format === undefined) {
    throw new PasserelleError(
      'unsupported_format',
      `${fileName}: ${extension} files are not supported (use ${supported}).`,
    );
  }
  return format;
}

/// Reads one imported file into an article, choosing the reader by the name's extension
/// (.txt/.text as plain text, .html/.htm as a web page). Every failure is a `PasserelleError`
/// whose message names the file.
export function parseArticleFile(fileName: string, bytes: Uint8Array): ParsedArticle {
  const format = formatOf(fileName);
  checkImportBytes(fileName, bytes);
  const { text, encoding } = decodeText(bytes, format === 'html' ? sniffHtmlCharset(bytes) : null);
  const normalized = normalizeText(text);
  if (normalized.trim() === '')
    throw new PasserelleError('empty_file', `${fileName}: the file holds only white space.`);
  const reading: ArticleReading =
    format === 'html' ? readHtml(normalized, fileName) : readPlainText(normalized, fileName);
  return { ...reading, encoding };
}
