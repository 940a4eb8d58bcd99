import mammoth from 'mammoth';
import { PasserelleError } from '../../../shared/errors';
import { checkZipArchive } from './checkZipArchive';
import { convertDocxToHtml } from './convertDocxToHtml';
import { docxZipFile } from './docxZipFile';
import type { ArticleReading } from './parsedArticle';
import { readHtmlFragment } from './readHtmlFragment';

// Mammoth maps headings and lists itself; quotes and titles need naming, in English and in the
// French names a French Word gives its styles.
const styleMap = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Titre'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='Sous-titre'] => h2:fresh",
  "p[style-name^='Titre 1'] => h1:fresh",
  "p[style-name^='Titre 2'] => h2:fresh",
  "p[style-name^='Titre 3'] => h3:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  "p[style-name='Citation'] => blockquote > p:fresh",
  "p[style-name='Citation intense'] => blockquote > p:fresh",
];

/// How mammoth reads a Word file for the import. Images are never kept, so they are not even
/// read out of the archive.
export const docxConversion: NonNullable<Parameters<typeof mammoth.convertToHtml>[1]> = {
  styleMap,
  convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
  externalFileAccess: false,
  ignoreEmptyParagraphs: true,
};

/// Reads a Word .docx into an article: the archive is checked first (`checkZipArchive`: no zip
/// bomb, nothing truncated), then mammoth (`convertDocxToHtml`) turns headings, paragraphs,
/// lists, quotes and emphasis into HTML, which goes through the same sanitiser and schema as
/// every other page.
export async function readDocx(fileName: string, bytes: Uint8Array): Promise<ArticleReading> {
  const entries = checkZipArchive(fileName, bytes);
  if (!entries.some((entry) => entry.name === 'word/document.xml')) {
    throw new PasserelleError(
      'parse_failed',
      `${fileName}: the file is a zip archive but not a Word document (no word/document.xml).`,
    );
  }
  let html: string;
  try {
    // mammoth reads the parts checkZipArchive has already inflated.
    const result = await convertDocxToHtml({ file: docxZipFile(entries) }, docxConversion);
    html = result.value;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new PasserelleError(
      'parse_failed',
      `${fileName}: the Word document could not be read (${reason}).`,
    );
  }
  return readHtmlFragment(html, fileName);
}
