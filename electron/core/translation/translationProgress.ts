import type { OperationResult, ValidatedInput } from '../../../shared/contract';
import type { TranslationProgress } from '../../../shared/domain';
import { PasserelleError } from '../../../shared/errors';
import type { CoreContext } from '../coreContext';
import { cachedStatement } from '../store/rows';

interface ProgressRow {
  articleId: number;
  segments: number;
  translatedSegments: number;
  reviewedSegments: number;
  words: number;
  translatedWords: number;
  reviewedWords: number;
}

// One aggregate over the stored word counts (`countWords` of each source), so no text is read.
const progressSelect = `
  SELECT article_id AS articleId, count(*) AS segments,
         sum(status IN ('translated', 'reviewed')) AS translatedSegments,
         sum(status = 'reviewed') AS reviewedSegments,
         sum(words) AS words,
         sum(CASE WHEN status IN ('translated', 'reviewed') THEN words ELSE 0 END) AS translatedWords,
         sum(CASE WHEN status = 'reviewed' THEN words ELSE 0 END) AS reviewedWords
    FROM segments`;

function noSegments(articleId: number): TranslationProgress {
  return {
    articleId,
    segments: 0,
    translatedSegments: 0,
    reviewedSegments: 0,
    words: 0,
    translatedWords: 0,
    reviewedWords: 0,
  };
}

/// How far the translation of each given article has come (`translation.progress`), in the order
/// given; an article never segmented has zeros, an unknown one is `not_found`. Without ids, every
/// article with segments, by id. Words are `countWords`' runs of letters and digits.
export function translationProgress(
  ctx: CoreContext,
  input: ValidatedInput<'translation.progress'>,
): OperationResult<'translation.progress'> {
  if (input.articleIds === undefined) {
    return cachedStatement<ProgressRow>(
      ctx.store,
      `${progressSelect} GROUP BY article_id ORDER BY article_id`,
    ).all();
  }
  const ids = [...new Set(input.articleIds)];
  const known = new Set(
    ctx.store
      .prepare(`SELECT id FROM articles WHERE id IN (SELECT value FROM json_each(?))`)
      .pluck()
      .all(JSON.stringify(ids)) as number[],
  );
  const missing = ids.find((id) => !known.has(id));
  if (missing !== undefined) throw new PasserelleError('not_found', `There is no article ${missing}.`);
  const rows = cachedStatement<ProgressRow>(
    ctx.store,
    `${progressSelect} WHERE article_id IN (SELECT value FROM json_each(?)) GROUP BY article_id`,
  ).all(JSON.stringify(ids));
  const byArticle = new Map(rows.map((row) => [row.articleId, row]));
  return ids.map((id) => byArticle.get(id) ?? noSegments(id));
}
