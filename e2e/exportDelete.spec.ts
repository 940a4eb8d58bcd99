import { readFile } from 'node:fs/promises';
import { expect, seedArticle, test } from './fixtures';
import { ArticlePage } from './pages/ArticlePage';
import { LibraryPage } from './pages/LibraryPage';

test.beforeEach(async ({ page, server }) => {
  const library = new LibraryPage(page);
  const article = new ArticlePage(page);
  await library.openCorpusArticle(server.url, 'seed-h200-chine.fr.txt', seedArticle);
  await article.select('Pékin');
  await page.keyboard.press('3');
  await article.setEnglishTerm('Pékin', 'Beijing');
  await article.waitUntilSaved();
});

test('exports the glossary as a CSV file with the English terms', async ({ page }) => {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export glossary' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.csv$/);
  const csv = await readFile(await file.path(), 'utf8');
  const [header, ...rows] = csv.replace(/^\uFEFF/, '').split(/\r?\n/);
  expect(header).toMatch(/french/i);
  expect(header).toMatch(/english/i);
  expect(rows.some((row) => row.includes('Pékin') && row.includes('Beijing'))).toBe(true);
});

test('exports the glossary for a spreadsheet set to French when Excel (French) is chosen', async ({
  page,
}) => {
  await page.getByRole('combobox', { name: 'CSV for' }).selectOption({ label: 'Excel (French)' });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export glossary' }).click();
  const csv = await readFile(await (await download).path(), 'utf8');
  const [header, ...rows] = csv.replace(/^\uFEFF/, '').split('\r\n');
  expect(header).toMatch(/^french_term;english_term;label;/);
  expect(rows.some((row) => row.startsWith('Pékin;Beijing;place;'))).toBe(true);

  await page.reload();
  await expect(page.getByRole('combobox', { name: 'CSV for' })).toHaveValue('excel-fr');
});

test('deletes a clicked annotation with the Delete key, for good', async ({ page }) => {
  const article = new ArticlePage(page);
  await article.annotation('Pékin').click();
  await expect(article.annotation('Pékin')).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('Delete');
  await expect(article.annotation('Pékin')).toHaveCount(0);
  await expect(article.englishTerm('Pékin')).toHaveCount(0);
  await article.waitUntilSaved();

  await page.reload();
  await expect(article.text).toBeVisible();
  await expect(article.text.locator('.annotation')).toHaveCount(0);
});
