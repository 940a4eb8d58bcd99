import { chromium } from '@playwright/test';
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { build } from 'vite';
import { articleText } from '../shared/articleText';
import { foldWithMap } from '../shared/matching/foldWithMap';
import { coreContext } from '../electron/core/coreContext';
import { dispatch } from '../electron/core/dispatch';
import { storeArticle } from '../electron/core/articles/articles';
import { openStore } from '../electron/core/store/openStore';
import type { EditorBench } from './editor/page';
import { appBenchmarks, type AppFigures } from './app/appBenchmarks';
import {
  translationViewBenchmarks,
  type TranslationViewFigures,
} from './translation/translationViewBenchmarks';
import { claimsBenchmarks, type ClaimsFigures } from './claims/claimsBenchmarks';
import { datasetBenchmarks, type DatasetFigures } from './dataset/datasetBenchmarks';
import { segmentsBenchmarks, type SegmentsFigures } from './segments/segmentsBenchmarks';
import { importBenchmarks, importFormats, type ImportFigures } from './import/importBenchmarks';
import { segmentationBenchmarks, type SegmentationFigures } from './segmentation/segmentationBenchmarks';
import { benchNames, generateArticle, glossaryTerm, seededRandom } from './generateArticle';
import { median, pairedRounds } from './stats';

/// One benchmark's outcome, as `npm run bench -- --json` prints it (DESIGN.md §3).
interface BenchResult {
  readonly name: string;
  readonly value: number;
  readonly unit: 'ms' | 'MB';
  readonly baseline: number;
  /// For the editor and app benchmarks, the median of the rounds' own ratios (see `pairedRounds`);
  /// for suggestions, value / baseline.
  readonly ratio: number;
  /// For the editor and app benchmarks, the lower and upper quartiles of the rounds' ratios: how much
  /// the machine's noise moved them.
  readonly ratioQuartiles?: readonly [number, number];
  /// The ceiling: on `ratio` for editor, app and import benchmarks, on `value` for suggestions (ms)
  /// and the import's peak memory (MB).
  readonly target: number;
  readonly targetOn: 'ratio' | 'value';
}

const words = 60_000;
const annotationCount = 5_000;
const glossarySize = 10_000;
const rounds = 21;
const importCount = 1000;
const editorRounds = { rounds, warmUpRounds: 3 };
const json = process.argv.includes('--json');
/// `--only=editor`, `--only=suggestions`, `--only=app`, `--only=import`, `--only=dataset`,
/// `--only=claims`, `--only=segmentation`, `--only=segments` or `--only=translation` runs one
/// group of benchmarks.
const only = process.argv.find((argument) => argument.startsWith('--only='))?.slice('--only='.length);
const runs = (
  group:
    | 'editor'
    | 'suggestions'
    | 'app'
    | 'import'
    | 'dataset'
    | 'claims'
    | 'segmentation'
    | 'segments'
    | 'translation',
) => only === undefined || only === group;

function log(message: string): void {
  if (!json) process.stderr.write(message + '\n');
}

async function serve(dir: string): Promise<{ server: Server; url: string }> {
  const types: Record<string, string> = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.css': 'text/css',
  };
  const server = createServer((request, response) => {
    const path = normalize(join(dir, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)));
    const file = path.endsWith('/') || path === dir ? join(dir, 'index.html') : path;
    if (!file.startsWith(dir)) return void response.writeHead(403).end();
    response.setHeader('Content-Type', types[extname(file)] ?? 'application/octet-stream');
    createReadStream(file)
      .on('error', () => response.writeHead(404).end())
      .pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { server, url: `http://127.0.0.1:${port}/` };
}

async function editorBenchmarks(): Promise<BenchResult[]> {
  const outDir = mkdtempSync(join(tmpdir(), 'passerelle-bench-'));
  try {
    await build({
      root: resolve(import.meta.dirname, 'editor'),
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
    });
    const { server, url } = await serve(outDir);
    const browser = await chromium.launch({
      executablePath: process.env.PASSERELLE_CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--no-sandbox',
        '--disable-gpu',
        '--js-flags=--expose-gc',
      ],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(url);
      await page.waitForFunction(() => 'editorBench' in window);
      const sizes = await page.evaluate(
        ([w, a]) => (Reflect.get(window, 'editorBench') as EditorBench).setup(w, a),
        [words, annotationCount] as const,
      );
      log(`editor: ${words} words, ${sizes.characters} characters, ${sizes.annotations} annotations`);
      // Each function runs in the page, where `window.editorBench` is the benchmark page's API.
      const { mount: open } = await pairedRounds(
        editorRounds,
        async () => ({
          mount: await page.evaluate(() => (Reflect.get(window, 'editorBench') as EditorBench).mountBare()),
        }),
        async () => ({
          mount: await page.evaluate(() => (Reflect.get(window, 'editorBench') as EditorBench).mountFull()),
        }),
      );
      const iterations = 1000;
      const { step: annotate } = await pairedRounds(
        editorRounds,
        async () => ({
          step: await page.evaluate(
            (count) => (Reflect.get(window, 'editorBench') as EditorBench).annotateUndoBare(count),
            iterations,
          ),
        }),
        async () => ({
          step: await page.evaluate(
            (count) => (Reflect.get(window, 'editorBench') as EditorBench).annotateUndoFull(count),
            iterations,
          ),
        }),
      );
      return [
        {
          name: 'annotate and undo one span (60,000 words, 5,000 annotations)',
          ...annotate,
          unit: 'ms',
          target: 1.5,
          targetOn: 'ratio',
        },
        {
          name: 'open the article with every annotation drawn',
          ...open,
          unit: 'ms',
          target: 2.5,
          targetOn: 'ratio',
        },
      ];
    } finally {
      await browser.close();
      server.close();
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

async function suggestionBenchmark(): Promise<BenchResult> {
  const ctx = coreContext(openStore(':memory:'));
  const doc = generateArticle(words);
  const articleId = storeArticle(ctx, 'bench.txt', {
    title: 'Benchmark',
    byline: null,
    publishedAt: null,
    sourceUrl: null,
    siteName: null,
    language: 'fr',
    encoding: 'utf-8',
    doc,
  });
  const random = seededRandom(7);
  const insert = ctx.store.transaction(() => {
    for (const name of benchNames)
      dispatch(ctx, 'glossary.create', { label: 'organisation', frenchTerm: name });
    for (let i = benchNames.length; i < glossarySize; i++) {
      void dispatch(ctx, 'glossary.create', {
        label: 'organisation',
        frenchTerm: `${glossaryTerm(random)} ${i}`,
      });
    }
  });
  insert();
  const text = articleText(doc);
  const times: number[] = [];
  const folds: number[] = [];
  let found = 0;
  for (let round = 0; round < rounds; round++) {
    let start = performance.now();
    found = (await dispatch(ctx, 'suggestions.list', { articleId })).length;
    times.push(performance.now() - start);
    start = performance.now();
    foldWithMap(text);
    folds.push(performance.now() - start);
  }
  ctx.store.close();
  log(`suggestions: ${glossarySize} entries, ${found} suggestions`);
  const value = median(times);
  const baseline = median(folds);
  return {
    name: 'suggestions for that article against 10,000 glossary entries (baseline: folding its text once)',
    value,
    baseline,
    unit: 'ms',
    ratio: value / baseline,
    target: 200,
    targetOn: 'value',
  };
}

function met(result: BenchResult): boolean {
  return (result.targetOn === 'ratio' ? result.ratio : result.value) <= result.target;
}

/// Three significant digits, so sub-millisecond figures stay readable.
function figure(ms: number): string {
  return ms.toPrecision(3);
}

function quartiles(result: BenchResult): string {
  const range = result.ratioQuartiles;
  return range ? `, half the rounds ${range[0].toFixed(2)}–${range[1].toFixed(2)}` : '';
}

function report(result: BenchResult): void {
  if (json) {
    process.stdout.write(JSON.stringify(result) + '\n');
    return;
  }
  const goal = result.targetOn === 'ratio' ? `ratio ≤ ${result.target}` : `≤ ${result.target} ${result.unit}`;
  process.stdout.write(
    `${met(result) ? 'met   ' : 'MISSED'}  ${result.name}\n        ${figure(result.value)} ${result.unit} against ${figure(result.baseline)} ${result.unit} baseline (medians): ratio ${result.ratio.toFixed(2)}${quartiles(result)} (target ${goal})\n`,
  );
}

/// The app benchmarks' rows: each figure of the real app in web mode against its bare baseline.
function appResults(figures: AppFigures): BenchResult[] {
  const row = (name: string, figure: keyof AppFigures, target: number): BenchResult => ({
    name,
    ...figures[figure],
    unit: 'ms',
    target,
    targetOn: 'ratio',
  });
  return [
    row(
      'app: key press to the mark painted (baseline: a bare ProseMirror page adding a mark)',
      'markPainted',
      2,
    ),
    row(
      'app: key press to "Saved" shown (baseline: a bare fetch POST inserting one row with better-sqlite3)',
      'saved',
      2,
    ),
    row('app: Ctrl+Z to the mark gone (baseline: a bare editor removing the mark)', 'undoPainted', 2),
    row(
      'app: opening the article to its text painted (baseline: a bare page fetching the article JSON and mounting an editor)',
      'textPainted',
      2,
    ),
    row(
      'app: opening the article to its suggestions drawn (baseline: the same bare open)',
      'suggestionsDrawn',
      3,
    ),
  ];
}

/// The import benchmark's rows: each format's import against the bare insert, and peak memory.
function importResults(figures: ImportFigures, count: number): BenchResult[] {
  const formats = Object.keys(importFormats) as (keyof typeof importFormats)[];
  return [
    ...formats.map((format): BenchResult => ({
      name: `import: ${count.toLocaleString('en')} generated ${format} articles (baseline: a bare better-sqlite3 insert of the same texts in one transaction)`,
      ...figures.formats[format],
      unit: 'ms',
      target: importFormats[format],
      targetOn: 'ratio',
    })),
    {
      name: 'import: peak resident memory of the importing process (baseline: its memory before importing)',
      value: figures.peakMb,
      baseline: figures.startMb,
      ratio: figures.peakMb / figures.startMb,
      unit: 'MB',
      target: 500,
      targetOn: 'value',
    },
  ];
}

/// The dataset benchmark's rows at one size: JSONL export and import against their bare
/// baselines, and how far the export's peak memory grew (each measured in a fresh process).
function datasetResults(figures: DatasetFigures): BenchResult[] {
  const size = figures.annotations.toLocaleString('en');
  return [
    {
      name: `dataset: JSONL export of ${size} annotations (baseline: JSON.stringify of the same rows, read whole, written to a file line by line)`,
      ...figures.exportJsonl,
      unit: 'ms',
      target: 1.3,
      targetOn: 'ratio',
    },
    {
      name: `dataset: peak resident memory growth of a process exporting ${size} annotations as JSONL (baseline: the same for the JSON.stringify export)`,
      value: figures.exportMemory.appMb,
      baseline: figures.exportMemory.bareMb,
      ratio: figures.exportMemory.appMb / figures.exportMemory.bareMb,
      unit: 'MB',
      target: 100,
      targetOn: 'value',
    },
    {
      name: `dataset: JSONL import of ${size} annotations into an empty workspace, reading the file (baseline: reading and parsing it, then a bare better-sqlite3 insert of the same article and span rows in one transaction)`,
      ...figures.importJsonl,
      unit: 'ms',
      target: 2,
      targetOn: 'ratio',
    },
  ];
}

/// The claims benchmark's row: the Claims view's list of every claim against a bare SELECT.
function claimsResults(figures: ClaimsFigures): BenchResult[] {
  return [
    {
      name: `claims: claims.list of ${figures.claims.toLocaleString('en')} reviewed claims, the Claims view's first answer (baseline: a bare better-sqlite3 SELECT of the same joined rows)`,
      ...figures.list,
      unit: 'ms',
      target: 3,
      targetOn: 'ratio',
    },
  ];
}

/// The segmentation benchmark's row: cutting the article into sentence segments against
/// Intl.Segmenter over the same text, line by line.
function segmentationResults(figures: SegmentationFigures): BenchResult[] {
  return [
    {
      name: `segmentation: segmentSentences over a generated ${figures.words.toLocaleString('en')}-word French article, ${figures.segments.toLocaleString('en')} segments (baseline: Intl.Segmenter's French sentences over the same text, line by line)`,
      ...figures.cut,
      unit: 'ms',
      target: 3,
      targetOn: 'ratio',
    },
  ];
}

/// The segments benchmark's rows: listing a long article's segments and saving one keystroke.
function segmentsResults(figures: SegmentsFigures, keystrokes: number): BenchResult[] {
  const article = `${figures.words.toLocaleString('en')} words, ${figures.segments.toLocaleString('en')} segments`;
  return [
    {
      name: `segments: segments.list of an article of ${article} (baseline: a bare better-sqlite3 SELECT of the same rows)`,
      ...figures.list,
      unit: 'ms',
      target: 3,
      targetOn: 'ratio',
    },
    {
      name: `segments: ${keystrokes} segments.update saves of a typed target, each its own undo step (baseline: as many bare better-sqlite3 UPDATEs of the target)`,
      ...figures.update,
      unit: 'ms',
      target: 3,
      targetOn: 'ratio',
    },
  ];
}

/// The translation view's rows: opening it and typing against bare rows, and confirm-and-next.
function translationResults(figures: TranslationViewFigures): BenchResult[] {
  const view = `${figures.segments.toLocaleString('en')} segments`;
  return [
    {
      name: `translation: opening the translation view of ${view} to its first rows painted (baseline: a bare page fetching the segments and mounting two plain columns)`,
      ...figures.opened,
      unit: 'ms',
      target: 2.5,
      targetOn: 'ratio',
    },
    {
      name: 'translation: a character typed in a target segment to its QA painted (baseline: a bare textarea input event painted)',
      ...figures.typed,
      unit: 'ms',
      target: 2,
      targetOn: 'ratio',
    },
    {
      name: 'translation: Ctrl+Enter, confirm and the next segment focused, the handler’s work before the paint, median (reference: a bare page moving the focus)',
      ...figures.moved,
      unit: 'ms',
      target: 16,
      targetOn: 'value',
    },
    {
      name: 'translation: Ctrl+Enter to the next segment focused and painted (baseline: a bare page moving the focus, painted)',
      ...figures.confirmed,
      unit: 'ms',
      target: 2,
      targetOn: 'ratio',
    },
  ];
}

const results: BenchResult[] = [];
const reported = (found: readonly BenchResult[]) => {
  for (const result of found) {
    report(result);
    results.push(result);
  }
};
if (runs('editor')) reported(await editorBenchmarks());
if (runs('suggestions')) reported([await suggestionBenchmark()]);
if (runs('app')) {
  const figures = await appBenchmarks({
    words,
    annotations: annotationCount,
    glossarySize,
    markRounds: { rounds: 15, warmUpRounds: 2 },
    openRounds: { rounds: 9, warmUpRounds: 2 },
    log,
  });
  reported(appResults(figures));
}
if (runs('import')) reported(importResults(await importBenchmarks(importCount, log), importCount));
if (runs('dataset')) {
  reported(datasetResults(await datasetBenchmarks(100, 100, { exportRounds: 9, importRounds: 5 }, log)));
  reported(datasetResults(await datasetBenchmarks(1000, 100, { exportRounds: 5, importRounds: 3 }, log)));
}
if (runs('claims')) reported(claimsResults(await claimsBenchmarks(200, 10, 11, log)));
if (runs('segmentation')) reported(segmentationResults(segmentationBenchmarks(words, rounds, log)));
if (runs('translation')) {
  const figures = await translationViewBenchmarks({
    words,
    annotations: annotationCount,
    glossarySize,
    openRounds: { rounds: 9, warmUpRounds: 2 },
    keyRounds: { rounds: 15, warmUpRounds: 2 },
    log,
  });
  reported(translationResults(figures));
}
if (runs('segments')) reported(segmentsResults(segmentsBenchmarks(words, 20, 21, log), 20));
process.exitCode = results.every(met) ? 0 : 1;
