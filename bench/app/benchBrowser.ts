import react from '@vitejs/plugin-react';
import { chromium, type Browser, type Page } from '@playwright/test';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import type { PaintCondition, PaintProbe } from './paintProbe';

// What every benchmark driving pages in Chromium shares: building the pages, launching the
// browser, waiting for a page to be idle and timing a user's action to its paint.

const root = resolve(import.meta.dirname, '../..');
/// How long a benchmark waits for a page to answer or paint.
export const waitMs = 30_000;

/// Builds, into `outDir`, the renderer exactly as `npm run web` builds it, the bare page of
/// `bareRoot` and the paint probe as one classic script.
export async function buildBenchPages(
  outDir: string,
  bareRoot: string,
): Promise<{ renderer: string; bare: string; probe: string }> {
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
    root: bareRoot,
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
export function trackRequests(page: Page): () => Promise<void> {
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
export async function collectGarbage(page: Page): Promise<void> {
  await page.evaluate(() => {
    const gc: unknown = Reflect.get(window, 'gc');
    if (typeof gc === 'function') gc();
  });
}

export async function arm(
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

export function measured(page: Page): Promise<Record<string, number>> {
  return page.evaluate((ms) => (Reflect.get(window, 'paintProbe') as PaintProbe).result(ms), waitMs);
}

/// Chromium as every browser benchmark runs it: Debian's, quiet, with `gc` exposed.
export async function launch(): Promise<Browser> {
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
