import { rmSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { coreContext } from '../../core/coreContext';
import { dispatch } from '../../core/dispatch';
import { openStore } from '../../core/store/openStore';
import type { CliIo } from '../cliIo';
import { runCli } from '../runCli';
import {
  captureIo as captureIoIn,
  makeCliWorkspace,
  seedArticle as seedArticleIn,
} from '../testing/cliTestWorkspace';

describe('passerelle suggest', () => {
  let dir: string;
  let db: string;

  beforeEach(() => {
    ({ dir, db } = makeCliWorkspace());
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  const captureIo = (overrides: Partial<CliIo> = {}) => captureIoIn(dir, overrides);
  const seedArticle = (title: string, text: string): number => seedArticleIn(db, title, text);

  /// Seeds two articles and a glossary in which "Pékin" (with the variant "Beijing") is marked once.
  async function seedSuggestions(): Promise<{ first: number; second: number; entryId: number }> {
    const first = seedArticle('Pékin', 'Pékin et Beijing, puis les actions d’Alibaba.');
    const second = seedArticle('Alibaba', 'Alibaba, encore.');
    const store = openStore(db);
    try {
      const ctx = coreContext(store);
      const entry = await dispatch(ctx, 'glossary.create', {
        label: 'place',
        frenchTerm: 'Pékin',
        frenchVariants: ['Beijing'],
        englishTerm: 'Beijing',
      });
      await dispatch(ctx, 'glossary.create', { label: 'organisation', frenchTerm: 'Alibaba' });
      await dispatch(ctx, 'suggestions.accept', { articleId: first, start: 0, end: 5, entryId: entry.id });
      return { first, second, entryId: entry.id };
    } finally {
      store.close();
    }
  }

  it('suggests the glossary matches not yet annotated in every article, one line each', async () => {
    const { first, second, entryId } = await seedSuggestions();
    const io = captureIo();
    expect(await runCli(['suggest', '--db', db], io)).toBe(0);
    expect(io.out.split('\n')).toEqual([
      `#${first}  9-16  Beijing  → entry #${entryId} Pékin (place) = Beijing`,
      `#${first}  37-44  Alibaba  → entry #${entryId + 1} Alibaba (organisation)`,
      `#${second}  0-7  Alibaba  → entry #${entryId + 1} Alibaba (organisation)`,
      '3 suggestions in 2 articles.',
      '',
    ]);
  });

  it('counts only the articles that have suggestions', async () => {
    const { first, second } = await seedSuggestions();
    const quiet = seedArticle('Rouen', 'La mairie de Rouen vote son budget.');
    const io = captureIo();
    expect(await runCli(['suggest', String(first), String(second), String(quiet), '--db', db], io)).toBe(0);
    expect(io.out.trimEnd().split('\n').at(-1)).toBe('3 suggestions in 2 articles (3 searched).');

    const none = captureIo();
    expect(await runCli(['suggest', String(quiet), '--db', db], none)).toBe(0);
    expect(none.out).toBe('0 suggestions in 1 article searched.\n');
  });

  it('suggests as JSON lines for the articles given', async () => {
    const { second, entryId } = await seedSuggestions();
    const io = captureIo();
    expect(await runCli(['suggest', String(second), '--json', '--db', db], io)).toBe(0);
    expect(
      io.out
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line) as unknown),
    ).toEqual([
      {
        articleId: second,
        start: 0,
        end: 7,
        text: 'Alibaba',
        entryId: entryId + 1,
        label: 'organisation',
        frenchTerm: 'Alibaba',
        englishTerm: '',
      },
    ]);
  });

  it('reports an unknown article and exits 1, still suggesting in the others', async () => {
    const { second } = await seedSuggestions();
    const io = captureIo();
    expect(await runCli(['suggest', '99', String(second), '--db', db], io)).toBe(1);
    expect(io.err).toBe('passerelle: There is no article 99.\n');
    expect(io.out).toContain('1 suggestion in 1 article.');
  });
});
