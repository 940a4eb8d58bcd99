import type { Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Segment } from '../../shared/domain';
import { dispatch } from '../../electron/core/dispatch';
import { startWebServer } from '../../electron/web/startWebServer';
import { arm, buildBenchPages, launch, measured, trackRequests } from '../app/benchBrowser';
import { startBareServer } from '../app/bareServer';
import { seedWorkspace } from '../app/seedWorkspace';
import { pairedRounds, type PairedFigure, type RoundCounts } from '../stats';
import type { BareTranslation } from './bare/page';

/// The figures of the translation view, each against its bare baseline.
export interface TranslationViewFigures {
  readonly segments: number;
  /// Opening the view to its first rows painted, against a bare mount of the same rows.
  readonly opened: PairedFigure;
  /// A character typed in a target segment to its QA painted, against a bare textarea's input.
  readonly typed: PairedFigure;
  /// Ctrl+Enter to the next segment's field focused and painted.
  readonly confirmed: PairedFigure;
  /// Ctrl+Enter to the next segment's field focused: the confirm's own work, before any paint
  /// (the value counts: ≤ 16 ms, one frame).
  readonly moved: PairedFigure;
}

/// The size of the workspace and how many rounds to count.
export interface TranslationViewSettings {
  readonly words: number;
  readonly annotations: number;
  readonly glossarySize: number;
  readonly openRounds: RoundCounts;
  readonly keyRounds: RoundCounts;
  readonly log: (message: string) => void;
}

// The target the measured segment starts with: typing a space after it doubles the space, which
// the QA reports at once; the bare field shows its length as an attribute.
const startTarget = 'The quick ';
// Longer than the app's debounce of a target's save, so a round's save is over before the next.
const saveSettleMs = 700;

const appRow = (id: number) => `.segment-row:has(#segment-number-${id})`;
const bareRow = (index: number) => `.bare-row:nth-child(${index + 1})`;

async function settle(page: Page, idle: () => Promise<void>): Promise<void> {
  await page.waitForTimeout(saveSettleMs);
  await idle();
}

/// Times, in the page, a key press to the next focus move (the handler's own work before any
/// paint): read with `focusMovedAfter`.
async function timeFocusMove(page: Page): Promise<void> {
  await page.evaluate(() => {
    const marks: { down?: number; moved?: number } = {};
    Reflect.set(window, 'focusMove', marks);
    window.addEventListener('keydown', (event) => (marks.down = event.timeStamp), {
      capture: true,
      once: true,
    });
    document.addEventListener('focusin', () => (marks.moved = performance.now()), {
      capture: true,
      once: true,
    });
  });
}

async function focusMovedAfter(page: Page): Promise<number> {
  return page.evaluate(() => {
    const marks = Reflect.get(window, 'focusMove') as { down?: number; moved?: number };
    if (marks.down === undefined || marks.moved === undefined) throw new Error('the focus did not move');
    return marks.moved - marks.down;
  });
}

async function focusAtEnd(page: Page, selector: string): Promise<void> {
  await page.locator(selector).evaluate((field: HTMLTextAreaElement) => {
    field.scrollIntoView({ block: 'center' });
    field.focus({ preventScroll: true });
    field.setSelectionRange(field.value.length, field.value.length);
  });
}

/// Drives the real translation view in Chromium through web mode, on the benchmark article split
/// into segments, and a bare page of the same rows beside it, in paired rounds.
export async function translationViewBenchmarks(
  settings: TranslationViewSettings,
): Promise<TranslationViewFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'passerelle-translation-bench-'));
  try {
    const pages = await buildBenchPages(dir, resolve(import.meta.dirname, 'bare'));
    const seeded = seedWorkspace(dir, settings.words, settings.annotations, settings.glossarySize);
    const { ctx, articleId } = seeded;
    // English terms for every entry, so the term check has work to do on every mention.
    ctx.store.exec("UPDATE glossary_entries SET english_term = french_term || ' EN'");
    const segments: readonly Segment[] = await dispatch(ctx, 'translation.segment', { articleId });
    const index = Math.floor(segments.length / 2);
    const probe = segments[index]!;
    const next = segments[index + 1]!;
    await dispatch(ctx, 'segments.update', { id: probe.id, target: startTarget });
    const web = await startWebServer({ ctx, rendererDir: pages.renderer });
    const bareServer = await startBareServer(pages.bare, ctx, join(dir, 'rows.sqlite'));
    const browser = await launch();
    try {
      const viewport = { width: 1360, height: 900 };
      const app = await browser.newPage({ viewport, locale: 'en-GB' });
      const bare = await browser.newPage({ viewport, locale: 'en-GB' });
      await app.addInitScript({ path: pages.probe });
      const appIdle = trackRequests(app);
      const bareIdle = trackRequests(bare);
      await app.goto(web.url);
      await bare.goto(`${bareServer.origin}/#article=${articleId}`);
      settings.log(
        `translation view: ${settings.words} words, ${segments.length} segments, ${settings.annotations} annotations`,
      );

      const openApp = async () => {
        await app.evaluate(() => {
          location.hash = '#/';
        });
        await app.getByRole('link', { name: seeded.title }).waitFor();
        await appIdle();
        await app.evaluate((href) => {
          const link = document.createElement('a');
          link.id = 'bench-open';
          link.href = href;
          link.textContent = 'Translate';
          document.body.append(link);
        }, `#/articles/${articleId}/translate`);
        await arm(app, [{ name: 'opened', selector: '.segment-row', want: 'present' }], 'click');
        await app.click('#bench-open');
        const times = await measured(app);
        await app.evaluate(() => document.getElementById('bench-open')?.remove());
        await appIdle();
        return { opened: times.opened! };
      };
      const openBare = async () => {
        await bare.evaluate(() => (Reflect.get(window, 'bareTranslation') as BareTranslation).close());
        await bareIdle();
        await arm(bare, [{ name: 'opened', selector: '.bare-row', want: 'present' }], 'click');
        await bare.click('#open');
        const times = await measured(bare);
        await bareIdle();
        return { opened: times.opened! };
      };
      const open = await pairedRounds(settings.openRounds, openBare, openApp);

      // The app stays on the view (the last open); the bare page has its rows mounted.
      const appField = `${appRow(probe.id)} textarea`;
      const bareField = `${bareRow(index)} textarea`;
      const typeApp = async () => {
        await focusAtEnd(app, appField);
        await appIdle();
        await arm(
          app,
          [
            {
              name: 'typed',
              selector: `${appRow(probe.id)} .segment-issue[data-code="doubleSpace"]`,
              want: 'present',
            },
          ],
          'keydown',
        );
        await app.keyboard.press('Space');
        const typed = await measured(app);
        await app.keyboard.press('Backspace');
        await settle(app, appIdle);
        await focusAtEnd(app, appField);
        await arm(
          app,
          [{ name: 'confirmed', selector: `${appRow(next.id)} textarea:focus`, want: 'present' }],
          'keydown',
        );
        await timeFocusMove(app);
        await app.keyboard.press('Control+Enter');
        const confirmed = await measured(app);
        const moved = await focusMovedAfter(app);
        await settle(app, appIdle);
        return { typed: typed.typed!, confirmed: confirmed.confirmed!, moved };
      };
      const typeBare = async () => {
        await focusAtEnd(bare, bareField);
        await bareIdle();
        const length = startTarget.length + 1;
        await arm(
          bare,
          [{ name: 'typed', selector: `${bareField}[data-chars="${length}"]`, want: 'present' }],
          'keydown',
        );
        await bare.keyboard.press('Space');
        const typed = await measured(bare);
        await bare.keyboard.press('Backspace');
        await focusAtEnd(bare, bareField);
        await arm(
          bare,
          [{ name: 'confirmed', selector: `${bareRow(index + 1)} textarea:focus`, want: 'present' }],
          'keydown',
        );
        await timeFocusMove(bare);
        await bare.keyboard.press('Control+Enter');
        const confirmed = await measured(bare);
        return { typed: typed.typed!, confirmed: confirmed.confirmed!, moved: await focusMovedAfter(bare) };
      };
      const keys = await pairedRounds(settings.keyRounds, typeBare, typeApp);
      return { segments: segments.length, ...open, ...keys };
    } finally {
      await browser.close();
      await bareServer.close();
      await web.close();
      ctx.store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
