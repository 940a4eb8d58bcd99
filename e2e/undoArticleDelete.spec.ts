import type { Page } from '@playwright/test';
import { expect, seedArticle, test, type WebServer } from './fixtures';
import { ArticlePage } from './pages/ArticlePage';
import { LibraryPage } from './pages/LibraryPage';

/// Imports the seed article, marks "Pékin" in it, then deletes it from the library (the dialog
/// saying it can be undone) and waits for the empty library.
async function deleteAnnotatedArticle(
  page: Page,
  server: WebServer,
): Promise<{ library: LibraryPage; article: ArticlePage }> {
  const library = new LibraryPage(page);
  const article = new ArticlePage(page);
  await library.openCorpusArticle(server.url, 'seed-h200-chine.fr.txt', seedArticle);
  await article.select('Pékin', 0);
  await page.keyboard.press('3');
  await expect(article.annotation('Pékin')).toHaveCount(1);
  await article.waitUntilSaved();

  await library.openFromHeader();
  await library
    .article(seedArticle)
    .getByRole('button', { name: /^Delete “/ })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Delete this article?' });
  await expect(dialog).toContainText('You can undo this with Ctrl+Z');
  await dialog.getByRole('button', { name: 'Delete article' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/No articles yet/)).toBeVisible();
  return { library, article };
}

test('undoes deleting an article from the library: it comes back with its annotation', async ({
  page,
  server,
}) => {
  const { library, article } = await deleteAnnotatedArticle(page, server);
  const undo = page.getByRole('button', { name: /^Undo/ });
  await expect(undo).toHaveAccessibleName(/^Undo: Delete article “/);

  await page.keyboard.press('Control+z');
  await expect(library.article(seedArticle)).toHaveCount(1);
  await expect(page.getByText(/No articles yet/)).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Redo: Delete article “/ })).toBeEnabled();

  await library.openArticle(seedArticle);
  await expect(article.annotation('Pékin')).toHaveCount(1);
  await expect(article.entityRow('Pékin')).toBeVisible();
  // The step before the deletion, marking "Pékin", can be undone too.
  await expect(undo).toHaveAccessibleName(/Pékin/);
  await undo.click();
  await expect(article.annotation('Pékin')).toHaveCount(0);
});

test('redoing the deletion of the open article says it is gone, and undo brings it back', async ({
  page,
  server,
}) => {
  const { library, article } = await deleteAnnotatedArticle(page, server);
  await page.getByRole('button', { name: /^Undo: Delete article/ }).click();
  await library.openArticle(seedArticle);

  await page.getByRole('button', { name: /^Redo: Delete article/ }).click();
  await expect(page.getByRole('alert')).toContainText('The article could not be loaded');
  await page.keyboard.press('Control+z');
  await expect(article.annotation('Pékin')).toHaveCount(1);
  await expect(page.getByRole('alert')).toHaveCount(0);
});
