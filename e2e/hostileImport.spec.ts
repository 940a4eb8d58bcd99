import { hostileCorpus, hostileMarker } from '../electron/core/import/hostile/hostileCorpus';
import { expect, test } from './fixtures';
import { LibraryPage } from './pages/LibraryPage';

// The core's hostile corpus, each page made unique (a case line of its own) so none is
// skipped as a duplicate of another whose tricks were all removed.
const hostileFiles = hostileCorpus.map(({ name, html }) => ({
  name: `${name.replace(/[^a-z0-9]+/gi, '-')}.html`,
  html: html.replace('<article>', `<article><p>Cas : ${name}.</p>`),
}));

test('opens hostile articles with nothing executed, no outside request and no navigation', async ({
  page,
  server,
}) => {
  test.setTimeout(180_000);
  const dialogs: string[] = [];
  const violations: string[] = [];
  const outsideRequests: string[] = [];
  const navigations: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (/Refused to/i.test(message.text())) violations.push(message.text());
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(`${server.origin}/`)) outsideRequests.push(request.url());
  });
  page.on('framenavigated', (frame) => {
    if (!frame.url().startsWith(`${server.origin}/`)) navigations.push(frame.url());
  });

  const library = new LibraryPage(page);
  await library.open(server.url);
  await library.chooseFiles(
    hostileFiles.map(({ name, html }) => ({
      name,
      mimeType: 'text/html',
      buffer: Buffer.from(html, 'utf8'),
    })),
  );
  await expect(library.importResults.getByRole('status')).toHaveText(`${hostileFiles.length} imported`, {
    timeout: 90_000,
  });

  for (const { name } of hostileFiles) {
    await library.result(name).getByRole('link', { name: 'Open' }).click();
    const text = page.getByRole('textbox', { name: 'Article text' });
    await expect(text).toContainText(hostileMarker);
    await expect(
      text.locator('script, iframe, img, svg, math, form, object, embed, style, video'),
    ).toHaveCount(0);
    for (const link of await text.locator('a').all()) {
      expect(await link.getAttribute('href')).toMatch(/^(https?:|mailto:)/);
    }
    // Hover and click inside the text, where handlers would have fired.
    await text.hover();
    await text.click({ position: { x: 5, y: 5 } });
    expect(await page.evaluate(() => Reflect.get(window, '__pwned'))).toBeUndefined();
    await page.getByRole('link', { name: 'Back to library' }).click();
    await expect(library.importResults).toBeVisible();
  }

  expect(dialogs).toEqual([]);
  expect(violations).toEqual([]);
  expect(outsideRequests).toEqual([]);
  expect(navigations).toEqual([]);
  expect(page.url().startsWith(`${server.origin}/`)).toBe(true);
});
