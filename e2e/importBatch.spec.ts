import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { corpusFile, expect, test } from './fixtures';
import { LibraryPage } from './pages/LibraryPage';

function corpusPayload(name: string) {
  return { name, mimeType: 'application/octet-stream', buffer: readFileSync(corpusFile(name)) };
}

/// Holds the `held`-th (1-based) `articles.import` request until `release` is called, and
/// records the file names each request carried, so a test can look at a batch mid-way without
/// waiting on time.
async function holdImportRequest(page: Page, held: number) {
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const sentFiles: string[][] = [];
  await page.route('**/api/articles.import', async (route) => {
    const body = route.request().postDataJSON() as { files: { name: string }[] };
    sentFiles.push(body.files.map((file) => file.name));
    if (sentFiles.length === held) await gate;
    await route.continue();
  });
  return { release, sentFiles };
}

test('imports several files one at a time with progress, reports the bad one, and the good ones open', async ({
  page,
  server,
}) => {
  const library = new LibraryPage(page);
  await library.open(server.url);
  const { release, sentFiles } = await holdImportRequest(page, 2);

  await library.chooseFiles([
    corpusPayload('seed-h200-chine.fr.txt'),
    corpusPayload('reacteur-flamanville.fr.html'),
    { name: 'vide.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
    corpusPayload('budget-rouen.fr.cp1252.txt'),
  ]);
  await expect(library.progress).toHaveAccessibleName('Importing 2 of 4: reacteur-flamanville.fr.html');
  await expect(library.progress).toHaveAttribute('aria-valuenow', '1');
  await expect(library.progress).toHaveAttribute('aria-valuemax', '4');
  await expect(page.getByRole('button', { name: 'Cancel import' })).toBeEnabled();
  release();

  await expect(library.importResults).toBeVisible();
  await expect(library.progress).toHaveCount(0);
  expect(sentFiles).toEqual([
    ['seed-h200-chine.fr.txt'],
    ['reacteur-flamanville.fr.html'],
    ['vide.txt'],
    ['budget-rouen.fr.cp1252.txt'],
  ]);
  await expect(library.importResults.getByRole('status')).toHaveText('3 imported · 1 failed');
  await expect(library.result('vide.txt')).toContainText('Failed');
  await expect(library.result('vide.txt')).toContainText('The file is empty');
  await expect(library.articles.getByRole('listitem')).toHaveCount(3);

  await library.result('reacteur-flamanville.fr.html').getByRole('link', { name: 'Open' }).click();
  await expect(page.getByRole('textbox', { name: 'Article text' })).toContainText('Flamanville');
  await page.getByRole('link', { name: 'Back to library' }).click();
  await expect(library.importResults).toBeVisible();
  await library.result('budget-rouen.fr.cp1252.txt').getByRole('link', { name: 'Open' }).click();
  await expect(page.getByRole('textbox', { name: 'Article text' })).toContainText('Rouen');
  await expect(page.getByRole('definition').filter({ hasText: 'windows-1252' })).toBeVisible();
});

test('cancels a batch after the current file and says which files were not imported', async ({
  page,
  server,
}) => {
  const library = new LibraryPage(page);
  await library.open(server.url);
  const { release, sentFiles } = await holdImportRequest(page, 1);

  await library.chooseFiles([
    corpusFile('seed-h200-chine.fr.txt'),
    corpusFile('reacteur-flamanville.fr.html'),
    corpusFile('budget-rouen.fr.cp1252.txt'),
  ]);
  await expect(library.progress).toHaveAccessibleName('Importing 1 of 3: seed-h200-chine.fr.txt');
  await page.getByRole('button', { name: 'Cancel import' }).click();
  await expect(page.getByRole('button', { name: 'Stopping after this file…' })).toBeDisabled();
  release();

  await expect(library.importResults.getByRole('status')).toHaveText(
    '1 imported · 2 not imported (cancelled)',
  );
  await expect(library.result('reacteur-flamanville.fr.html')).toContainText('Not imported');
  await expect(library.result('budget-rouen.fr.cp1252.txt')).toContainText('the import was cancelled');
  expect(sentFiles).toEqual([['seed-h200-chine.fr.txt']]);
  await expect(library.articles.getByRole('listitem')).toHaveCount(1);
});

test('reports a duplicate and imports it anyway when asked', async ({ page, server }) => {
  const library = new LibraryPage(page);
  await library.open(server.url);
  await library.importFiles([corpusFile('seed-h200-chine.fr.txt')]);
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(library.importResults).toHaveCount(0);

  await library.importFiles([corpusFile('seed-h200-chine.fr.txt')]);
  const line = library.result('seed-h200-chine.fr.txt');
  await expect(line).toContainText('Duplicate');
  await expect(line).toContainText('Already in the library as');
  await expect(library.articles.getByRole('listitem')).toHaveCount(1);

  await line.getByRole('button', { name: 'Import anyway' }).click();
  await expect(line).toContainText('Imported');
  await expect(library.articles.getByRole('listitem')).toHaveCount(2);
});

test('refuses a file over 20 MB in the browser, without sending it, and imports the rest', async ({
  page,
  server,
}) => {
  const library = new LibraryPage(page);
  await library.open(server.url);
  const { sentFiles } = await holdImportRequest(page, 0);
  const dataTransfer = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(
      new File([new Uint8Array(21 * 1024 * 1024).fill(97)], 'enorme.txt', { type: 'text/plain' }),
    );
    transfer.items.add(new File(['Un court article sur la Loire.\n\nIl pleut à Nantes.'], 'court.txt'));
    return transfer;
  });
  const dropZone = page.getByRole('region', { name: 'Library' });
  await dropZone.dispatchEvent('dragover', { dataTransfer });
  await dropZone.dispatchEvent('drop', { dataTransfer });

  await expect(library.result('enorme.txt')).toContainText('The file is too large');
  await expect(library.result('enorme.txt')).toContainText('21 MB, over the 20 MB import limit');
  await expect(library.result('court.txt')).toContainText('Imported');
  expect(sentFiles).toEqual([['court.txt']]);
});

test('imports 500 dropped files one by one while the library stays usable', async ({ page, server }) => {
  test.setTimeout(300_000);
  const library = new LibraryPage(page);
  await library.open(server.url);
  const dataTransfer = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    for (let index = 1; index <= 500; index += 1) {
      const text = `Dépêche numéro ${index}\n\nLe préfet a publié le bulletin ${index} sur la crue de la Seine à Paris.`;
      transfer.items.add(
        new File([text], `depeche-${String(index).padStart(3, '0')}.txt`, { type: 'text/plain' }),
      );
    }
    return transfer;
  });
  const dropZone = page.getByRole('region', { name: 'Library' });
  await dropZone.dispatchEvent('dragover', { dataTransfer });
  await dropZone.dispatchEvent('drop', { dataTransfer });

  await expect(library.progress).toHaveAttribute('aria-valuemax', '500');
  await page.getByRole('button', { name: 'Paste article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste an article' });
  await dialog.getByLabel('Article text').fill('Un texte tapé pendant l’import.');
  await expect(dialog.getByLabel('Article text')).toHaveValue('Un texte tapé pendant l’import.');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(library.progress).toBeVisible();

  await expect(library.importResults.getByRole('status')).toHaveText('500 imported', { timeout: 240_000 });
  await expect(library.articles.getByRole('listitem')).toHaveCount(500);
});
