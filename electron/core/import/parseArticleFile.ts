import { PasserelleError } from '../../../shared/errors';
import { normalizeText } from '../../../shared/normalizeText';
import { checkImportBytes, checkImportSize } from './checkImportBytes';
import { decodeText } from './decodeText';
import { finishArticle } from './finishArticle';
import type { ArticleReading, ParsedArticle } from './parsedArticle';
import { readDocx } from './readDocx';
import { readHtml } from './readHtml';
import { readMarkdown } from './readMarkdown';
import { readPlainText } from './readPlainText';
import { sniffHtmlCharset } from './sniffHtmlCharset';

/// How a file's bytes are read.
export type ArticleFormat = 'text' | 'html' | 'markdown' | 'docx';

/// The file formats an article can be imported from, by lower-case extension.
export const articleFormats: ReadonlyMap<string, ArticleFormat> = new Map([
  ['.txt', 'text'],
  ['.text', 'text'],
  ['.html', 'html'],
  ['.htm', 'html'],
  ['.xhtml', 'html'],
  ['.md', 'markdown'],
  ['.markdown', 'markdown'],
  ['.docx', 'docx'],
]);

const supported = [...articleFormats.keys()].join(', ');

function formatOf(fileName: string): ArticleFormat {
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

/// Decodes and normalises the bytes of a text format (plain text, HTML, Markdown) and reads them
/// with `read`; the encoding and any decoding warning go into the result.
export function parseTextBytes(
  fileName: string,
  bytes: Uint8Array,
  declaredCharset: string | null,
  read: (text: string, fileName: string) => ArticleReading,
): ParsedArticle {
  checkImportBytes(fileName, bytes);
  const { text, encoding, warning } = decodeText(bytes, declaredCharset);
  const normalized = normalizeText(text);
  if (normalized.trim() === '')
    throw new PasserelleError('empty_file', `${fileName}: the file holds only white space.`);
  return finishArticle(read(normalized, fileName), encoding, warning === undefined ? [] : [warning]);
}

/// Reads one imported file into an article, choosing the reader by the name's extension
/// (.txt/.text plain text, .html/.htm/.xhtml a web page, .md/.markdown Markdown, .docx Word).
/// Every failure is a `PasserelleError` whose message names the file.
export async function parseArticleFile(fileName: string, bytes: Uint8Array): Promise<ParsedArticle> {
  const format = formatOf(fileName);
  switch (format) {
    case 'docx':
      checkImportSize(fileName, bytes);
      return finishArticle(await readDocx(fileName, bytes), null, []);
    case 'html':
      return parseTextBytes(fileName, bytes, sniffHtmlCharset(bytes), readHtml);
    case 'markdown':
      return parseTextBytes(fileName, bytes, null, readMarkdown);
    case 'text':
      return parseTextBytes(fileName, bytes, null, readPlainText);
  }
}
