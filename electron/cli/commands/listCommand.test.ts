import { rmSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../cliIo';
import { runCli } from '../runCli';
import {
  captureIo as captureIoIn,
  makeCliWorkspace,
  seedArticle as seedArticleIn,
} from '../testing/cliTestWorkspace';

describe('passerelle list', () => {
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

  it('lists articles as JSON summaries', async () => {
    const id = seedArticle('Le budget de Rouen', 'Le conseil municipal a voté.');
    const io = captureIo();
    expect(await runCli(['list', '--json', '--db', db], io)).toBe(0);
    expect(io.out.endsWith('\n')).toBe(true);
    expect(JSON.parse(io.out)).toEqual([
      {
        id,
        title: 'Le budget de Rouen',
        byline: null,
        publishedAt: '2025-01-15',
        source: 'Le Journal',
        fileName: 'seed.txt',
        importedAt: expect.any(String),
        annotationCount: 0,
      },
    ]);
  });

  it('lists articles as an aligned table', async () => {
    seedArticle('Le budget de Rouen', 'Le conseil municipal a voté.');
    seedArticle('Flamanville', 'Le réacteur a démarré.');
    const io = captureIo();
    expect(await runCli(['list', '--db', db], io)).toBe(0);
    const lines = io.out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ID {2}TITLE\s+DATE\s+SOURCE\s+ANNOTATIONS$/);
    expect(lines.slice(1)).toHaveLength(2);
    const dateColumn = lines[0]?.indexOf('DATE');
    for (const line of lines.slice(1)) expect(line.indexOf('2025-01-15')).toBe(dateColumn);
  });
});
