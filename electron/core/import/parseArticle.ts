import { PasserelleError } from '../../../shared/errors';
import { normalizeText } from '../../../shared/normalizeText';
import { finishArticle } from './finishArticle';
import { parseArticleFile, parseTextBytes } from './parseArticleFile';
import type { ParsedArticle } from './parsedArticle';
import { readHtml } from './readHtml';
import { readHtmlFragment } from './readHtmlFragment';
import { readPlainText } from './readPlainText';
import { sniffHtmlCharset } from './sniffHtmlCharset';

/// One piece of parsing work: a file's bytes, pasted text or HTML, or a fetched page's bytes
/// with the charset its Content-Type header declared. Plain data, so it can cross to a worker.
export type ParseRequest =
  | { readonly kind: 'file'; readonly fileName: string; readonly bytes: Uint8Array }
  | { readonly kind: 'paste'; readonly content: string; readonly format: 'text' | 'html' }
  | {
      readonly kind: 'page';
      readonly url: string;
      readonly bytes: Uint8Array;
      readonly charset: string | null;
    };

/// The name messages give pasted content.
export const pastedName = { text: 'The pasted text', html: 'The pasted HTML' } as const;

/// Runs one parse request in this thread: the same readers, sanitiser and schema for every
/// source. A page's `sourceUrl` is the URL it was finally fetched from.
export async function parseArticle(request: ParseRequest): Promise<ParsedArticle> {
  switch (request.kind) {
    case 'file':
      return parseArticleFile(request.fileName, request.bytes);
    case 'paste': {
      const name = pastedName[request.format];
      const text = normalizeText(request.content);
      if (text.trim() === '') throw new PasserelleError('empty_file', `${name} holds only white space.`);
      const read = request.format === 'html' ? readHtmlFragment : readPlainText;
      return finishArticle(read(text, name), null, []);
    }
    case 'page': {
      // As in a browser, the HTTP header's charset wins over the page's own <meta>.
      const parsed = parseTextBytes(
        request.url,
        request.bytes,
        request.charset ?? sniffHtmlCharset(request.bytes),
        readHtml,
      );
      return { ...parsed, sourceUrl: request.url };
    }
  }
}
