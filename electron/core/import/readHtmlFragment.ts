import { articleText } from '../../../shared/articleText';
import { PasserelleError } from '../../../shared/errors';
import { firstSentenceTitle } from './firstSentenceTitle';
import { fragmentToDoc } from './fragmentToDoc';
import type { ArticleReading } from './parsedArticle';
import { titleFromFileName } from './titleFromFileName';

/// Reads HTML that is all article (converted from Word or Markdown, or pasted) without
/// Readability, which would drop parts of a short text, and without a jsdom page (`fragmentToDoc`):
/// sanitised, parsed into the schema and tidied like a page. The title is a leading heading's text, else the first sentence, else the
/// file name.
export function readHtmlFragment(html: string, fileName: string): ArticleReading {
  const doc = fragmentToDoc(html, fileName);
  if (doc === null) throw new PasserelleError('empty_file', `${fileName}: the file holds no article text.`);
  const first = doc.firstChild;
  const heading = first?.type.name === 'heading' ? first.textContent.trim() : '';
  return {
    title: heading || (firstSentenceTitle(articleText(doc)) ?? titleFromFileName(fileName)),
    byline: null,
    publishedAt: null,
    sourceUrl: null,
    siteName: null,
    language: 'fr',
    doc,
  };
}
