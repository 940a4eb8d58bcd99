import type { Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startWebServer } from '../../electron/web/startWebServer';
import { pairedRounds, type PairedFigure, type RoundCounts } from '../stats';
import { startBareServer } from './bareServer';
import { benchMarkKey, benchMarkLabel } from './bareRoutes';
import type { BareBench } from './bare/page';
import { arm, buildBenchPages, launch, measured, trackRequests } from './benchBrowser';
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

/// The app's mark of the benchmark's label, and the bare page's `strong` mark.
const appMark = `.article-text .annotation[data-label="${benchMarkLabel}"]`;
const bareMark = '.article-text strong';
const saved = '.save-status-saved';

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

/// Drives the real app in Chromium through web mode, on a workspace seeded through the core, and
/// the bare pages beside it in the same browser, in paired rounds.
export async function appBenchmarks(settings: AppBenchSettings): Promise<AppFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'passerelle-app-bench-'));
  try {
    const pages = await buildBenchPages(dir, resolve(import.meta.dirname, 'bare'));
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
