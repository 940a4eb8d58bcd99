import { defineConfig } from '@playwright/test';

/// End-to-end tests: the real UI in Debian's Chromium, served by web mode (one server and one
/// fresh workspace per test, see e2e/fixtures.ts). Needs `npx electron-vite build` first.
export default defineConfig({
  testDir: 'e2e',
  testMatch: '*.spec.ts',
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    headless: true,
    viewport: { width: 1360, height: 900 },
    locale: 'en-GB',
    acceptDownloads: true,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.PASSERELLE_CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--no-sandbox',
        '--disable-gpu',
      ],
    },
  },
});
