import { describe, expect, it } from 'vitest';
import { insertAnnotation } from '../annotations/annotations';
import { readArticleText } from '../articles/readArticleText';
import type { CoreContext } from '../coreContext';
import { storeParagraphs, testContext } from '../testing/testContext';
import {
  createGlossaryEntry,
  draftEntryFields,
  getGlossaryEntry,
  writeGlossaryEntry,
} from './glossaryEntries';
import {
  dropUntouchedDraft,
  entryForNewMention,
  entryForRelabelledMention,
  newDraftEntry,
  type MentionSpan,
} from './glossaryLinking';

/// The span of the first occurrence of `words` in the article.
function spanOf(ctx: CoreContext, articleId: number, words: string): MentionSpan {
  const text = readArticleText(ctx, articleId);
  const start = text.indexOf(words);
  return { articleId, text, start, end: start + words.length };
}

function entry(ctx: CoreContext, label: string, frenchTerm: string, frenchVariants: string[] = []): number {
  return createGlossaryEntry(ctx, { ...draftEntryFields(label, frenchTerm), frenchVariants }).id;
}

function mention(ctx: CoreContext, span: MentionSpan, label: string, glossaryEntryId: number): void {
  insertAnnotation(ctx, { ...span, kind: 'entity', label, glossaryEntryId });
}

describe('glossary linking', () => {
  it('makes a draft entry named by the words of the span, without the elided article', () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, ['La capitale d’Alibaba.']);
    const id = newDraftEntry(ctx, 'organisation', spanOf(ctx, articleId, 'd’Alibaba'));
    expect(getGlossaryEntry(ctx, id)).toMatchObject({
      label: 'organisation',
      frenchTerm: 'Alibaba',
      status: 'draft',
      sourceArticleId: articleId,
    });
  });

  it('links a new mention to the entry asked for, or to a new draft when asked with null', () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, ['Pékin a parlé.']);
    const pekin = entry(ctx, 'place', 'Pékin');
    const span = spanOf(ctx, articleId, 'Pékin');
    expect(entryForNewMention(ctx, 'person', span, pekin)).toBe(pekin);
    const fresh = entryForNewMention(ctx, 'place', span, null);
    expect(fresh).not.toBe(pekin);
    expect(getGlossaryEntry(ctx, fresh)).toMatchObject({ label: 'place', frenchTerm: 'Pékin' });
  });

  it('links a new mention to the entry of its label whose term or variant matches, French-aware', () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, ['PEKIN et l’Élysée.']);
    const city = entry(ctx, 'place', 'Beijing', ['Pékin']);
    entry(ctx, 'organisation', 'Pékin');
    const palace = entry(ctx, 'place', 'Elysee');
    expect(entryForNewMention(ctx, 'place', spanOf(ctx, articleId, 'PEKIN'), undefined)).toBe(city);
    expect(entryForNewMention(ctx, 'place', spanOf(ctx, articleId, 'l’Élysée'), undefined)).toBe(palace);
  });

  it('makes a draft entry for a new mention that no entry of its label matches', () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, ['Pékin a parlé.']);
    const company = entry(ctx, 'organisation', 'Pékin');
    const id = entryForNewMention(ctx, 'place', spanOf(ctx, articleId, 'Pékin'), undefined);
    expect(id).not.toBe(company);
    expect(getGlossaryEntry(ctx, id)).toMatchObject({ label: 'place', frenchTerm: 'Pékin' });
  });

  it('relabels a mention into the matching entry of its new label', () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, ['Orange a gagné.']);
    const span = spanOf(ctx, articleId, 'Orange');
    const place = entry(ctx, 'place', 'Orange');
    const company = entry(ctx, 'organisation', 'Orange');
    mention(ctx, span, 'place', place);
    expect(entryForRelabelledMention(ctx, 'organisation', span, place)).toBe(company);
    expect(getGlossaryEntry(ctx, place).label).toBe('place');
  });

  it('lets the entry follow the new label when the relabelled mention was its only one', () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, ['Orange a gagné.']);
    const span = spanOf(ctx, articleId, 'Orange');
    const place = entry(ctx, 'place', 'Orange');
    mention(ctx, span, 'place', place);
    expect(entryForRelabelledMention(ctx, 'organisation', span, place)).toBe(place);
    expect(getGlossaryEntry(ctx, place).label).toBe('organisation');
  });

  it('makes a draft entry for a relabelled mention whose entry has other mentions', () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, ['Orange et Orange.']);
    const text = readArticleText(ctx, articleId);
    const place = entry(ctx, 'place', 'Orange');
    const first: MentionSpan = { articleId, text, start: 0, end: 6 };
    mention(ctx, first, 'place', place);
    mention(ctx, { articleId, text, start: 10, end: 16 }, 'place', place);
    const moved = entryForRelabelledMention(ctx, 'event', first, place);
    expect(moved).not.toBe(place);
    expect(getGlossaryEntry(ctx, moved)).toMatchObject({ label: 'event', frenchTerm: 'Orange' });
    expect(getGlossaryEntry(ctx, place).label).toBe('place');
  });

  it('drops a draft with no mention and nothing but its French term, and keeps any other entry', () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, ['Pékin a parlé.']);
    const untouched = entry(ctx, 'place', 'Pékin');
    const translated = entry(ctx, 'place', 'Pékin');
    writeGlossaryEntry(ctx, translated, { ...draftEntryFields('place', 'Pékin'), englishTerm: 'Beijing' });
    const mentioned = entry(ctx, 'place', 'Pékin');
    mention(ctx, spanOf(ctx, articleId, 'Pékin'), 'place', mentioned);
    for (const id of [untouched, translated, mentioned]) dropUntouchedDraft(ctx, id);
    expect(() => getGlossaryEntry(ctx, untouched)).toThrow(expect.objectContaining({ code: 'not_found' }));
    expect(getGlossaryEntry(ctx, translated).englishTerm).toBe('Beijing');
    expect(getGlossaryEntry(ctx, mentioned).mentionCount).toBe(1);
  });
});
