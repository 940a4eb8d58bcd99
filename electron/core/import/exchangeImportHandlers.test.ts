import { describe, expect, it } from 'vitest';
import type { CoreContext } from '../coreContext';
import { dispatch } from '../dispatch';
import { testContext } from '../testing/testContext';

const glossaryCsv =
  'french_term,english_term,label\r\nPékin,Peiping,place\r\nShanghai,Shanghai,place\r\nXi Jinping,Xi,person\r\n';

async function seeded(): Promise<CoreContext> {
  const ctx = testContext();
  await dispatch(ctx, 'glossary.create', {
    label: 'place',
    frenchTerm: 'pekin',
    englishTerm: 'Beijing',
  });
  await dispatch(ctx, 'glossary.create', {
    label: 'person',
    frenchTerm: 'Xi Jinping',
    englishTerm: 'Xi Jinping',
  });
  return ctx;
}

async function englishTerms(ctx: CoreContext): Promise<string[]> {
  return (await dispatch(ctx, 'glossary.list', {}))
    .map((entry) => `${entry.frenchTerm}=${entry.englishTerm}`)
    .sort();
}

// Everything a dry run could leave behind: the rows of the workspace and its undo state.
async function workspaceState(ctx: CoreContext) {
  return {
    glossary: await dispatch(ctx, 'glossary.list', {}),
    labels: await dispatch(ctx, 'labels.list', {}),
    articles: await dispatch(ctx, 'articles.list', {}),
    history: await dispatch(ctx, 'history.state', {}),
  };
}

const doccano = [
  JSON.stringify({
    text: 'Xi Jinping a reçu Tim Cook à Pékin.',
    label: [
      [0, 10, 'PER'],
      [18, 26, 'PER'],
      [29, 34, 'GPE'],
    ],
  }),
  JSON.stringify({
    text: 'Alibaba ouvre un bureau.',
    label: [
      [0, 7, 'ORG'],
      [0, 30, 'ORG'],
    ],
  }),
].join('\n');

describe('imports.inspect and imports.run', () => {
  it('predicts a glossary import (counts, conflicts by line, missing labels) and changes nothing', async () => {
    const ctx = await seeded();
    const before = await workspaceState(ctx);
    const inspected = await dispatch(ctx, 'imports.inspect', {
      kind: 'glossary',
      fileName: 'theirs.csv',
      content: glossaryCsv.replace('Shanghai,Shanghai,place', 'Shanghai,Shanghai,ville'),
    });
    expect(inspected).toMatchObject({
      kind: 'glossary',
      format: 'csv',
      entries: 3,
      created: 1,
      merged: 0,
      newLabels: ['ville'],
      conflicts: [
        { key: '2', line: 2, frenchTerm: 'pekin', mine: 'Beijing', theirs: 'Peiping', decision: 'keepMine' },
        {
          key: '4',
          line: 4,
          frenchTerm: 'Xi Jinping',
          mine: 'Xi Jinping',
          theirs: 'Xi',
          decision: 'keepMine',
        },
      ],
    });
    expect(await workspaceState(ctx)).toEqual(before);
  });

  it('settles each conflict by its own decision, as one undo step', async () => {
    const ctx = await seeded();
    const summary = await dispatch(ctx, 'imports.run', {
      kind: 'glossary',
      fileName: 'theirs.csv',
      content: glossaryCsv,
      decisions: { '2': 'takeTheirs', '4': 'keepBoth' },
    });
    expect(summary).toMatchObject({ created: 2, merged: 1 });
    expect(summary.kind === 'glossary' && summary.conflicts.map((conflict) => conflict.decision)).toEqual([
      'takeTheirs',
      'keepBoth',
    ]);
    expect(await englishTerms(ctx)).toEqual([
      'Shanghai=Shanghai',
      'Xi Jinping=Xi',
      'Xi Jinping=Xi Jinping',
      'pekin=Peiping',
    ]);
    const history = await dispatch(ctx, 'history.state', {});
    expect(history.undoMessage).toEqual({
      key: 'history.step.importGlossary',
      params: { fileName: 'theirs.csv', count: 3 },
    });
    await dispatch(ctx, 'history.undo', {});
    expect(await englishTerms(ctx)).toEqual(['Xi Jinping=Xi Jinping', 'pekin=Beijing']);
  });

  it('keeps the workspace’s term for a conflict given no decision', async () => {
    const ctx = await seeded();
    await dispatch(ctx, 'imports.run', { kind: 'glossary', fileName: 'theirs.csv', content: glossaryCsv });
    expect(await englishTerms(ctx)).toEqual(['Shanghai=Shanghai', 'Xi Jinping=Xi Jinping', 'pekin=Beijing']);
  });

  it('inspects a doccano file: its articles, spans, problems by line and the labels the workspace lacks', async () => {
    const ctx = testContext();
    const before = await workspaceState(ctx);
    const inspected = await dispatch(ctx, 'imports.inspect', {
      kind: 'dataset',
      fileName: 'doccano.jsonl',
      content: doccano,
    });
    expect(inspected).toMatchObject({
      kind: 'dataset',
      format: 'doccano',
      records: 2,
      articlesCreated: 2,
      articlesMatched: 0,
      spansImported: 4,
      newLabels: ['PER', 'GPE', 'ORG'],
      problems: [{ line: 2, message: expect.stringMatching(/ends after the text/) }],
    });
    expect(await workspaceState(ctx)).toEqual(before);
  });

  it('runs what it inspected on a workspace that has recorded nothing yet', async () => {
    const ctx = testContext();
    const request = { kind: 'dataset', fileName: 'doccano.jsonl', content: doccano } as const;
    const inspected = await dispatch(ctx, 'imports.inspect', request);
    const summary = await dispatch(ctx, 'imports.run', request);
    expect(summary).toEqual(inspected);
    expect(await dispatch(ctx, 'articles.list', {})).toHaveLength(2);
    await dispatch(ctx, 'history.undo', {});
    expect(await dispatch(ctx, 'articles.list', {})).toEqual([]);
  });

  it('maps the file’s labels to existing ones and creates the others, as one undo step', async () => {
    const ctx = testContext();
    const summary = await dispatch(ctx, 'imports.run', {
      kind: 'dataset',
      fileName: 'doccano.jsonl',
      content: doccano,
      labelMapping: { PER: 'person', GPE: 'place' },
    });
    expect(summary).toMatchObject({ spansImported: 4, newLabels: ['ORG'] });
    const articles = await dispatch(ctx, 'articles.list', {});
    expect(summary.kind === 'dataset' && [...summary.articleIds].sort()).toEqual(
      articles.map((article) => article.id).sort(),
    );
    const first = articles.find((article) => article.title.startsWith('Xi Jinping'));
    const annotations = await dispatch(ctx, 'annotations.list', { articleId: first?.id ?? 0 });
    expect(annotations.map((annotation) => `${annotation.quote}:${annotation.label}`)).toEqual([
      'Xi Jinping:person',
      'Tim Cook:person',
      'Pékin:place',
    ]);
    expect((await dispatch(ctx, 'history.state', {})).undoMessage).toEqual({
      key: 'history.step.importDataset',
      params: { fileName: 'doccano.jsonl', count: 4 },
    });
    await dispatch(ctx, 'history.undo', {});
    expect(await dispatch(ctx, 'articles.list', {})).toEqual([]);
    expect((await dispatch(ctx, 'labels.list', {})).map((label) => label.nameEn)).not.toContain('ORG');
  });

  it('refuses a file with a line that is not JSON, naming the file and the line, and stores nothing', async () => {
    const ctx = testContext();
    const before = await workspaceState(ctx);
    const bad = `${doccano}\n{"text": "Pékin", label: []}\n`;
    for (const operation of ['imports.inspect', 'imports.run'] as const) {
      await expect(
        dispatch(ctx, operation, { kind: 'dataset', fileName: 'bad.jsonl', content: bad }),
      ).rejects.toMatchObject({
        code: 'invalid_input',
        message: expect.stringMatching(/^bad\.jsonl, line 3: the line is not JSON/),
        params: { detail: 'datasetLine', fileName: 'bad.jsonl', line: 3 },
      });
    }
    expect(await workspaceState(ctx)).toEqual(before);
  });

  it('refuses a mapping to a label the workspace does not have, and stores nothing', async () => {
    const ctx = testContext();
    await expect(
      dispatch(ctx, 'imports.run', {
        kind: 'dataset',
        fileName: 'doccano.jsonl',
        content: doccano,
        labelMapping: { PER: 'nobody' },
      }),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/"PER" is mapped to "nobody"/),
    });
    expect(await dispatch(ctx, 'articles.list', {})).toEqual([]);
  });

  it('asks for the format of a glossary whose name does not tell it', async () => {
    const ctx = testContext();
    await expect(
      dispatch(ctx, 'imports.inspect', { kind: 'glossary', fileName: 'glossary.dat', content: glossaryCsv }),
    ).rejects.toMatchObject({ code: 'unsupported_format', params: { fileName: 'glossary.dat' } });
    expect(
      await dispatch(ctx, 'imports.inspect', {
        kind: 'glossary',
        fileName: 'glossary.dat',
        format: 'csv',
        content: glossaryCsv,
      }),
    ).toMatchObject({ created: 3 });
  });

  it('refuses a file larger than the import limit before reading it', async () => {
    const ctx = testContext();
    await expect(
      dispatch(ctx, 'imports.inspect', {
        kind: 'dataset',
        fileName: 'huge.jsonl',
        content: 'x'.repeat(64 * 1024 * 1024 + 1),
      }),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/import limit of 64 MB/),
    });
  });
});
