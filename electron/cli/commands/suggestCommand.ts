import type { Suggestion } from '../../../shared/domain';
import { dispatch } from '../../core/dispatch';
import { errorMessage, exitCodes } from '../cliIo';
import { defineCommand, jsonOption, UsageError, workspaceArgument, workspaceOption } from '../commandLine';

/// `passerelle suggest [<article-id>...]`: the glossary matches not yet annotated, in the articles
/// given or in every article; exits 1 if an article does not exist.
export const suggestCommand = defineCommand({
  name: 'suggest',
  arguments: '[<article-id>...]',
  summary: ['print the glossary matches not yet annotated', '(in every article without ids)'],
  description:
    'Prints the glossary matches not yet annotated in the articles given (every article without\n' +
    'ids): article, span, matched text and glossary entry. Exits 1 if an article does not exist.',
  options: {
    db: workspaceOption,
    json: { ...jsonOption, description: 'one JSON line per suggestion' },
  },
  read: (values, positionals) => ({
    command: 'suggest' as const,
    articleIds: positionals.map(articleIdArgument),
    ...workspaceArgument(values.db),
    json: values.json,
  }),
  run: async (ctx, { articleIds, json }, io) => {
    const ids =
      articleIds.length > 0
        ? [...new Set(articleIds)]
        : (await dispatch(ctx, 'articles.list', {})).map((article) => article.id).sort((a, b) => a - b);
    let found = 0;
    let missing = 0;
    let withSuggestions = 0;
    for (const articleId of ids) {
      let suggestions: readonly Suggestion[];
      try {
        suggestions = await dispatch(ctx, 'suggestions.list', { articleId });
      } catch (error) {
        missing++;
        io.stderr(`passerelle: ${errorMessage(error)}\n`);
        continue;
      }
      found += suggestions.length;
      if (suggestions.length > 0) withSuggestions++;
      for (const suggestion of suggestions) {
        io.stdout(json ? `${JSON.stringify(suggestion)}\n` : suggestionLine(suggestion));
      }
    }
    if (!json) io.stdout(suggestSummary(found, withSuggestions, ids.length - missing));
    return missing === 0 ? exitCodes.ok : exitCodes.failed;
  },
});

/// The closing line of `suggest`: how many suggestions, in how many articles that have any, and
/// how many were searched when that is more.
export function suggestSummary(found: number, withSuggestions: number, searched: number): string {
  const articles = (count: number) => (count === 1 ? '1 article' : `${count} articles`);
  if (found === 0) return `0 suggestions in ${articles(searched)} searched.\n`;
  const matches = found === 1 ? '1 suggestion' : `${found} suggestions`;
  const others = searched > withSuggestions ? ` (${searched} searched)` : '';
  return `${matches} in ${articles(withSuggestions)}${others}.\n`;
}

/// One human-readable line about a suggestion: article, span, matched text and the entry.
export function suggestionLine(suggestion: Suggestion): string {
  const english = suggestion.englishTerm === '' ? '' : ` = ${suggestion.englishTerm}`;
  const text = suggestion.text.replace(/\s/g, ' ');
  return (
    `#${suggestion.articleId}  ${suggestion.start}-${suggestion.end}  ${text}  ` +
    `→ entry #${suggestion.entryId} ${suggestion.frenchTerm} (${suggestion.label})${english}\n`
  );
}

function articleIdArgument(value: string): number {
  const id = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(id) || id < 1) {
    throw new UsageError(`An article id is a positive whole number, not "${value}".`);
  }
  return id;
}
