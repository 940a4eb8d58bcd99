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
