import type { OperationResult, ValidatedInput } from '../../../shared/contract';
import type { GlossaryMention } from '../../../shared/domain';
import { readArticleText } from '../articles/readArticleText';
import type { CoreContext } from '../coreContext';
import { contextAfter, contextBefore } from './mentionContext';
import { getGlossaryEntry } from './glossaryEntries';

/// Every mention of an entry across the articles, in article then text order, each with a few
/// words of context on both sides.
export function listGlossaryMentions(
  ctx: CoreContext,
  input: ValidatedInput<'glossary.mentions'>,
): OperationResult<'glossary.mentions'> {
  getGlossaryEntry(ctx, input.id);
  const rows = ctx.store
    .prepare(
      `SELECT n.id, n.article_id, n.start, n.end, n.quote, a.title FROM annotations n
       JOIN articles a ON a.id = n.article_id
       WHERE n.glossary_entry_id = ? ORDER BY a.imported_at DESC, a.id DESC, n.start, n.id`,
    )
    .all(input.id) as {
    id: number;
    article_id: number;
    start: number;
    end: number;
    quote: string;
    title: string;
  }[];
  const texts = new Map<number, string>();
  return rows.map((row): GlossaryMention => {
    let text = texts.get(row.article_id);
    if (text === undefined) {
      text = readArticleText(ctx, row.article_id);
      texts.set(row.article_id, text);
    }
    return {
      annotationId: row.id,
      articleId: row.article_id,
      articleTitle: row.title,
      start: row.start,
      end: row.end,
      quote: row.quote,
      before: contextBefore(text, row.start),
      after: contextAfter(text, row.end),
    };
  });
}
