import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  historyMessageKeys,
  isHistoryMessageKey,
  type HistoryMessage,
  type HistoryMessageKey,
} from '../../../shared/historyMessages';
import type { Segment } from '../../../shared/domain';
import { uiLanguages } from '../../../shared/languages';
import type { CoreContext } from '../coreContext';
import { dispatch } from '../dispatch';
import { importDatasetRecords } from '../import/dataset/importDataset';
import { readDatasetFile } from '../import/dataset/readDatasetFile';
import { importGlossaryEntries } from '../import/glossary/importGlossary';
import { readGlossaryFile } from '../import/glossary/readGlossaryFile';
import { storeParagraphs, testContext } from '../testing/testContext';
import { hasHistoryMessageText, historyMessageText } from '../testing/historyMessageText';

const coreFolder = join(__dirname, '..');

/// Every TypeScript source file of core, tests left out.
function coreSources(): { path: string; source: string }[] {
  return readdirSync(coreFolder, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.ts') && !path.endsWith('.test.ts'))
    .map((path) => ({ path, source: readFileSync(join(coreFolder, path), 'utf8') }));
}

/// Checks that the latest step says what it does with a known key, worded in every UI language
/// with every parameter in place, and answers its key.
async function latestStepKey(ctx: CoreContext): Promise<HistoryMessageKey> {
  const message = (await dispatch(ctx, 'history.state', {})).undoMessage;
  if (!message) throw new Error('The action recorded no undo step.');
  expect(isHistoryMessageKey(message.key)).toBe(true);
  for (const language of uiLanguages) {
    expect({ key: message.key, language, worded: hasHistoryMessageText(message, language) }).toEqual({
      key: message.key,
      language,
      worded: true,
    });
    const text = historyMessageText(message, language);
    expect(text).not.toContain('{{');
    for (const value of Object.values(message.params)) {
      const shown =
        typeof value === 'object' ? (language === 'fr' ? value.nameFr : value.nameEn) : String(value);
      // "Split a mention of …" spells out a count of one.
      if (value === 1) continue;
      expect(text, `${message.key} in ${language}`).toContain(shown);
    }
  }
  return message.key;
}

describe('history messages', () => {
  it('are never built from a string in core: every recordAction call passes a message', () => {
    const calls = coreSources().flatMap(({ path, source }) =>
      [...source.matchAll(/\brecordAction\(\s*ctx,\s*([^,]+),/g)].map((match) => ({
        path,
        message: match[1]!,
      })),
    );
    expect(calls.length).toBeGreaterThanOrEqual(18);
    for (const call of calls) expect(call.message, relative(coreFolder, call.path)).not.toMatch(/^['"`]/);
  });

  it('name only keys of the typed list in core', () => {
    const named = coreSources().flatMap(({ source }) =>
      [...source.matchAll(/'(history\.step\.[A-Za-z]+)'/g)].map((match) => match[1]!),
    );
    expect(named.length).toBeGreaterThan(0);
    for (const key of named) expect(historyMessageKeys).toContain(key);
  });

  it('say every recorded operation with a known key, worded in English and French with all its parameters', async () => {
    const ctx = testContext();
    const seen = new Set<HistoryMessageKey>();
    const record = async (action: () => Promise<unknown>) => {
      await action();
      seen.add(await latestStepKey(ctx));
    };
    /// Records the action, checks its message, and undoes it so the next variant starts from the same state.
    const recordAndUndo = async (action: () => Promise<unknown>) => {
      await record(action);
      await dispatch(ctx, 'history.undo', {});
    };

    let pekin = 0;
    await record(async () => {
      pekin = (await dispatch(ctx, 'glossary.create', { label: 'place', frenchTerm: 'Pékin' })).id;
    });
    await record(() => dispatch(ctx, 'glossary.update', { id: pekin, englishTerm: 'Beijing' }));
    const text = 'Pékin accueille Alibaba. Pekin et Pékin. Alibaba aussi, et Pékin.';
    const articleId = storeParagraphs(ctx, [text], 'Pékin et Alibaba');
    const at = (word: string, from = 0) => {
      const start = text.indexOf(word, from);
      return { articleId, start, end: start + word.length };
    };

    await recordAndUndo(() => dispatch(ctx, 'suggestions.acceptAll', { articleId }));
    await recordAndUndo(() => dispatch(ctx, 'suggestions.acceptAll', { articleId, entryId: pekin }));
    await recordAndUndo(() => dispatch(ctx, 'suggestions.rejectAll', { articleId }));
    await recordAndUndo(() => dispatch(ctx, 'suggestions.rejectAll', { articleId, entryId: pekin }));
    await record(() => dispatch(ctx, 'suggestions.accept', { ...at('Pékin'), entryId: pekin }));
    await record(() => dispatch(ctx, 'suggestions.reject', { ...at('Pékin', 30), entryId: pekin }));
    await record(() => dispatch(ctx, 'suggestions.reject', { ...at('Pekin'), entryId: pekin }));

    const alibaba = await dispatch(ctx, 'annotations.create', {
      ...at('Alibaba'),
      kind: 'entity',
      label: 'person',
    });
    seen.add(await latestStepKey(ctx));
    await record(() => dispatch(ctx, 'annotations.createAll', { annotationId: alibaba.id }));
    await record(() => dispatch(ctx, 'annotations.update', { id: alibaba.id, label: 'organisation' }));
    await record(() => dispatch(ctx, 'annotations.update', { id: alibaba.id, glossaryEntryId: null }));
    await record(() => dispatch(ctx, 'annotations.update', { id: alibaba.id, newEntry: true }));
    await record(() => dispatch(ctx, 'annotations.update', { id: alibaba.id, glossaryEntryId: pekin }));
    await record(() => dispatch(ctx, 'annotations.update', { id: alibaba.id }));

    const [first, second] = (await dispatch(ctx, 'annotations.list', { articleId })).filter(
      (annotation) => annotation.quote === 'Alibaba',
    );
    await record(() => dispatch(ctx, 'annotations.update', { id: second!.id, newEntry: true }));
    const otherEntry = (await dispatch(ctx, 'annotations.list', { articleId })).find(
      (annotation) => annotation.id === second!.id,
    )!.glossaryEntryId!;
    const firstEntry = first!.glossaryEntryId!;
    await record(() => dispatch(ctx, 'glossary.merge', { targetId: firstEntry, sourceId: otherEntry }));
    await record(() => dispatch(ctx, 'glossary.split', { entryId: firstEntry, annotationIds: [second!.id] }));
    const mentions = (await dispatch(ctx, 'glossary.mentions', { id: pekin })).map(
      (mention) => mention.annotationId,
    );
    expect(mentions).toHaveLength(2);
    await recordAndUndo(() => dispatch(ctx, 'glossary.split', { entryId: pekin, annotationIds: mentions }));
    await record(() => dispatch(ctx, 'annotations.delete', { id: first!.id }));
    await record(() => dispatch(ctx, 'glossary.delete', { id: pekin }));

    let law = 0;
    await record(async () => {
      law = (await dispatch(ctx, 'labels.create', { nameEn: 'Law', nameFr: 'Loi', colour: '#123456' })).id;
    });
    await record(() => dispatch(ctx, 'labels.update', { id: law, nameEn: 'Statute', nameFr: 'Statut' }));
    const labels = await dispatch(ctx, 'labels.list', {});
    await record(() => dispatch(ctx, 'labels.reorder', { ids: labels.map((label) => label.id).reverse() }));
    await record(() => dispatch(ctx, 'labels.delete', { id: law, annotations: 'delete' }));
    const claimArticle = storeParagraphs(ctx, ['Les prix ont doublé en un an.']);
    let claimId = 0;
    await record(async () => {
      claimId = (await dispatch(ctx, 'claims.create', { articleId: claimArticle, start: 0, end: 19 }))
        .annotationId;
    });
    await record(() => dispatch(ctx, 'claims.update', { annotationId: claimId, verdict: 'false' }));
    await record(() => dispatch(ctx, 'claims.update', { annotationId: claimId, reviewer: 'Camille' }));
    const translated = storeParagraphs(ctx, ['Le ciel est bleu. Il pleut.']);
    let segments: readonly Segment[] = [];
    await record(async () => {
      segments = await dispatch(ctx, 'translation.segment', { articleId: translated });
    });
    await record(() => dispatch(ctx, 'segments.update', { id: segments[0]!.id, target: 'The sky' }));
    await record(() =>
      dispatch(ctx, 'segments.update', {
        id: segments[0]!.id,
        target: 'The sky is blue.',
        status: 'translated',
      }),
    );
    await record(() => dispatch(ctx, 'segments.merge', { id: segments[0]!.id }));
    await record(() => dispatch(ctx, 'segments.split', { id: segments[0]!.id, at: 17 }));
    await record(() => dispatch(ctx, 'articles.delete', { id: articleId }));
    const dataset = JSON.stringify({
      text: 'Lyon se prépare.',
      spans: [{ start: 0, end: 4, label: 'place' }],
    });
    await record(() =>
      Promise.resolve(importDatasetRecords(ctx, 'lyon.jsonl', readDatasetFile('lyon.jsonl', dataset))),
    );

    const glossary = 'french_term,english_term\r\nLyon,Lyon\r\n';
    await record(() =>
      Promise.resolve(importGlossaryEntries(ctx, 'lyon.csv', readGlossaryFile('lyon.csv', glossary, 'csv'))),
    );

    expect([...seen].sort()).toEqual(
      historyMessageKeys.filter((key) => key !== 'history.step.legacy').sort(),
    );
  });

  it('word a legacy step as the text it kept', () => {
    const message: HistoryMessage = { key: 'history.step.legacy', params: { text: 'Mark “Pékin” as Place' } };
    for (const language of uiLanguages) {
      expect(historyMessageText(message, language)).toBe('Mark “Pékin” as Place');
    }
  });
});
