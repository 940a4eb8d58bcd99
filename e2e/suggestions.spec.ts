import { expect, seedArticle, test } from './fixtures';
import { ArticlePage } from './pages/ArticlePage';
import { LibraryPage } from './pages/LibraryPage';

test('accepts one suggestion with the keyboard and rejects another; both stay so after a reload', async ({
  page,
  server,
}) => {
  const library = new LibraryPage(page);
  const article = new ArticlePage(page);
  await library.openCorpusArticle(server.url, 'seed-h200-chine.fr.txt', seedArticle);

  await article.select('Pékin', 0);
  await page.keyboard.press('3');
  await expect(article.suggestion('Pékin')).toHaveCount(1);
  await article.select('DeepSeek', 0);
  await page.keyboard.press('2');
  await expect(article.suggestion('DeepSeek')).toHaveCount(1);
  await expect(page.getByRole('heading', { name: '2 suggestions' })).toBeVisible();

  // Keyboard: from the top, Alt+↓ reaches the first suggestion (the second "Pékin"), Enter accepts it.
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Alt+ArrowDown');
  await expect(article.suggestion('Pékin')).toHaveAttribute('aria-current', 'true');
  await expect(article.suggestionToolbar).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(article.annotation('Pékin')).toHaveCount(2);
  await expect(article.suggestion('Pékin')).toHaveCount(0);

  // Mouse: click the other suggestion, reject it from its toolbar.
  await article.suggestion('DeepSeek').click();
  await article.suggestionToolbar.getByRole('button', { name: /^Reject/ }).click();
  await expect(article.suggestion('DeepSeek')).toHaveCount(0);
  await expect(article.annotation('DeepSeek')).toHaveCount(1);
  await article.waitUntilSaved();

  await page.reload();
  await expect(article.annotation('Pékin')).toHaveCount(2);
  await expect(article.annotation('DeepSeek')).toHaveCount(1);
  await expect(article.entityRow('Pékin')).toContainText('2 mentions');
  await expect(article.text.locator('.suggestion')).toHaveCount(0);
  const [summary] = await server.call<readonly { id: number }[]>('articles.list', {});
  expect(await server.call<readonly unknown[]>('suggestions.list', { articleId: summary!.id })).toEqual([]);
});
