import type { OperationResults } from '../../../../shared/contract';
import type { Article, Segment } from '../../../../shared/domain';
import { PasserelleError } from '../../../../shared/errors';
import {
  translationExportFiles,
  type TranslationExportFormat,
  type UntranslatedPolicy,
} from '../../../../shared/translation/translationFormats';
import { englishDocument } from './englishBlocks';
import { englishDocx } from './englishDocx';
import { englishHtml } from './englishHtml';
import { englishMarkdown } from './englishMarkdown';
import { englishPlainText } from './englishPlainText';

/// The formats of the English article (every export format but the bilingual XLIFF).
export type EnglishArticleFormat = Exclude<TranslationExportFormat, 'xliff'>;

/// What `englishArticle` needs: the article (its document, text and title), its segments, the
/// format and what to do with passages that have no English text yet.
export interface EnglishArticleInput {
  readonly article: Pick<Article, 'id' | 'title' | 'doc' | 'text'>;
  readonly segments: readonly Segment[];
  readonly format: EnglishArticleFormat;
  readonly untranslated: UntranslatedPolicy;
}

/// A file name for an article's export: its title folded to ASCII words joined by hyphens (at most
/// 80 characters), `article-<id>` when nothing is left, then the suffix and extension.
export function translationFileName(
  article: Pick<Article, 'id' | 'title'>,
  suffix: string,
  extension: string,
): string {
  const slug = article.title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 80)
    .replace(/^-+|-+$/g, '');
  return `${slug || `article-${article.id}`}${suffix}.${extension}`;
}

function refusal(emptySegments: number, unsegmented: number): string {
  const parts = [
    ...(emptySegments === 0
      ? []
      : [
          emptySegments === 1
            ? '1 segment has no English text yet'
            : `${emptySegments} segments have no English text yet`,
        ]),
    ...(unsegmented === 0
      ? []
      : [unsegmented === 1 ? '1 passage is not segmented' : `${unsegmented} passages are not segmented`]),
  ];
  return `The English article cannot be exported: ${parts.join(' and ')}. Translate them, or export with untranslated text marked or left out.`;
}

/// The English article as a file in `format`, with the source document's structure (see
/// `englishDocument` for what is carried). Passages with no English text are refused (an
/// `invalid_input` error saying how many), marked (the French in place, flagged) or omitted, as
/// `untranslated` says; `untranslated` in the result counts them.
export async function englishArticle(
  input: EnglishArticleInput,
): Promise<OperationResults['translation.export']> {
  const { article, segments, format } = input;
  const english = englishDocument(article, segments, input.untranslated === 'mark');
  if (input.untranslated === 'refuse' && english.untranslated > 0) {
    throw new PasserelleError('invalid_input', refusal(english.emptySegments, english.unsegmented), {
      detail: 'untranslatedExport',
      untranslated: english.untranslated,
      emptySegments: english.emptySegments,
      unsegmented: english.unsegmented,
    });
  }
  const title = english.translatedTitle ?? article.title;
  const { extension, mimeType } = translationExportFiles[format];
  const file = {
    fileName: translationFileName(article, '.en', extension),
    mimeType,
    untranslated: english.untranslated,
  };
  switch (format) {
    case 'html':
      return { ...file, encoding: 'utf-8', content: englishHtml(title, english.blocks) };
    case 'md':
      return { ...file, encoding: 'utf-8', content: englishMarkdown(english.blocks) };
    case 'txt':
      return { ...file, encoding: 'utf-8', content: englishPlainText(english.blocks) };
    case 'docx':
      return { ...file, encoding: 'base64', content: await englishDocx(title, english.blocks) };
  }
}
