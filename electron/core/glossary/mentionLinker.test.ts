import { describe, expect, it } from 'vitest';
import { insertAnnotation } from '../annotations/annotations';
import type { CoreContext } from '../coreContext';
import { dispatch } from '../dispatch';
import { recordAction } from '../history/recordAction';
import { storeParagraphs, testContext } from '../testing/testContext';
import { entryForNewMention, mentionLinker, type MentionSpan } from './glossaryLinking';

const text = 'Pékin, PEKIN et pekin. L’Élysée et l’Elysée. Banque de France, la France. d’Alibaba, Alibaba.';

// A workspace whose glossary already holds entries the mentions can match: by French term, by a
// variant only, and two of one key (the one whose French term it is wins, then the oldest).
async function workspace(): Promise<{ ctx: CoreContext; articleId: number }> {
  const ctx = testContext();
  const articleId = storeParagraphs(ctx, [text]);
  await dispatch(ctx, 'glossary.create', {
    label: 'place',
    frenchTerm: 'Beijing',
    frenchVariants: ['Pékin'],
  });
  await dispatch(ctx, 'glossary.create', { label: 'place', frenchTerm: 'Pékin' });
  await dispatch(ctx, 'glossary.create', { label: 'place', frenchTerm: 'Paris', frenchVariants: ['Élysée'] });
  await dispatch(ctx, 'glossary.create', { label: 'organisation', frenchTerm: 'Élysée' });
  await dispatch(ctx, 'glossary.create', { label: 'organisation', frenchTerm: 'Banque de France' });
  return { ctx, articleId };
}

// Every word-ish span of the text, under two labels, each linked and stored in turn, as an import does.
function mentions(articleId: number): { label: string; span: MentionSpan }[] {
  const found: { label: string; span: MentionSpan }[] = [];
  for (const label of ['place', 'organisation']) {
    for (const quote of [
      'Pékin',
      'PEKIN',
      'pekin',
      'L’Élysée',
      'l’Elysée',
      'Banque de France',
      'France',
      'd’Alibaba',
      'Alibaba',
    ]) {
      for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
        found.push({ label, span: { articleId, text, start: at, end: at + quote.length } });
      }
    }
  }
  return found;
}

function linkAll(
  ctx: CoreContext,
  articleId: number,
  link: (label: string, span: MentionSpan) => number,
): number[] {
  return recordAction(ctx, { key: 'history.step.importDataset', params: { fileName: 'f', count: 0 } }, () =>
    mentions(articleId).map(({ label, span }) => {
      const entryId = link(label, span);
      insertAnnotation(ctx, { ...span, kind: 'entity', label: `${label}`, glossaryEntryId: entryId });
      return entryId;
    }),
  );
}

describe('mentionLinker', () => {
  it('links each mention to the entry entryForNewMention picks, drafts it makes included', async () => {
    const one = await workspace();
    const other = await workspace();
    const linker = mentionLinker(other.ctx);
    const expected = linkAll(one.ctx, one.articleId, (label, span) =>
      entryForNewMention(one.ctx, label, span, undefined),
    );
    const linked = linkAll(other.ctx, other.articleId, linker);
    expect(linked).toEqual(expected);
    const entries = (ctx: CoreContext) =>
      ctx.store.prepare('SELECT id, label, french_term, match_keys FROM glossary_entries ORDER BY id').all();
    expect(entries(other.ctx)).toEqual(entries(one.ctx));
    // Drafts were made, and a later mention of the same words found them.
    expect(new Set(linked).size).toBeLessThan(linked.length);
    expect((entries(one.ctx) as unknown[]).length).toBeGreaterThan(5);
  });
});
