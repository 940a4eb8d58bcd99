import Database from 'better-sqlite3';
import { fork } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleText } from '../../shared/articleText';
import { foldText } from '../../shared/foldText';
import { storeArticle } from '../../electron/core/articles/articles';
import { coreContext, type CoreContext } from '../../electron/core/coreContext';
import { writeDataset } from '../../electron/core/export/dataset/writeDataset';
import { importDatasetRecords } from '../../electron/core/import/dataset/importDataset';
import { readDatasetFile } from '../../electron/core/import/dataset/readDatasetFile';
import { openStore } from '../../electron/core/store/openStore';
import { generateArticle, generateSpans } from '../generateArticle';
import { pairedSyncRounds, type PairedFigure } from '../stats';

/// One figure: the app's time against its baseline, over paired rounds in the same run.
export type DatasetFigure = PairedFigure;

/// How far a process's peak resident memory rose above where it was before an export (MB), for
/// the app's export and for the baseline's, each measured in a fresh process of its own.
export interface ExportMemory {
  readonly appMb: number;
  readonly bareMb: number;
}

/// What the dataset benchmarks measured at one size.
export interface DatasetFigures {
  readonly annotations: number;
  readonly exportJsonl: DatasetFigure;
  readonly exportMemory: ExportMemory;
  readonly importJsonl: DatasetFigure;
}

const labels = ['person', 'organisation', 'place'];

/// A workspace at `path` of `articles` generated articles with `perArticle` entity spans each,
/// every span linked to the glossary entry of its label and folded text (as marking leaves them,
/// half of them approved with an English term), stored straight through SQL: setting up is not
/// what is measured.
export function seedDatasetWorkspace(path: string, articles: number, perArticle: number): CoreContext {
  const ctx = coreContext(openStore(path));
  const insertSpan = ctx.store.prepare(
    `INSERT INTO annotations (article_id, start, end, kind, label, quote, prefix, suffix, glossary_entry_id, created_at)
     VALUES (?, ?, ?, 'entity', ?, ?, ?, ?, ?, '2026-12-02T00:00:00.000Z')`,
  );
  const insertEntry = ctx.store.prepare(
    `INSERT INTO glossary_entries (label, french_term, french_key, match_keys, english_term, english_key, status,
       source_article_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, '2026-12-02T00:00:00.000Z', '2026-12-02T00:00:00.000Z')`,
  );
  const entries = new Map<string, number>();
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
        const label = labels[index % labels.length] ?? 'person';
        const quote = text.slice(span.start, span.end);
        const key = foldText(quote);
        let entry = entries.get(`${label}\n${key}`);
        if (entry === undefined) {
          const approved = entries.size % 2 === 0;
          const english = approved ? `${quote} (en)` : '';
          entry = Number(
            insertEntry.run(
              label,
              quote,
              key,
              `\n${key}\n`,
              english,
              foldText(english),
              approved ? 'approved' : 'draft',
              id,
            ).lastInsertRowid,
          );
          entries.set(`${label}\n${key}`, entry);
        }
        insertSpan.run(
          id,
          span.start,
          span.end,
          label,
          quote,
          text.slice(Math.max(0, span.start - 32), span.start),
          text.slice(span.end, span.end + 32),
          entry,
        );
      });
    }
  })();
  return ctx;
}

/// The baseline export: the rows the export reads (articles; spans with their entries), each
/// query read whole, one JSON.stringify per article with its span rows, written line by line to
/// the file as the app's sink writes. `hold` keeps the rows alive until the file is written, as a
/// program building its output from `.all()` does (only the memory figure cares).
export function bareDatasetExport(ctx: CoreContext, file: string): number {
  const start = performance.now();
  const articles = ctx.store
    .prepare('SELECT id, title, source_url, published_at, language, text FROM articles ORDER BY id')
    .all() as { id: number }[];
  const spans = ctx.store
    .prepare(
      `SELECT a.article_id, a.id, a.start, a.end, a.kind, a.label, a.quote, a.prefix, a.suffix, a.created_at,
         a.author, g.id AS entry_id, g.french_term, g.english_term, g.wikidata_id, g.decision, g.status
       FROM annotations a LEFT JOIN glossary_entries g ON g.id = a.glossary_entry_id
       ORDER BY a.article_id, a.start, a.end DESC, a.id`,
    )
    .all() as { article_id: number }[];
  const byArticle = new Map<number, unknown[]>();
  for (const span of spans) {
    const list = byArticle.get(span.article_id);
    if (list === undefined) byArticle.set(span.article_id, [span]);
    else list.push(span);
  }
  const descriptor = openSync(file, 'w');
  try {
    for (const article of articles) {
      writeSync(descriptor, `${JSON.stringify({ ...article, spans: byArticle.get(article.id) ?? [] })}\n`);
    }
  } finally {
    closeSync(descriptor);
  }
  return performance.now() - start;
}

/// The app's JSONL export to a file, each piece written as it comes.
export function appDatasetExport(ctx: CoreContext, file: string): number {
  const descriptor = openSync(file, 'w');
  const start = performance.now();
  try {
    writeDataset(ctx, 'jsonl', {}, { write: (chunk) => void writeSync(descriptor, chunk) });
  } finally {
    closeSync(descriptor);
  }
  return performance.now() - start;
}

interface BareSpan {
  start: number;
  end: number;
  label: string;
  kind?: string;
  text?: string;
  english_term?: string;
  wikidata_id?: string | null;
  decision?: string;
  entry_status?: string;
}

// The baseline import: the file read and parsed line by line, then its rows (each article with
// its metadata, each span with its fields) inserted into a bare table pair of a new database, in
// one transaction, with the app's durability (WAL, synchronous=FULL).
function bareImport(dir: string, file: string, round: number): number {
  const db = new Database(join(dir, `bare-${round}.sqlite`));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(
    `CREATE TABLE articles (id INTEGER PRIMARY KEY, title TEXT, source_url TEXT, published_at TEXT, language TEXT, text TEXT);
     CREATE TABLE spans (article_id INTEGER, start INTEGER, end INTEGER, label TEXT, kind TEXT, quote TEXT,
       english_term TEXT, wikidata_id TEXT, decision TEXT, entry_status TEXT)`,
  );
  const article = db.prepare(
    'INSERT INTO articles (title, source_url, published_at, language, text) VALUES (?, ?, ?, ?, ?)',
  );
  const span = db.prepare('INSERT INTO spans VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const start = performance.now();
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map(
      (line) =>
        JSON.parse(line) as {
          text: string;
          meta: { title: string; source_url: string | null; published_at: string | null; language: string };
          spans: BareSpan[];
        },
    );
  db.transaction(() => {
    for (const line of lines) {
      const { meta } = line;
      const id = Number(
        article.run(meta.title, meta.source_url, meta.published_at, meta.language, line.text).lastInsertRowid,
      );
      for (const entry of line.spans) {
        span.run(
          id,
          entry.start,
          entry.end,
          entry.label,
          entry.kind ?? null,
          entry.text ?? null,
          entry.english_term ?? null,
          entry.wikidata_id ?? null,
          entry.decision ?? null,
          entry.entry_status ?? null,
        );
      }
    }
  })();
  const ms = performance.now() - start;
  db.close();
  return ms;
}

// The app's import of the file into a new, empty workspace (opened before the clock starts): the
// file read, parsed (`readDatasetFile`) and imported as `import-dataset` does, one undo step.
function appImport(dir: string, file: string, round: number): { ms: number; spans: number } {
  const target = coreContext(openStore(join(dir, `target-${round}.sqlite`)));
  const start = performance.now();
  const summary = importDatasetRecords(
    target,
    'dataset.jsonl',
    readDatasetFile('dataset.jsonl', readFileSync(file, 'utf8')),
  );
  const ms = performance.now() - start;
  target.store.close();
  return { ms, spans: summary.spansImported };
}

/// What `exportMemoryProcess.ts` answers: how far its peak resident memory rose during one export.
export interface ExportMemoryMessage {
  readonly growthMb: number;
}

// One export of the workspace at `path` in a fresh process (`exportMemoryProcess.ts`), so the
// figure is that export's own peak and not memory an earlier round left behind.
function exportMemoryOf(path: string, file: string, side: 'app' | 'bare'): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = fork(
      fileURLToPath(new URL('./exportMemoryProcess.ts', import.meta.url)),
      [path, file, side],
      {
        execArgv: ['--import', 'tsx'],
      },
    );
    let growth: number | undefined;
    child.on('message', (message: ExportMemoryMessage) => (growth = message.growthMb));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 && growth !== undefined
        ? resolve(growth)
        : reject(new Error(`The export memory process ended with ${code ?? 'a signal'}.`)),
    );
  });
}

/// At `articles × perArticle` annotations: the JSONL export against a baseline JSON.stringify of
/// the same rows written to a file (`exportRounds` paired rounds), the peak memory growth of each
/// in a fresh process, and the import of the app's file into an empty workspace against a bare
/// insert of the same rows in one transaction (`importRounds` paired rounds; both sides read and
/// parse the file).
export async function datasetBenchmarks(
  articles: number,
  perArticle: number,
  rounds: { readonly exportRounds: number; readonly importRounds: number },
  log: (message: string) => void,
): Promise<DatasetFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'passerelle-dataset-bench-'));
  try {
    const path = join(dir, 'source.sqlite');
    const ctx = seedDatasetWorkspace(path, articles, perArticle);
    const file = join(dir, 'dataset.jsonl');
    const exportJsonl = pairedSyncRounds(
      rounds.exportRounds,
      () => bareDatasetExport(ctx, join(dir, 'bare.jsonl')),
      () => appDatasetExport(ctx, file),
    );
    ctx.store.close();
    const exportMemory = {
      appMb: await exportMemoryOf(path, join(dir, 'memory-app.jsonl'), 'app'),
      bareMb: await exportMemoryOf(path, join(dir, 'memory-bare.jsonl'), 'bare'),
    };
    let spans = 0;
    const importJsonl = pairedSyncRounds(
      rounds.importRounds,
      (round) => bareImport(dir, file, round),
      (round) => {
        const imported = appImport(dir, file, round);
        spans = imported.spans;
        return imported.ms;
      },
    );
    log(
      `dataset: ${spans} spans over ${articles} articles, ${(readFileSync(file).length / 1024 / 1024).toFixed(1)} MB of JSONL; ` +
        `export peak memory growth ${exportMemory.appMb.toFixed(1)} MB (baseline ${exportMemory.bareMb.toFixed(1)} MB)`,
    );
    return { annotations: articles * perArticle, exportJsonl, exportMemory, importJsonl };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
