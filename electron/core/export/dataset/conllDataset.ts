import { frenchSentences } from '../../../../shared/text/frenchSentences';
import type { DatasetArticle, DatasetSpan } from './datasetArticles';

/// The line that opens each article of a CoNLL-2003 file.
export const conllDocumentStart = '-DOCSTART- -X- -X- O\n\n';

// BIO cannot nest: of spans that overlap, the one starting first (the longer at equal starts)
// is kept, so a nested name inside a longer one gives way to it.
function outermostEntities(spans: readonly DatasetSpan[]): DatasetSpan[] {
  const sorted = spans
    .filter((span) => span.kind === 'entity')
    .sort((a, b) => a.start - b.start || b.end - a.end || a.id - b.id);
  const kept: DatasetSpan[] = [];
  for (const span of sorted) {
    const previous = kept.at(-1);
    if (previous === undefined || span.start >= previous.end) kept.push(span);
  }
  return kept;
}

/// One article in CoNLL-2003 form, as `spacy convert --converter ner` reads it: `-DOCSTART-`,
/// then one token per line (`token _ _ tag`, the tag `B-<label>`, `I-<label>` or `O`) and a
/// blank line after each sentence; tokens and sentences from the French tokeniser
/// (`frenchTokens`, `frenchSentences`). Entity spans only; of overlapping ones the outermost; a
/// token is tagged when it begins inside a span.
export function conllArticle(article: DatasetArticle): string {
  const entities = outermostEntities(article.spans);
  const lines: string[] = [conllDocumentStart];
  let next = 0;
  for (const sentence of frenchSentences(article.text)) {
    // The span the previous token of this sentence was tagged with: the next token in the same
    // span continues it (I-), any other begins one (B-).
    let previous: DatasetSpan | null = null;
    for (const token of sentence.tokens) {
      while (next < entities.length && (entities[next] as DatasetSpan).end <= token.start) next += 1;
      const candidate = entities[next];
      const entity = candidate !== undefined && candidate.start < token.end ? candidate : null;
      const tag = entity === null ? 'O' : `${entity === previous ? 'I' : 'B'}-${entity.label}`;
      lines.push(`${token.text} _ _ ${tag}\n`);
      previous = entity;
    }
    lines.push('\n');
  }
  return lines.join('');
}
