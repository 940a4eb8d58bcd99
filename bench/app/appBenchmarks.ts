import react from '@vitejs/plugin-react';
import { chromium, type Browser, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { startWebServer } from '../../electron/web/startWebServer';
import { pairedRounds, type PairedFigure, type RoundCounts } from '../stats';
import { startBareServer } from './bareServer';
import { benchMarkKey, benchMarkLabel } from './bareRoutes';
import type { BareBench } from './bare/page';
import type { PaintCondition, PaintProbe } from './paintProbe';
import { seedWorkspace, type SeededWorkspace } from './seedWorkspace';

/// The figures the app benchmarks measure, each against its bare baseline.
export interface AppFigures {
  readonly markPainted: PairedFigure;
  readonly saved: PairedFigure;
  readonly undoPainted: PairedFigure;
  readonly textPainted: PairedFigure;
  readonly suggestionsDrawn: PairedFigure;
}

/// The size of the benchmark's workspace and how many rounds to count.
export interface AppBenchSettings {
  readonly words: number;
  readonly annotations: number;
  readonly glossarySize: number;
  readonly markRounds: RoundCounts;
  readonly openRounds: RoundCounts;
  readonly log: (message: string) => void;
}

const root = resolve(import.meta.dirname, '../..');
const waitMs = 30_000;

/// The app's mark of the benchmark's label, and the bare page's `strong` mark.
const appMark = `.article-text .annotation[data-label="${benchMarkLabel}"]`;
const bareMark = '.article-text strong';
const saved = '.save-status-saved';

async function buildPages(outDir: string): Promise<{ renderer: string; bare: string; probe: string }> {
  const renderer = join(outDir, 'renderer');
  const bare = join(outDir, 'bare');
  const probe = join(outDir, 'probe');
  // The renderer exactly as `npm run web` builds it (electron.vite.config.ts), from the sources of this run.
  await build({
    configFile: false,
    root: join(root, 'renderer'),
    plugins: [react()],
    logLevel: 'warn',
    build: { outDir: renderer, emptyOutDir: true, chunkSizeWarningLimit: 4096 },
  });
  await build({
    configFile: false,
    root: resolve(import.meta.dirname, 'bare'),
    logLevel: 'warn',
    build: { outDir: bare, emptyOutDir: true },
  });
  // The probe alone, as one classic script the runner adds to the app's page before it loads.
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: probe,
      emptyOutDir: true,
      lib: {
        entry: resolve(import.meta.dirname, 'paintProbe.ts'),
        formats: ['iife'],
        name: 'paintProbeScript',
        fileName: () => 'probe.js',
      },
    },
  });
  return { renderer, bare, probe: join(probe, 'probe.js') };
}

/// Counts the page's API requests still in flight, so a round starts only once the previous
/// action's saves and refreshes are over.
function trackRequests(page: Page): () => Promise<void> {
  let inFlight = 0;
  const counted = (url: string) => url.includes('/api/') || url.includes('/bare/');
  page.on('request', (request) => {
    if (counted(request.url())) inFlight += 1;
  });
  const done = (request: { url(): string }) => {
    if (counted(request.url())) inFlight -= 1;
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return async () => {
    const deadline = Date.now() + waitMs;
    let quietSince = Date.now();
    while (Date.now() < deadline) {
      if (inFlight > 0) quietSince = Date.now();
      else if (Date.now() - quietSince > 150) break;
      await new Promise((wake) => setTimeout(wake, 25));
    }
    // Two frames, so whatever the last answer changed has been painted too.
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(null)))),
    );
  };
}

/// Collects garbage in the page (the browser runs with `--expose-gc`), so neither side pays for the other's.
async function collectGarbage(page: Page): Promise<void> {
  await page.evaluate(() => {
    const gc: unknown = Reflect.get(window, 'gc');
    if (typeof gc === 'function') gc();
  });
}

async function arm(
  page: Page,
  conditions: readonly PaintCondition[],
  startOn: 'keydown' | 'click',
): Promise<void> {
  await collectGarbage(page);
  await page.evaluate(([wanted, on]) => (Reflect.get(window, 'paintProbe') as PaintProbe).arm(wanted, on), [
    conditions,
    startOn,
  ] as const);
}

function measured(page: Page): Promise<Record<string, number>> {
  return page.evaluate((ms) => (Reflect.get(window, 'paintProbe') as PaintProbe).result(ms), waitMs);
}

/// Focuses the article text and selects the probe span with a DOM selection, as a drag would;
/// ProseMirror reads it on the following `selectionchange`.
async function selectProbe(page: Page, seeded: SeededWorkspace): Promise<void> {
  await page.evaluate(({ block, start, end }) => {
    const editor = document.querySelector<HTMLElement>('.article-text')!;
    const element = editor.querySelectorAll('p, h1, h2, h3, h4, h5, h6')[block]!;
    element.scrollIntoView({ block: 'center' });
    editor.focus({ preventScroll: true });
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let offset = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.nodeValue?.length ?? 0;
      if (offset <= start && start <= offset + length) range.setStart(node, start - offset);
      if (offset < end && end <= offset + length) {
        range.setEnd(node, end - offset);
        break;
      }
      offset += length;
    }
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, seeded.probeInBlock);
}

async function openApp(page: Page, seeded: SeededWorkspace, idle: () => Promise<void>) {
  await page.evaluate(() => {
    location.hash = '#/';
  });
  await page.getByRole('link', { name: seeded.title }).waitFor();
  await idle();
  await arm(
    page,
    [
      { name: 'text', selector: '.article-text p', want: 'present' },
      { name: 'suggestions', selector: '.article-text .suggestion', want: 'present' },
    ],
    'click',
  );
  await page.getByRole('link', { name: seeded.title }).click();
  const times = await measured(page);
  await idle();
  return { textPainted: times.text!, suggestionsDrawn: times.suggestions! };
}

async function openBare(page: Page, idle: () => Promise<void>) {
  await page.evaluate(() => (Reflect.get(window, 'bareBench') as BareBench).close());
  await idle();
  await arm(page, [{ name: 'text', selector: '.article-text p', want: 'present' }], 'click');
  await page.click('#open');
  const times = await measured(page);
  await idle();
  // Suggestions are measured against the same bare open.
  return { textPainted: times.text!, suggestionsDrawn: times.text! };
}

/// One mark and its undo: the key press to the mark painted and to "Saved" shown, then Ctrl+Z
/// to the mark gone; `waitForSelection` says when the editor has taken the selection.
async function markAndUndo(
  page: Page,
  seeded: SeededWorkspace,
  mark: string,
  idle: () => Promise<void>,
  waitForSelection: () => Promise<void>,
) {
  await selectProbe(page, seeded);
  await waitForSelection();
  await idle();
  await arm(
    page,
    [
      { name: 'mark', selector: mark, want: 'present' },
      { name: 'saved', selector: saved, want: 'present', afterChange: true },
    ],
    'keydown',
  );
  await page.keyboard.press(benchMarkKey);
  const marked = await measured(page);
  await idle();
  await arm(page, [{ name: 'undo', selector: mark, want: 'absent' }], 'keydown');
  await page.keyboard.press('Control+z');
  const undone = await measured(page);
  await idle();
  return { markPainted: marked.mark!, saved: marked.saved!, undoPainted: undone.undo! };
}

async function launch(): Promise<Browser> {
  return chromium.launch({
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
}

/// Drives the real app in Chromium through web mode, on a workspace seeded through the core, and
/// the bare pages beside it in the same browser, in paired rounds.
export async function appBenchmarks(settings: AppBenchSettings): Promise<AppFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'passerelle-app-bench-'));
  try {
    const pages = await buildPages(dir);
    const seeded = seedWorkspace(dir, settings.words, settings.annotations, settings.glossarySize);
    const web = await startWebServer({ ctx: seeded.ctx, rendererDir: pages.renderer });
    const bareServer = await startBareServer(pages.bare, seeded.ctx, join(dir, 'rows.sqlite'));
    const browser = await launch();
    try {
      const viewport = { width: 1360, height: 900 };
      const app = await browser.newPage({ viewport, locale: 'en-GB' });
      const bare = await browser.newPage({ viewport, locale: 'en-GB' });
      await app.addInitScript({ path: pages.probe });
      const appIdle = trackRequests(app);
      const bareIdle = trackRequests(bare);
      await app.goto(web.url);
      await bare.goto(`${bareServer.origin}/#article=${seeded.articleId}`);
      settings.log(
        `app: ${settings.words} words, ${settings.annotations} annotations, ${settings.glossarySize} glossary entries`,
      );

      const open = await pairedRounds(
        settings.openRounds,
        () => openBare(bare, bareIdle),
        () => openApp(app, seeded, appIdle),
      );
      // The app's page stays on the article (the last open); the bare page has its editor mounted.
      const marking = await pairedRounds(
        settings.markRounds,
        () =>
          markAndUndo(bare, seeded, bareMark, bareIdle, () =>
            bare
              .evaluate(
                () =>
                  new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(null)))),
              )
              .then(() => undefined),
          ),
        () => markAndUndo(app, seeded, appMark, appIdle, () => app.locator('.label-toolbar').waitFor()),
      );
      return { ...open, ...marking };
    } finally {
      await browser.close();
      await bareServer.close();
      await web.close();
      seeded.ctx.store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
