import { PasserelleError } from '../../../shared/errors';
import {
  fileExtension,
  importExtensions,
  importFormatOf,
  type ArticleFormat,
} from '../../../shared/importFormats';
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

const supported = importExtensions.join(', ');

function formatOf(fileName: string): ArticleFormat {
  const extension = fileExtension(fileName);
  if (extension === '') {
    throw new PasserelleError(
      'unsupported_format',
      `${fileName}: files without an extension are not supported (use ${supported}).`,
      { detail: 'noExtension', fileName, supported },
    );
  }
  const format = importFormatOf(fileName);
  if (format === undefined) {
    throw new PasserelleError(
      'unsupported_format',
      `${fileName}: ${extension} files are not supported (use ${supported}).`,
      { detail: 'extension', fileName, extension, supported },
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
    throw new PasserelleError('empty_file', `${fileName}: the file holds only white space.`, {
      detail: 'whiteSpace',
      fileName,
    });
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
