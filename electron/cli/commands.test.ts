import { mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { maxImportBytes } from '../../shared/limits';
import { articleSchema } from '../../shared/schema';
import { coreContext } from '../core/coreContext';
import { dispatch } from '../core/dispatch';
import { storeArticle } from '../core/articles/articles';
import { openStore } from '../core/store/openStore';
import { runCli, type CliIo } from './commands';

interface CapturedIo extends CliIo {
  out: string;
  err: string;
}

describe('runCli', () => {
  let dir: string;
  let db: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'passerelle-cli-'));
    db = join(dir, 'workspace.sqlite');
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  function captureIo(overrides: Partial<CliIo> = {}): CapturedIo {
    const io: CapturedIo = {
      out: '',
      err: '',
      stdout: (text) => {
        io.out += text;
      },
      stderr: (text) => {
        io.err += text;
      },
      env: {},
      rendererDir: join(dir, 'no-renderer'),
      untilShutdown: () => Promise.resolve(),
      ...overrides,
    };
    return io;
  }

  /// Adds an article straight to the workspace, so listing does not depend on the importer.
  function seedArticle(title: string, text: string): number {
    const store = openStore(db);
    try {
      const doc = articleSchema.node('doc', null, [
        articleSchema.node('paragraph', null, [articleSchema.text(text)]),
      ]);
      return storeArticle(coreContext(store), 'seed.txt', {
        title,
        byline: null,
        publishedAt: '2025-01-15',
        sourceUrl: null,
        siteName: 'Le Journal',
        language: 'fr',
        encoding: 'utf-8',
        doc,
      });
    } finally {
      store.close();
    }
  }

  it('prints usage and exits 2 without a command', async () => {
    const io = captureIo();
    expect(await runCli([], io)).toBe(2);
    expect(io.err).toMatch(/^passerelle: No command given\.\n\nUsage: passerelle/);
    expect(io.out).toBe('');
  });

  it('prints usage and exits 0 with --help', async () => {
    const io = captureIo();
    expect(await runCli(['--help'], io)).toBe(0);
    expect(io.out).toMatch(/^Usage: passerelle/);
  });

  it('exits 2 with a one-line error and usage on an unknown command', async () => {
    const io = captureIo();
    expect(await runCli(['frobnicate'], io)).toBe(2);
    expect(io.err.split('\n')[0]).toBe('passerelle: Unknown command "frobnicate".');
    expect(io.err).toContain('Usage:');
  });

  it('says a later command is not available yet and exits 2', async () => {
    const io = captureIo();
    expect(await runCli(['import-dataset', 'spans.jsonl', '--db', db], io)).toBe(2);
    expect(io.err).toBe('passerelle: import-dataset is not available yet in this version.\n');
  });

  it('refuses glossary formats other than csv with exit 2', async () => {
    const io = captureIo();
    expect(await runCli(['export', 'glossary', '--format', 'tsv', '--db', db], io)).toBe(2);
    expect(io.err).toBe('passerelle: format tsv is not supported yet (supported: csv)\n');
  });

  it('exits 1 with a clear message when the workspace cannot be opened', async () => {
    const io = captureIo();
    expect(await runCli(['list', '--db', dir], io)).toBe(1);
    expect(io.err).toMatch(new RegExp(`^passerelle: cannot open the workspace ${dir}: `));
  });

  it('imports a folder: the good file is imported, the bad one reported, exit 1', async () => {
    const folder = join(dir, 'articles');
    mkdirSync(join(folder, 'nested'), { recursive: true });
    writeFileSync(
      join(folder, 'bon.txt'),
      'La mairie de Rouen vote son budget\n\nLe conseil municipal de Rouen a adopté jeudi le budget de la ville pour 2025.\n',
    );
    writeFileSync(
      join(folder, 'nested', 'casse.txt'),
      Buffer.from([0x00, 0xff, 0x00, 0x01, 0x02, 0x00, 0x89, 0x50]),
    );
    writeFileSync(join(folder, 'ignored.pdf'), 'not picked from a folder');
    const io = captureIo();

    expect(await runCli(['import', folder, '--db', db], io)).toBe(1);

    const lines = io.out.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(new RegExp(`^imported  ${join(folder, 'bon.txt')}  → #\\d+ ".+"$`));
    expect(lines[1]).toMatch(new RegExp(`^failed    ${join(folder, 'nested', 'casse.txt')}: .+`));
    expect(lines[2]).toBe('2 files: 1 imported, 1 failed.');

    const store = openStore(db);
    try {
      const articles = await dispatch(coreContext(store), 'articles.list', {});
      expect(articles).toHaveLength(1);
      expect(articles[0]?.fileName).toBe('bon.txt');
    } finally {
      store.close();
    }
  });

  it('reports a missing file, a refused URL and an oversized file as failures, one JSON line each', async () => {
    const big = join(dir, 'big.txt');
    // A sparse file: the size check must refuse it without reading its 20 MB.
    writeFileSync(big, '');
    truncateSync(big, maxImportBytes + 1);
    const missing = join(dir, 'absent.txt');
    const io = captureIo();

    expect(
      await runCli(['import', missing, 'http://127.0.0.1:9/article', big, '--json', '--db', db], io),
    ).toBe(1);

    const reports = io.out
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as unknown);
    expect(reports).toEqual([
      { file: missing, status: 'failed', error: { code: 'not_found', message: 'No such file or folder.' } },
      {
        file: 'http://127.0.0.1:9/article',
        status: 'failed',
        error: {
          code: 'blocked_address',
          message: '127.0.0.1 is a loopback address; only public web addresses are fetched.',
        },
      },
      {
        file: big,
        status: 'failed',
        error: { code: 'too_large', message: 'The file is larger than 20 MB.' },
      },
    ]);
  });

  it('reports a duplicate and warnings without failing, and exits 0', async () => {
    const folder = join(dir, 'lot');
    mkdirSync(folder, { recursive: true });
    const text = 'Budget de Rouen\n\nLe conseil municipal de Rouen a adopté jeudi le budget de la ville.\n';
    writeFileSync(join(folder, 'a.txt'), text);
    writeFileSync(join(folder, 'b.txt'), text);
    writeFileSync(join(folder, 'c.txt'), Buffer.from('Le c\x9cur de la ville\n', 'latin1'));
    const io = captureIo();

    expect(await runCli(['import', folder, '--db', db], io)).toBe(0);

    const lines = io.out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^imported {2}.+a\.txt {2}→ #1 "Budget de Rouen"$/);
    expect(lines[1]).toMatch(
      /^duplicate .+b\.txt {2}= #1 "Budget de Rouen" \(same text, not imported again\)$/,
    );
    expect(lines[2]).toMatch(/^imported {2}.+c\.txt {2}→ #2 "Le cœur de la ville"$/);
    expect(lines[3]).toBe(
      '  warning: The file declares no encoding and is not UTF-8; it was read as windows-1252.',
    );
    expect(lines[4]).toBe('3 files: 2 imported, 1 already in the library, 0 failed.');
  }, 60_000);

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

  it('reads the workspace from PASSERELLE_DB when --db is absent', async () => {
    seedArticle('Le budget de Rouen', 'Le conseil municipal a voté.');
    const io = captureIo({ env: { PASSERELLE_DB: db } });
    expect(await runCli(['list', '--json'], io)).toBe(0);
    expect(JSON.parse(io.out)).toHaveLength(1);
  });

  it('exports the glossary as CSV to stdout or to --out', async () => {
    const store = openStore(db);
    try {
      await dispatch(coreContext(store), 'glossary.create', {
        label: 'place',
        frenchTerm: 'Pékin',
        englishTerm: 'Beijing',
      });
    } finally {
      store.close();
    }
    const toStdout = captureIo();
    expect(await runCli(['export', 'glossary', '--db', db], toStdout)).toBe(0);
    expect(toStdout.out).toBe(
      '\ufefffrench_term,english_term,label,status,note,mentions,french_variants,english_avoid,decision,wikidata_id,articles\r\n' +
        'Pékin,Beijing,place,draft,,0,,,translate,,0\r\n',
    );

    const out = join(dir, 'glossary.csv');
    const toFile = captureIo();
    expect(await runCli(['export', 'glossary', '--format', 'csv', '--out', out, '--db', db], toFile)).toBe(0);
    expect(toFile.out).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(toStdout.out);
  });

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

  it('serves web mode until shutdown, printing one JSON line', async () => {
    let shutdown = (): void => {};
    const stopped = new Promise<void>((resolve) => {
      shutdown = resolve;
    });
    let announce = (_line: string): void => {};
    const announced = new Promise<string>((resolve) => {
      announce = resolve;
    });
    const io = captureIo({ untilShutdown: () => stopped });
    const exit = runCli(['serve', '--json', '--port', '0', '--db', db], {
      ...io,
      stdout: (text) => announce(text),
    });

    const line = await announced;
    expect(line.endsWith('\n')).toBe(true);
    const { url, port, token } = JSON.parse(line) as { url: string; port: number; token: string };
    expect(url).toBe(`http://127.0.0.1:${port}/#token=${token}`);
    const res = await fetch(`http://127.0.0.1:${port}/api/articles.list`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(await res.json()).toEqual([]);

    shutdown();
    expect(await exit).toBe(0);
    await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow();
  });
});
