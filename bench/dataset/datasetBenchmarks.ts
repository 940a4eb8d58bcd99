import Database from 'better-sqlite3';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { articleText } from '../../shared/articleText';
import { storeArticle } from '../../electron/core/articles/articles';
import { coreContext, type CoreContext } from '../../electron/core/coreContext';
import { writeDataset } from '../../electron/core/export/dataset/writeDataset';
import { importDatasetRecords } from '../../electron/core/import/dataset/importDataset';
import { readDatasetFile } from '../../electron/core/import/dataset/readDatasetFile';
import { openStore } from '../../electron/core/store/openStore';
import { generateArticle, generateSpans } from '../generateArticle';
import { median } from '../stats';

/// One figure: the app's time against its baseline in the same run.
export interface DatasetFigure {
  readonly value: number;
  readonly baseline: number;
  readonly ratio: number;
}

/// What the dataset benchmarks measured at one size.
export interface DatasetFigures {
  readonly annotations: number;
  readonly exportJsonl: DatasetFigure;
  /// How far the resident memory rose above where it was while the export ran (MB).
  readonly exportRssGrowthMb: number;
  readonly importJsonl: DatasetFigure;
}

const labels = ['person', 'organisation', 'place'];

// A workspace of `articles` generated articles with `perArticle` entity spans each, stored
// straight through SQL (setting up is not what is measured).
function seededWorkspace(path: string, articles: number, perArticle: number): CoreContext {
  const ctx = coreContext(openStore(path));
  const insert = ctx.store.prepare(
    `INSERT INTO annotations (article_id, start, end, kind, label, quote, prefix, suffix, created_at)
     VALUES (?, ?, ?, 'entity', ?, ?, '', '', '2026-12-02T00:00:00.000Z')`,
  );
  ctx.store.transaction(() => {
    for (let seed = 1; seed <= articles; seed += 1) {
      const doc = generateArticle(800, seed);
      const text = articleText(doc);
      const id = storeArticle(ctx, null, {
        title: `Article ${seed}`,
        byline: null,
        publishedAt: null,
        sourceUrl: null,
        siteName: null,
        language: 'fr',
        encoding: 'utf-8',
        doc,
      });
      generateSpans(text, perArticle).forEach((span, index) => {
        insert.run(id, span.start, span.end, labels[index % labels.length], text.slice(span.start, span.end));
      });
    }
  })();
  return ctx;
}

// The baseline export: the same rows read in two queries, one JSON.stringify per article, written
// to a file.
function bareExport(ctx: CoreContext, file: string): number {
  const start = performance.now();
  const articles = ctx.store
    .prepare('SELECT id, title, source_url, published_at, language, text FROM articles ORDER BY id')
    .all() as { id: number }[];
  const spans = ctx.store
    .prepare('SELECT article_id, start, end, label, kind, quote FROM annotations ORDER BY article_id, start')
    .all() as { article_id: number }[];
  const byArticle = new Map<number, unknown[]>();
  for (const span of spans) {
    const list = byArticle.get(span.article_id);
    if (list === undefined) byArticle.set(span.article_id, [span]);
    else list.push(span);
  }
  writeFileSync(
    file,
    articles
      .map((article) => `${JSON.stringify({ ...article, spans: byArticle.get(article.id) ?? [] })}\n`)
      .join(''),
  );
  return performance.now() - start;
}

// The app's export through a file sink that writes each piece as it comes, sampling memory.
function appExport(ctx: CoreContext, file: string): { ms: number; growthMb: number } {
  const before = process.memoryUsage.rss();
  let peak = before;
  const descriptor = openSync(file, 'w');
  const start = performance.now();
  try {
    writeDataset(ctx, 'jsonl', {}, { write: (chunk) => void writeSync(descriptor, chunk) }, () => {
      peak = Math.max(peak, process.memoryUsage.rss());
    });
  } finally {
    closeSync(descriptor);
  }
  return { ms: performance.now() - start, growthMb: (peak - before) / 1024 / 1024 };
}

// The baseline import: the same articles and spans into a bare table pair, one transaction.
function bareImport(dir: string, file: string): number {
  const lines = readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map(
      (line) =>
        JSON.parse(line) as {
          text: string;
          spans: { start: number; end: number; label: string; text: string }[];
        },
    );
  const db = new Database(join(dir, `bare-${Math.random()}.sqlite`));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(
    'CREATE TABLE articles (id INTEGER PRIMARY KEY, text TEXT); CREATE TABLE spans (article_id INTEGER, start INTEGER, end INTEGER, label TEXT, quote TEXT)',
  );
  const article = db.prepare('INSERT INTO articles (text) VALUES (?)');
  const span = db.prepare('INSERT INTO spans VALUES (?, ?, ?, ?, ?)');
  const start = performance.now();
  db.transaction(() => {
    for (const line of lines) {
      const id = Number(article.run(line.text).lastInsertRowid);
      for (const entry of line.spans) span.run(id, entry.start, entry.end, entry.label, entry.text);
    }
  })();
  const ms = performance.now() - start;
  db.close();
  return ms;
}

/// Exports `articles × perArticle` annotations as JSONL (medians of five rounds) against a bare JSON.stringify of the same
/// rows written to a file, with the export's memory growth; then imports that file into an empty
/// workspace against a bare insert of the same rows in one transaction.
export function datasetBenchmarks(
  articles: number,
  perArticle: number,
  log: (message: string) => void,
): DatasetFigures {
  const dir = mkdtempSync(join(tmpdir(), 'passerelle-dataset-bench-'));
  try {
    const ctx = seededWorkspace(join(dir, 'source.sqlite'), articles, perArticle);
    const file = join(dir, 'dataset.jsonl');
    bareExport(ctx, join(dir, 'warm.jsonl'));
    // Five alternating rounds, medians: one round of a few tens of milliseconds is noise.
    const bare: number[] = [];
    const app: { ms: number; growthMb: number }[] = [];
    for (let round = 0; round < 5; round += 1) {
      bare.push(bareExport(ctx, join(dir, 'bare.jsonl')));
      app.push(appExport(ctx, file));
    }
    const baselineExport = median(bare);
    const exported = {
      ms: median(app.map((run) => run.ms)),
      growthMb: Math.max(...app.map((run) => run.growthMb)),
    };
    ctx.store.close();
    const content = readFileSync(file, 'utf8');
    const target = coreContext(openStore(join(dir, 'target.sqlite')));
    const importStart = performance.now();
    const summary = importDatasetRecords(target, 'dataset.jsonl', readDatasetFile('dataset.jsonl', content));
    const importMs = performance.now() - importStart;
    target.store.close();
    const baselineImport = bareImport(dir, file);
    log(
      `dataset: ${summary.spansImported} spans over ${articles} articles, ${(content.length / 1024 / 1024).toFixed(1)} MB of JSONL`,
    );
    return {
      annotations: articles * perArticle,
      exportJsonl: { value: exported.ms, baseline: baselineExport, ratio: exported.ms / baselineExport },
      exportRssGrowthMb: exported.growthMb,
      importJsonl: { value: importMs, baseline: baselineImport, ratio: importMs / baselineImport },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
