import { expect, seedArticle, test } from './fixtures';
import { ArticlePage } from './pages/ArticlePage';
import { LibraryPage } from './pages/LibraryPage';

test('undoes and redoes a mark across a reload, and a new action clears redo', async ({ page, server }) => {
  const library = new LibraryPage(page);
  const article = new ArticlePage(page);
  await library.openCorpusArticle(server.url, 'seed-h200-chine.fr.txt', seedArticle);
  const undo = page.getByRole('button', { name: /^Undo/ });
  const redo = page.getByRole('button', { name: /^Redo/ });

  await article.select('Pékin', 0);
  await page.keyboard.press('3');
  await expect(article.annotation('Pékin')).toHaveCount(1);
  await article.waitUntilSaved();
  await expect(undo).toHaveAccessibleName(/Pékin/);

  await page.reload();
  await expect(article.annotation('Pékin')).toHaveCount(1);
  await expect(undo).toBeEnabled();
  await page.keyboard.press('Control+z');
  await expect(article.annotation('Pékin')).toHaveCount(0);
  await expect(article.entityRow('Pékin')).toHaveCount(0);
  await expect(redo).toBeEnabled();
  await expect(redo).toHaveAccessibleName(/Pékin/);

  await page.keyboard.press('Control+Shift+Z');
  await expect(article.annotation('Pékin')).toHaveCount(1);
  await expect(article.entityRow('Pékin')).toBeVisible();
  await expect(redo).toBeDisabled();

  await undo.click();
  await expect(article.annotation('Pékin')).toHaveCount(0);
  await expect(redo).toBeEnabled();
  await article.select('DeepSeek');
  await page.keyboard.press('2');
  await expect(article.annotation('DeepSeek')).toHaveCount(1);
  await expect(redo).toBeDisabled();

  await page.reload();
  await expect(article.annotation('DeepSeek')).toHaveCount(1);
  await expect(article.annotation('Pékin')).toHaveCount(0);
});

test('leaves Ctrl+Z to the browser inside a text field', async ({ page, server }) => {
  const library = new LibraryPage(page);
  const article = new ArticlePage(page);
  await library.openCorpusArticle(server.url, 'seed-h200-chine.fr.txt', seedArticle);
  await article.select('Pékin', 0);
  await page.keyboard.press('3');
  await article.waitUntilSaved();

  await article.englishTerm('Pékin').click();
  await page.keyboard.type('Beijing');
  await page.keyboard.press('Control+z');
  await expect(article.annotation('Pékin')).toHaveCount(1);
});

test('names the step to undo and redo in French when the interface is French', async ({ page, server }) => {
  const library = new LibraryPage(page);
  const article = new ArticlePage(page);
  await library.openCorpusArticle(server.url, 'seed-h200-chine.fr.txt', seedArticle);
  await page.getByLabel('Language').selectOption('fr');

  await article.select('Pékin', 0);
  await page.keyboard.press('1');
  await article.waitUntilSaved();
  const undo = page.getByRole('button', { name: /^Annuler/ });
  await expect(undo).toHaveAccessibleName('Annuler : Marquer « Pékin » comme Personne');

  await undo.click();
  await expect(article.annotation('Pékin')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Rétablir/ })).toHaveAccessibleName(
    'Rétablir : Marquer « Pékin » comme Personne',
  );
});
