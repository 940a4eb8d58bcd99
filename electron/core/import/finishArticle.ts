import type { ImportWarning } from '../../../shared/domain';
import { articleText } from '../../../shared/articleText';
import { languageName } from '../../../shared/languages';
import { detectLanguage } from './detectLanguage';
import type { ArticleReading, ParsedArticle } from './parsedArticle';

/// Completes what a reader found with the encoding and warnings gathered on the way, and checks
/// the language: when the text is clearly not French, `language` becomes the detected one (unless
/// the page already declared a tag of that language) and a warning says so.
export function finishArticle(
  reading: ArticleReading,
  encoding: string | null,
  warnings: readonly ImportWarning[],
): ParsedArticle {
  const detected = detectLanguage(articleText(reading.doc));
  if (detected === null || detected === 'fr') return { ...reading, encoding, warnings };
  const declaredPrimary = reading.language.split('-')[0]?.toLowerCase();
  return {
    ...reading,
    language: declaredPrimary === detected ? reading.language : detected,
    encoding,
    warnings: [
      ...warnings,
      {
        code: 'not_french',
        language: detected,
        message: `The text looks ${languageName(detected, 'en')}, not French; its language was set to ${detected}.`,
      },
    ],
  };
}
