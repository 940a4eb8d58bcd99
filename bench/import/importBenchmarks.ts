import Database from 'better-sqlite3';
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { coreContext } from '../../electron/core/coreContext';
import { importFileBytes } from '../../electron/core/import/importArticles';
import { closeParseWorkers, warmUpParseWorkers } from '../../electron/core/import/parseInWorker';
import { openStore } from '../../electron/core/store/openStore';
import { articleFile, generatedArticle, type ImportFormat } from './importFiles';
import { median } from '../stats';

/// The formats the import benchmark reads, each with its ratio target (issue 9).
export const importFormats = { txt: 3, md: 5, html: 20, docx: 20 } as const;
/// One format's figure: the import of every generated article against the bare insert.
export interface ImportFigure {
  readonly value: number;
  readonly baseline: number;
  readonly ratio: number;
}
/// What the import benchmarks measured: one figure per format and the process's peak memory (MB).
export interface ImportFigures {
  readonly formats: Record<keyof typeof importFormats, ImportFigure>;
  readonly peakMb: number;
  readonly startMb: number;
}

type Format = keyof typeof importFormats & ImportFormat;

// The baseline: the same texts into a fresh file of the same SQLite settings, one transaction.
function bareInsert(dir: string, texts: readonly string[]): number {
  const path = join(dir, `bare-${Math.random()}.sqlite`);
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE articles (id INTEGER PRIMARY KEY, title TEXT, text TEXT)');
  const insert = db.prepare('INSERT INTO articles (title, text) VALUES (?, ?)');
  const start = performance.now();
  db.transaction(() => {
    for (const text of texts) insert.run(text.slice(0, 80), text);
  })();
  const elapsed = performance.now() - start;
  db.close();
  rmSync(path, { force: true });
  return elapsed;
}

// The app's path: every file through the worker pool and the import service into a fresh workspace.
async function importAll(
  dir: string,
  format: Format,
  files: readonly Uint8Array[],
): Promise<{ ms: number; texts: string[] }> {
  const path = join(dir, `import-${format}-${Math.random()}.sqlite`);
  const ctx = coreContext(openStore(path));
  const start = performance.now();
  const outcomes = await Promise.all(
    files.map((bytes, index) => importFileBytes(ctx, `article-${index}.${format}`, bytes, false)),
  );
  const ms = performance.now() - start;
  const failed = outcomes.filter((outcome) => outcome.status !== 'imported');
  if (failed.length > 0)
    throw new Error(`${failed.length} ${format} files were not imported: ${JSON.stringify(failed[0])}`);
  const texts = (ctx.store.prepare('SELECT text FROM articles ORDER BY id').all() as { text: string }[]).map(
    (row) => row.text,
  );
  ctx.store.close();
  rmSync(path, { force: true });
  return { ms, texts };
}

/// Imports `count` generated articles of each format through the real import service (worker pool,
/// readers, storage) and, in the same run, inserts the same stored texts with bare better-sqlite3 in
/// one transaction (the median of five inserts around each import); also this process's peak
/// resident memory, so it runs in a process of its own (`importBenchmarks`).
export async function measureImports(count: number, log: (message: string) => void): Promise<ImportFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'passerelle-import-bench-'));
  const startMb = process.memoryUsage().rss / 1024 / 1024;
  try {
    warmUpParseWorkers();
    const articles = Array.from({ length: count }, (_, index) => generatedArticle(index + 1));
    const measure = async (format: Format): Promise<ImportFigure> => {
      const files = articles.map((generated) => articleFile(format, generated));
      // Warm-up: the workers load this format's reader before the clock starts.
      await importAll(dir, format, files.slice(0, 20));
      const { ms, texts } = await importAll(dir, format, files);
      const baseline = median(Array.from({ length: 5 }, () => bareInsert(dir, texts)));
      const megabytes = files.reduce((sum, file) => sum + file.length, 0) / 1024 / 1024;
      log(`import ${format}: ${count} files, ${megabytes.toFixed(1)} MB, ${ms.toFixed(0)} ms`);
      return { value: ms, baseline, ratio: ms / baseline };
    };
    const formats = {
      txt: await measure('txt'),
      md: await measure('md'),
      html: await measure('html'),
      docx: await measure('docx'),
    };
    return { formats, peakMb: process.resourceUsage().maxRSS / 1024, startMb };
  } finally {
    await closeParseWorkers();
    rmSync(dir, { recursive: true, force: true });
  }
}

/// Runs `measureImports` in a child process that loads only the importer, so the peak memory is the
/// import's own, not that of the editor benchmarks' Vite and Playwright loaded beside it.
export function importBenchmarks(count: number, log: (message: string) => void): Promise<ImportFigures> {
  const child = fork(fileURLToPath(new URL('./importProcess.ts', import.meta.url)), [String(count)], {
    execArgv: ['--import', 'tsx'],
  });
  return new Promise((resolve, reject) => {
    let figures: ImportFigures | null = null;
    child.on('message', (message: ImportProcessMessage) => {
      if ('log' in message) log(message.log);
      else figures = message.figures;
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (figures === null)
        reject(new Error(`The import benchmark process exited with ${code} before its figures.`));
      else resolve(figures);
    });
  });
}

/// What the import benchmark's process sends its parent: a progress line, or the figures at the end.
export type ImportProcessMessage = { readonly log: string } | { readonly figures: ImportFigures };
