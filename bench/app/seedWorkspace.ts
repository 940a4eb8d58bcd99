import { join } from 'node:path';
import { articleText, textBlockSpans } from '../../shared/articleText';
import { coreContext, type CoreContext } from '../../electron/core/coreContext';
import { insertAnnotation } from '../../electron/core/annotations/annotations';
import { storeArticle } from '../../electron/core/articles/articles';
import { createGlossaryEntry, draftEntryFields } from '../../electron/core/glossary/glossaryEntries';
import { openStore } from '../../electron/core/store/openStore';
import { setWorkspaceAuthor } from '../../electron/core/workspace/workspaceInfo';
import { benchNames, generateArticle, generateSpans, glossaryTerm, seededRandom } from '../generateArticle';

/// The labels of the seeded annotations and entries: every label but the one the benchmark marks with.
const seededLabels = ['person', 'organisation', 'place', 'product', 'other'];

/// How many distinct entries the seeded annotations mention (about ten mentions each).
const mentionedEntries = 500;

/// A workspace seeded for the app benchmarks, and where in its article the benchmark marks.
export interface SeededWorkspace {
  readonly ctx: CoreContext;
  readonly articleId: number;
  readonly title: string;
  /// The span the benchmark marks and undoes: free of annotations, in the middle of the article.
  readonly probe: { readonly start: number; readonly end: number };
  /// The same span as the page finds it: the index of its text block among the article's text
  /// blocks, and its offsets inside that block's text.
  readonly probeInBlock: { readonly block: number; readonly start: number; readonly end: number };
}

/// The span the benchmark marks: the first whole word of at least six letters after the middle
/// of the text that no annotation overlaps (a word a person would mark, not an elided "l").
function probeSpan(
  text: string,
  spans: readonly { readonly start: number; readonly end: number }[],
): { start: number; end: number } {
  for (const word of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const start = word.index;
    const end = start + word[0].length;
    if (start < text.length / 2 || word[0].length < 6) continue;
    if (!spans.some((span) => span.start < end && start < span.end)) return { start, end };
  }
  throw new Error('The generated article has no free word to mark.');
}

/// Creates a workspace file in `dir` through the core (not the UI): the generated article of
/// `words` words, a glossary of `glossarySize` entries (the names sprinkled in the article among
/// them, so it has suggestions) and `annotationCount` annotations linked to entries.
export function seedWorkspace(
  dir: string,
  words: number,
  annotationCount: number,
  glossarySize: number,
): SeededWorkspace {
  const ctx = coreContext(openStore(join(dir, 'workspace.sqlite')));
  // A named workspace: else the app opens by asking the user's name, a dialog over the page.
  setWorkspaceAuthor(ctx, { name: 'Benchmark' });
  const doc = generateArticle(words);
  const title = 'Benchmark article';
  const text = articleText(doc);
  const spans = generateSpans(text, annotationCount);
  const probe = probeSpan(text, spans);
  const random = seededRandom(7);
  let articleId = 0;
  ctx.store.transaction(() => {
    articleId = storeArticle(ctx, 'bench.txt', {
      title,
      byline: null,
      publishedAt: null,
      sourceUrl: null,
      siteName: null,
      language: 'fr',
      encoding: 'utf-8',
      doc,
    });
    for (const name of benchNames) createGlossaryEntry(ctx, draftEntryFields('organisation', name));
    const byLabel = new Map<string, number[]>(seededLabels.map((label) => [label, []]));
    for (let i = benchNames.length; i < glossarySize; i++) {
      const label = seededLabels[i % seededLabels.length]!;
      const entry = createGlossaryEntry(ctx, draftEntryFields(label, `${glossaryTerm(random)} ${i}`));
      byLabel.get(label)!.push(entry.id);
    }
    const perLabel = mentionedEntries / seededLabels.length;
    spans.forEach((span, index) => {
      const label = seededLabels[index % seededLabels.length]!;
      const entries = byLabel.get(label)!;
      insertAnnotation(ctx, {
        articleId,
        text,
        ...span,
        kind: 'entity',
        label,
        glossaryEntryId: entries[Math.floor(index / seededLabels.length) % perLabel]!,
      });
    });
  })();
  const blocks = textBlockSpans(doc);
  const block = blocks.findIndex((candidate) => candidate.start <= probe.start && probe.end <= candidate.end);
  const blockStart = blocks[block]!.start;
  return {
    ctx,
    articleId,
    title,
    probe,
    probeInBlock: { block, start: probe.start - blockStart, end: probe.end - blockStart },
  };
}
