import { describe, expect, it } from 'vitest';
import type { CoreContext } from '../coreContext';
import { dispatch } from '../dispatch';
import { storeParagraphs, testContext } from '../testing/testContext';

async function entry(
  ctx: CoreContext,
  frenchTerm: string,
  label = 'organisation',
  frenchVariants: string[] = [],
) {
  return dispatch(ctx, 'glossary.create', { label, frenchTerm, frenchVariants });
}

/// The texts the glossary suggests in a one-paragraph article, as `text@start`.
async function suggested(terms: readonly string[], paragraph: string): Promise<string[]> {
  const ctx = testContext();
  for (const term of terms) await entry(ctx, term);
  const articleId = storeParagraphs(ctx, [paragraph]);
  const suggestions = await dispatch(ctx, 'suggestions.list', { articleId });
  for (const suggestion of suggestions) {
    expect(paragraph.slice(suggestion.start, suggestion.end)).toBe(suggestion.text);
  }
  return suggestions.map((suggestion) => `${suggestion.text}@${suggestion.start}`);
}

describe('suggestions matching (DESIGN §1)', () => {
  it('ignores case', async () => {
    expect(await suggested(['DeepSeek'], 'deepseek et DEEPSEEK')).toEqual(['deepseek@0', 'DEEPSEEK@12']);
  });

  it('finds Élysée written without accents and Elysee written with them', async () => {
    expect(await suggested(['Élysée'], 'Vu de l’Elysee.')).toEqual(['Elysee@8']);
    expect(await suggested(['Elysee'], 'Vu de l’Élysée.')).toEqual(['Élysée@8']);
  });

  it('matches decomposed (NFD) text and answers the exact decomposed span', async () => {
    expect(await suggested(['Pékin'], 'A Pe\u0301kin, hier.')).toEqual(['Pe\u0301kin@2']);
  });

  it('treats the typographic and the straight apostrophe alike', async () => {
    expect(await suggested(["Côte d'Ivoire"], 'En Côte d’Ivoire.')).toEqual(['Côte d’Ivoire@3']);
    expect(await suggested(['Côte d’Ivoire'], "En Côte d'Ivoire.")).toEqual(["Côte d'Ivoire@3"]);
  });

  it('treats NBSP and narrow NBSP as spaces', async () => {
    expect(await suggested(['Jensen Huang'], 'Jensen\u00a0Huang et Jensen\u202fHuang')).toEqual([
      'Jensen\u00a0Huang@0',
      'Jensen\u202fHuang@16',
    ]);
  });

  it('leaves the elided article out of the span: “d’Alibaba” suggests “Alibaba”', async () => {
    expect(await suggested(['Alibaba'], "Les actions d’Alibaba et l'Alibaba.")).toEqual([
      'Alibaba@14',
      'Alibaba@27',
    ]);
  });

  it('matches a hyphenated name as a whole, and only as written with its hyphen', async () => {
    expect(await suggested(['Jean-Pierre'], 'Jean-Pierre et Jean Pierre')).toEqual(['Jean-Pierre@0']);
    expect(await suggested(['Pierre'], 'Jean-Pierre')).toEqual(['Pierre@5']);
  });

  it('respects word boundaries: no “Inria” inside “Inrialab”', async () => {
    expect(await suggested(['Inria'], 'Inrialab, MonInria et Inria.')).toEqual(['Inria@22']);
  });

  it('reports every entry where entries overlap, longest first', async () => {
    expect(await suggested(['France', 'Banque de France'], 'La Banque de France.')).toEqual([
      'Banque de France@3',
      'France@13',
    ]);
  });

  it('matches French variants and names the entry they belong to', async () => {
    const ctx = testContext();
    const beijing = await entry(ctx, 'Pékin', 'place', ['Beijing']);
    const articleId = storeParagraphs(ctx, ['Beijing ou Pékin, PEKIN.']);
    const suggestions = await dispatch(ctx, 'suggestions.list', { articleId });
    expect(suggestions).toEqual([
      expect.objectContaining({
        text: 'Beijing',
        start: 0,
        entryId: beijing.id,
        label: 'place',
        frenchTerm: 'Pékin',
      }),
      expect.objectContaining({ text: 'Pékin', start: 11, entryId: beijing.id }),
      expect.objectContaining({ text: 'PEKIN', start: 18, entryId: beijing.id }),
    ]);
  });

  it('suggests a span once per entry even when its term and a variant fold alike', async () => {
    expect(
      await (async () => {
        const ctx = testContext();
        await entry(ctx, 'Pékin', 'place', ['PEKIN']);
        const articleId = storeParagraphs(ctx, ['Pékin.']);
        return (await dispatch(ctx, 'suggestions.list', { articleId })).length;
      })(),
    ).toBe(1);
  });
});

describe('suggestions', () => {
  it('omits occurrences already annotated exactly, but not a shorter term inside an annotation', async () => {
    const ctx = testContext();
    await entry(ctx, 'France', 'place');
    const bank = await entry(ctx, 'Banque de France');
    const articleId = storeParagraphs(ctx, ['La Banque de France et la France.']);
    await dispatch(ctx, 'annotations.create', {
      articleId,
      start: 3,
      end: 19,
      kind: 'entity',
      label: 'organisation',
      glossaryEntryId: bank.id,
    });
    const texts = (await dispatch(ctx, 'suggestions.list', { articleId })).map((s) => `${s.text}@${s.start}`);
    expect(texts).toEqual(['France@13', 'France@26']);
  });

  it('accepts a suggestion as a mention of its entry with the entry’s label', async () => {
    const ctx = testContext();
    const pekin = await entry(ctx, 'Pékin', 'place');
    const articleId = storeParagraphs(ctx, ['Pékin et Pékin.']);
    const [first] = await dispatch(ctx, 'suggestions.list', { articleId });
    const annotation = await dispatch(ctx, 'suggestions.accept', {
      articleId,
      start: first!.start,
      end: first!.end,
      entryId: pekin.id,
    });
    expect(annotation).toMatchObject({
      start: 0,
      end: 5,
      label: 'place',
      glossaryEntryId: pekin.id,
      quote: 'Pékin',
    });
    expect((await dispatch(ctx, 'suggestions.list', { articleId })).map((s) => s.start)).toEqual([9]);
    const again = await dispatch(ctx, 'suggestions.accept', {
      articleId,
      start: 0,
      end: 5,
      entryId: pekin.id,
    });
    expect(again.id).toBe(annotation.id);
    expect(await dispatch(ctx, 'annotations.list', { articleId })).toHaveLength(1);
  });

  it('remembers a rejection: that entry is no longer suggested for that span', async () => {
    const ctx = testContext();
    const pekin = await entry(ctx, 'Pékin', 'place');
    const articleId = storeParagraphs(ctx, ['Pékin et Pékin.']);
    expect(
      await dispatch(ctx, 'suggestions.reject', { articleId, start: 9, end: 14, entryId: pekin.id }),
    ).toEqual({ rejected: 1 });
    expect(
      await dispatch(ctx, 'suggestions.reject', { articleId, start: 9, end: 14, entryId: pekin.id }),
    ).toEqual({ rejected: 0 });
    expect((await dispatch(ctx, 'suggestions.list', { articleId })).map((s) => s.start)).toEqual([0]);
    const other = storeParagraphs(ctx, ['Pékin et Pékin.']);
    expect(await dispatch(ctx, 'suggestions.list', { articleId: other })).toHaveLength(2);
  });

  it('accepts all of an article’s suggestions, or those of one entry, marking no span twice', async () => {
    const ctx = testContext();
    const pekin = await entry(ctx, 'Pékin', 'place');
    await entry(ctx, 'Pekin', 'place');
    const bank = await entry(ctx, 'Banque de France');
    await entry(ctx, 'France', 'place');
    const articleId = storeParagraphs(ctx, ['Pékin, la Banque de France et Pekin.']);
    const ofPekin = await dispatch(ctx, 'suggestions.acceptAll', { articleId, entryId: pekin.id });
    expect(ofPekin.map((a) => `${a.quote}@${a.start}`)).toEqual(['Pékin@0', 'Pekin@30']);
    expect(ofPekin.every((a) => a.glossaryEntryId === pekin.id)).toBe(true);
    const rest = await dispatch(ctx, 'suggestions.acceptAll', { articleId });
    expect(rest.map((a) => `${a.quote}:${a.label}`)).toEqual([
      'Banque de France:organisation',
      'France:place',
    ]);
    expect(rest[0]?.glossaryEntryId).toBe(bank.id);
    expect(await dispatch(ctx, 'suggestions.list', { articleId })).toEqual([]);
  });

  it('rejects all suggestions of an article and lists none afterwards', async () => {
    const ctx = testContext();
    await entry(ctx, 'Pékin', 'place');
    const alibaba = await entry(ctx, 'Alibaba');
    const articleId = storeParagraphs(ctx, ['Pékin, Alibaba et Pékin.']);
    expect(await dispatch(ctx, 'suggestions.rejectAll', { articleId, entryId: alibaba.id })).toEqual({
      rejected: 1,
    });
    expect((await dispatch(ctx, 'suggestions.list', { articleId })).map((s) => s.text)).toEqual([
      'Pékin',
      'Pékin',
    ]);
    expect(await dispatch(ctx, 'suggestions.rejectAll', { articleId })).toEqual({ rejected: 2 });
    expect(await dispatch(ctx, 'suggestions.list', { articleId })).toEqual([]);
  });

  it('answers not_found for an unknown article or entry', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, ['Pékin.']);
    await expect(dispatch(ctx, 'suggestions.list', { articleId: 99 })).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(
      dispatch(ctx, 'suggestions.accept', { articleId, start: 0, end: 5, entryId: 99 }),
    ).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(
      dispatch(ctx, 'suggestions.reject', { articleId, start: 0, end: 50, entryId: 99 }),
    ).rejects.toMatchObject({
      code: 'invalid_span',
    });
  });

  it('lists only one entry’s suggestions when asked for that entry', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, ['Pékin et Lyon, puis Pékin.']);
    const pekin = await entry(ctx, 'Pékin', 'place');
    await entry(ctx, 'Lyon', 'place');
    const all = await dispatch(ctx, 'suggestions.list', { articleId });
    expect(all.map((s) => s.text)).toEqual(['Pékin', 'Lyon', 'Pékin']);
    expect(await dispatch(ctx, 'suggestions.list', { articleId, entryId: pekin.id })).toEqual(
      all.filter((suggestion) => suggestion.entryId === pekin.id),
    );
    await expect(dispatch(ctx, 'suggestions.list', { articleId, entryId: 99 })).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('lists suggestions again after the glossary changes', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, ['Pékin et Beijing.']);
    const pekin = await entry(ctx, 'Pékin', 'place');
    expect(await dispatch(ctx, 'suggestions.list', { articleId })).toHaveLength(1);
    await dispatch(ctx, 'glossary.update', { id: pekin.id, frenchVariants: ['Beijing'] });
    expect((await dispatch(ctx, 'suggestions.list', { articleId })).map((s) => s.text)).toEqual([
      'Pékin',
      'Beijing',
    ]);
  });

  it('finds every occurrence in a long article against a 10,000-entry glossary', async () => {
    const ctx = testContext();
    const words = [
      'Le',
      'président',
      'a',
      'vu',
      'Jensen\u00a0Huang',
      'à',
      'l’Élysée',
      'et',
      'd’Alibaba',
      'à',
      'Pékin',
    ];
    const paragraphs = Array.from({ length: 100 }, () => words.join(' '));
    const articleId = storeParagraphs(ctx, paragraphs);
    ctx.store.transaction(() => {
      const insert = ctx.store.prepare(
        `INSERT INTO glossary_entries (label, french_term, french_key, match_keys, created_at, updated_at)
         VALUES ('organisation', ?, ?, ?, '', '')`,
      );
      for (let i = 0; i < 10000; i++) insert.run(`Entité ${i}`, `entite ${i}`, `\nentite ${i}\n`);
    })();
    for (const term of ['Pékin', 'Élysée', 'Jensen Huang', 'Alibaba']) await entry(ctx, term);
    const suggestions = await dispatch(ctx, 'suggestions.list', { articleId });
    expect(suggestions).toHaveLength(4 * 100);
    expect(new Set(suggestions.map((s) => s.text))).toEqual(
      new Set(['Jensen\u00a0Huang', 'Élysée', 'Alibaba', 'Pékin']),
    );
  });
});
