import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../../shared/domain';
import type { CoreContext } from '../../coreContext';
import { dispatch } from '../../dispatch';
import { writeDataset } from '../../export/dataset/writeDataset';
import { storeParagraphs, testContext } from '../../testing/testContext';
import { importDatasetRecords } from './importDataset';
import { readDatasetFile } from './readDatasetFile';

function exportJsonl(ctx: CoreContext): string {
  let out = '';
  writeDataset(ctx, 'jsonl', {}, { write: (chunk) => void (out += chunk) });
  return out;
}

// What a round trip must keep: each article's text and title, its spans (offsets, label, kind,
// quote) and the glossary entries they link to, compared by value rather than id.
async function snapshot(ctx: CoreContext) {
  const articles = await dispatch(ctx, 'articles.list', {});
  return Promise.all(
    articles.map(async ({ id }) => {
      const article = await dispatch(ctx, 'articles.get', { id });
      const annotations = await dispatch(ctx, 'annotations.list', { articleId: id });
      const entries = new Map((await dispatch(ctx, 'glossary.list', {})).map((entry) => [entry.id, entry]));
      return {
        text: article.text,
        title: article.title,
        spans: annotations.map((annotation) => {
          const entry = annotation.glossaryEntryId === null ? null : entries.get(annotation.glossaryEntryId);
          return {
            start: annotation.start,
            end: annotation.end,
            label: annotation.label,
            kind: annotation.kind,
            quote: annotation.quote,
            entry: entry && {
              frenchTerm: entry.frenchTerm,
              englishTerm: entry.englishTerm,
              wikidataId: entry.wikidataId,
              decision: entry.decision,
              status: entry.status,
              label: entry.label,
            },
          };
        }),
      };
    }),
  );
}

async function mark(
  ctx: CoreContext,
  articleId: number,
  text: string,
  quote: string,
  label: string,
  from = 0,
) {
  const start = text.indexOf(quote, from);
  return dispatch(ctx, 'annotations.create', {
    articleId,
    start,
    end: start + quote.length,
    kind: 'entity',
    label,
  });
}

describe('importDatasetRecords', () => {
  it('brings back a JSONL export into an empty workspace: articles, spans, labels and entries', async () => {
    const source = testContext();
    const paragraphs = [
      '🇫🇷😀 Emmanuel Macron a reçu le patron d’Alibaba à l’Élysée.',
      'Selon 𝒳 la Banque de France, Alibaba recule.',
    ];
    const text = paragraphs.join('\n\n');
    const articleId = storeParagraphs(source, paragraphs, 'Macron et Alibaba');
    const macron = await mark(source, articleId, text, 'Emmanuel Macron', 'person');
    await dispatch(source, 'glossary.update', {
      id: macron.glossaryEntryId!,
      englishTerm: 'Emmanuel Macron',
      wikidataId: 'Q3052772',
      decision: 'keep',
      status: 'approved',
    });
    await mark(source, articleId, text, 'Alibaba', 'organisation');
    await mark(source, articleId, text, 'Alibaba', 'organisation', text.indexOf('Banque'));
    await mark(source, articleId, text, 'Banque de France', 'organisation');
    await mark(source, articleId, text, 'France', 'place', text.indexOf('Banque'));
    const labels = await dispatch(source, 'labels.create', {
      nameEn: 'Legal case',
      nameFr: 'Affaire',
      colour: '#123456',
    });
    await mark(source, articleId, text, 'Élysée', labels.key);

    const target = testContext();
    const file = exportJsonl(source);
    const summary = importDatasetRecords(target, 'dataset.jsonl', readDatasetFile('dataset.jsonl', file));
    expect(summary).toMatchObject({
      articlesCreated: 1,
      spansImported: 6,
      problems: [],
      labelsCreated: ['legal-case'],
    });
    expect(await snapshot(target)).toEqual(await snapshot(source));
    // The two mentions of Alibaba share one entry again.
    const targetEntries = await dispatch(target, 'glossary.list', {});
    expect(targetEntries.filter((entry) => entry.frenchTerm === 'Alibaba')).toHaveLength(1);

    // Importing again adds nothing: the article is matched, its spans are there already.
    const again = importDatasetRecords(target, 'dataset.jsonl', readDatasetFile('dataset.jsonl', file));
    expect(again).toMatchObject({
      articlesCreated: 0,
      articlesMatched: 1,
      spansImported: 0,
      spansAlreadyThere: 6,
    });
    // And the whole import is one undo step.
    await dispatch(target, 'history.undo', {});
    await dispatch(target, 'history.undo', {});
    expect(await dispatch(target, 'articles.list', {})).toEqual([]);
  });

  it('brings back claims with their claimant and review, and keeps unreviewed claims out of a private export', async () => {
    const source = testContext();
    const text =
      '😀 Selon Jensen Huang, jusqu’à 400 000 GPU pourraient être concernés. Un responsable parle de fraude.';
    const articleId = storeParagraphs(source, [text], 'Puces');
    const huang = await mark(source, articleId, text, 'Jensen Huang', 'person');
    const gpus = await dispatch(source, 'claims.create', {
      articleId,
      start: text.indexOf('jusqu’à'),
      end: text.indexOf(' concernés') + 10,
    });
    expect(gpus.claimant).toMatchObject({ kind: 'entry', entryId: huang.glossaryEntryId });
    await dispatch(source, 'claims.update', {
      annotationId: gpus.annotationId,
      claimDate: '2026-01-30',
      englishText: 'Up to 400,000 GPUs could be affected',
      verdict: 'mostly-true',
      reviewSummary: 'Reuters counted 400,000.',
      evidence: [{ url: 'https://example.org/r', title: 'Reuters', note: 'the count' }],
      reviewer: 'Camille',
      reviewDate: '2026-02-01',
      factCheckUrl: 'https://example.org/check',
    });
    const fraud = await dispatch(source, 'claims.create', {
      articleId,
      start: text.indexOf('parle de fraude'),
      end: text.indexOf('fraude') + 6,
    });
    await dispatch(source, 'claims.update', {
      annotationId: fraud.annotationId,
      claimant: { kind: 'unattributed', description: 'un responsable' },
    });

    const target = testContext();
    const summary = importDatasetRecords(
      target,
      'claims.jsonl',
      readDatasetFile('claims.jsonl', exportJsonl(source)),
    );
    expect(summary).toMatchObject({ spansImported: 3, problems: [], labelsCreated: [] });
    expect(await snapshot(target)).toEqual(await snapshot(source));
    const fields = (claim: Claim) => ({
      ...claim,
      annotationId: 0,
      articleId: 0,
      author: null,
      createdAt: '',
      updatedAt: '',
      claimant: claim.claimant.kind === 'entry' ? { ...claim.claimant, entryId: 0 } : claim.claimant,
    });
    expect((await dispatch(target, 'claims.list', {})).map(fields)).toEqual(
      (await dispatch(source, 'claims.list', {})).map(fields),
    );

    let shared = '';
    writeDataset(source, 'jsonl', { privacy: true }, { write: (chunk) => void (shared += chunk) });
    const [line] = shared
      .trim()
      .split('\n')
      .map((json) => JSON.parse(json) as { spans: { kind: string; claim?: object }[] });
    expect(line?.spans.filter((span) => span.kind === 'claim')).toEqual([
      expect.objectContaining({ claim: expect.not.objectContaining({ reviewer: expect.anything() }) }),
    ]);
  });

  it('attaches spans to the article with the same text, also when the file is in NFD', async () => {
    const ctx = testContext();
    const text = 'Le préfet de l’Élysée répond.';
    storeParagraphs(ctx, [text]);
    const nfd = text.normalize('NFD');
    const start = Array.from(nfd).indexOf('É'.normalize('NFD')[0]!);
    const line = JSON.stringify({
      text: nfd,
      spans: [
        {
          start,
          end: start + Array.from('Élysée'.normalize('NFD')).length,
          label: 'place',
          text: 'Élysée'.normalize('NFD'),
        },
      ],
    });
    const summary = importDatasetRecords(ctx, 'nfd.jsonl', readDatasetFile('nfd.jsonl', line));
    expect(summary).toMatchObject({ articlesCreated: 0, articlesMatched: 1, spansImported: 1 });
    const [article] = await dispatch(ctx, 'articles.list', {});
    expect((await dispatch(ctx, 'annotations.list', { articleId: article!.id }))[0]!.quote).toBe('Élysée');
  });

  it('reports a span that does not slice the text it claims, with its line, and stores the rest', () => {
    const ctx = testContext();
    const file = [
      JSON.stringify({
        text: 'Alibaba est à Hangzhou.',
        spans: [{ start: 0, end: 7, label: 'organisation', text: 'Alibaba' }],
      }),
      JSON.stringify({
        text: 'Pékin répond.',
        spans: [
          { start: 0, end: 4, label: 'place', text: 'Pékin' },
          { start: 0, end: 99, label: 'place' },
        ],
      }),
    ].join('\n');
    const summary = importDatasetRecords(ctx, 'bad.jsonl', readDatasetFile('bad.jsonl', file));
    expect(summary.spansImported).toBe(1);
    expect(summary.problems).toEqual([
      { line: 2, message: 'the span 0–4 does not slice the text it claims (“Pékin”).' },
      { line: 2, message: 'the span 0–99 ends after the text (13 characters).' },
    ]);
  });

  it('reads doccano and Label Studio exports, creating the labels they bring', async () => {
    const ctx = testContext();
    const doccano = [
      JSON.stringify({
        id: 1,
        text: '😀 Tim Cook visite Shanghai.',
        label: [
          [2, 10, 'PER'],
          [18, 26, 'LOC'],
        ],
      }),
      JSON.stringify({
        id: 2,
        text: 'Apple ouvre à Paris.',
        entities: [{ id: 9, label: 'ORG', start_offset: 0, end_offset: 5 }],
      }),
    ].join('\n');
    const fromDoccano = importDatasetRecords(ctx, 'doccano.jsonl', readDatasetFile('doccano.jsonl', doccano));
    expect(fromDoccano).toMatchObject({
      articlesCreated: 2,
      spansImported: 3,
      problems: [],
      labelsCreated: ['PER', 'LOC', 'ORG'],
    });
    const articles = await dispatch(ctx, 'articles.list', {});
    const quotes = await Promise.all(
      articles.map(async ({ id }) =>
        (await dispatch(ctx, 'annotations.list', { articleId: id })).map((span) => span.quote),
      ),
    );
    expect(quotes.flat().sort()).toEqual(['Apple', 'Shanghai', 'Tim Cook']);

    // Label Studio counts UTF-16 units here: the span's own text tells.
    const labelStudio = JSON.stringify([
      {
        id: 1,
        data: { text: '😀 Lisa Su dirige AMD.' },
        annotations: [
          { result: [{ type: 'labels', value: { start: 3, end: 10, text: 'Lisa Su', labels: ['Person'] } }] },
        ],
      },
    ]);
    const fromLabelStudio = importDatasetRecords(ctx, 'ls.json', readDatasetFile('ls.json', labelStudio));
    expect(fromLabelStudio).toMatchObject({
      articlesCreated: 1,
      spansImported: 1,
      problems: [],
      labelsCreated: [],
    });
  });

  it('refuses a file at its first bad line, naming file and line, and stores nothing', () => {
    expect(() => readDatasetFile('x.jsonl', '{"text": "Un."}\n{"text": oops}\n')).toThrow(
      /^x\.jsonl, line 2: the line is not JSON/,
    );
    expect(() =>
      readDatasetFile('x.jsonl', '{"text": "Un.", "spans": [{"start": 2, "end": 1, "label": "place"}]}'),
    ).toThrow(/x\.jsonl, line 1: a span needs whole-number offsets/);
    expect(() => readDatasetFile('x.json', '[{"data": {}}]')).toThrow(
      /x\.json, line 1: each task needs "data"/,
    );
  });

  it('round-trips generated texts with astral characters, nested and overlapping spans (seeded)', async () => {
    let seed = 20261202;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    // Composed text, as imports store it; q + combining acute has no composed form.
    const pieces = [
      'Pékin',
      '😀',
      'la Banque de France',
      '𝒳',
      'Élysée',
      'Alibaba',
      'q\u0301',
      '🇫🇷',
      'Lyon',
      'l’ONU',
    ];
    for (let round = 0; round < 12; round += 1) {
      const source = testContext();
      const words = Array.from(
        { length: 6 + Math.floor(random() * 8) },
        () => pieces[Math.floor(random() * pieces.length)]!,
      );
      const paragraph = words.join(' ');
      const articleId = storeParagraphs(source, [paragraph, words.slice().reverse().join(' ')]);
      const stored = (await dispatch(source, 'articles.get', { id: articleId })).text;
      // Spans on word boundaries, some nested, some overlapping.
      const starts = [...stored.matchAll(/\S+/g)].map((match) => match.index);
      const ends = [...stored.matchAll(/\S+/g)].map((match) => match.index + match[0].length);
      for (let n = 0; n < 4; n += 1) {
        const from = Math.floor(random() * starts.length);
        const to = Math.min(ends.length - 1, from + Math.floor(random() * 3));
        const start = starts[from]!;
        const end = ends[to]!;
        if (stored.slice(start, end).includes('\n')) continue;
        await dispatch(source, 'annotations.create', {
          articleId,
          start,
          end,
          kind: 'entity',
          label: n % 2 === 0 ? 'place' : 'organisation',
        }).catch(() => undefined);
      }
      const target = testContext();
      const summary = importDatasetRecords(
        target,
        'round.jsonl',
        readDatasetFile('round.jsonl', exportJsonl(source)),
      );
      expect(summary.problems).toEqual([]);
      expect(
        (await snapshot(target)).map(({ text, spans }) => ({
          text,
          spans: spans.map(({ entry: _entry, ...span }) => span),
        })),
      ).toEqual(
        (await snapshot(source)).map(({ text, spans }) => ({
          text,
          spans: spans.map(({ entry: _entry, ...span }) => span),
        })),
      );
    }
  });
  it('refuses a span that cuts a character outside the BMP in half, in either unit', () => {
    const ctx = testContext();
    const halfEmoji = JSON.stringify([
      {
        data: { text: '😀 AMD' },
        annotations: [{ result: [{ type: 'labels', value: { start: 1, end: 6, labels: ['ORG'] } }] }],
      },
    ]);
    expect(importDatasetRecords(ctx, 'half.json', readDatasetFile('half.json', halfEmoji)).problems).toEqual([
      { line: 1, message: 'the span 1–6 starts or ends inside a character.' },
    ]);
  });
});

describe('importDatasetRecords and undo', () => {
  // Every row undo and redo may touch, to compare whole workspaces.
  function rows(ctx: CoreContext): unknown {
    const all = (table: string) => ctx.store.prepare(`SELECT * FROM ${table} ORDER BY id`).all();
    return ['articles', 'labels', 'glossary_entries', 'annotations', 'suggestion_rejections'].map(all);
  }

  it('undoes an import into a workspace holding work exactly, and redoes it exactly', async () => {
    const source = testContext();
    const text = 'Huawei et Alibaba à Pékin. Huawei répond.';
    const articleId = storeParagraphs(source, [text], 'Source');
    const huawei = await mark(source, articleId, text, 'Huawei', 'organisation');
    await dispatch(source, 'glossary.update', { id: huawei.glossaryEntryId!, englishTerm: 'Huawei' });
    await mark(source, articleId, text, 'Huawei', 'organisation', 5);
    await mark(source, articleId, text, 'Alibaba', 'organisation');
    await mark(source, articleId, text, 'Pékin', 'place');
    const file = exportJsonl(source);

    // The target has the same article with one of the spans, an unused entry the file fills in,
    // and another article of its own.
    const target = testContext();
    const same = storeParagraphs(target, [text], 'Cible');
    storeParagraphs(target, ['Un autre article sur Pékin.'], 'Autre');
    await mark(target, same, text, 'Pékin', 'place');
    await dispatch(target, 'glossary.create', { label: 'organisation', frenchTerm: 'Alibaba' });
    const before = rows(target);
    const summary = importDatasetRecords(target, 'dataset.jsonl', readDatasetFile('dataset.jsonl', file));
    expect(summary).toMatchObject({ articlesMatched: 1, spansImported: 3, spansAlreadyThere: 1 });
    const after = rows(target);
    expect(after).not.toEqual(before);
    const entries = await dispatch(target, 'glossary.list', {});
    expect(entries.find((entry) => entry.frenchTerm === 'Huawei')).toMatchObject({
      englishTerm: 'Huawei',
      mentionCount: 2,
    });
    expect(entries.filter((entry) => entry.frenchTerm === 'Alibaba')).toHaveLength(1);

    const undone = await dispatch(target, 'history.undo', {});
    expect(undone.articleIds).toEqual([same]);
    expect(rows(target)).toEqual(before);
    await dispatch(target, 'history.redo', {});
    expect(rows(target)).toEqual(after);
    await dispatch(target, 'history.undo', {});
    expect(rows(target)).toEqual(before);
  });
});
