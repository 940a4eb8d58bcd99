import type { OperationResults } from '../../../../shared/contract';
import { translationExportFiles } from '../../../../shared/translation/translationFormats';
import { translationFileName } from './englishArticle';
import { writeXliff, type XliffInput } from './xliff/writeXliff';

/// The article's translation as the `translation.export` result for the `xliff` format: the file
/// `writeXliff` writes, named after the article, and how many segments have no English text yet
/// (they are in the file all the same, with an empty or no target).
export function xliffExport(input: XliffInput): OperationResults['translation.export'] {
  const { extension, mimeType } = translationExportFiles.xliff;
  return {
    fileName: translationFileName(input.article, '.fr-en', extension),
    mimeType,
    encoding: 'utf-8',
    content: writeXliff(input),
    untranslated: input.segments.filter((segment) => segment.target.trim() === '').length,
  };
}
