import { expect, seedArticle, test } from './fixtures';
import { ArticlePage } from './pages/ArticlePage';
import { LibraryPage } from './pages/LibraryPage';

interface AnnotationJson {
  readonly label: string;
  readonly quote: string;
}

test('annotates with the keyboard alone: marks, steps between annotations, relabels and deletes', async ({
  page,
  server,
}) => {
  const library = new LibraryPage(page);
  const article = new ArticlePage(page);
  await library.openCorpusArticle(server.url, 'seed-h200-chine.fr.txt', seedArticle);

  await article.selectWithKeys('DeepSeek');
  await page.keyboard.press('2');
  await expect(article.annotation('DeepSeek')).toHaveAttribute('data-label', 'organisation');
  await article.selectWithKeys('Tencent');
  await page.keyboard.press('2');
  await expect(article.annotation('Tencent')).toHaveAttribute('data-label', 'organisation');

  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Alt+ArrowRight');
  await expect(article.annotation('DeepSeek')).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('Alt+ArrowRight');
  await expect(article.annotation('Tencent')).toHaveAttribute('aria-current', 'true');
  await expect(article.annotation('DeepSeek')).not.toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(article.annotation('DeepSeek')).toHaveAttribute('aria-current', 'true');

  await page.keyboard.press('1');
  await expect(article.annotation('DeepSeek')).toHaveAttribute('data-label', 'person');
  await expect(article.selectedMention.getByLabel('Label', { exact: true })).toHaveValue('person');

  await page.keyboard.press('Alt+ArrowRight');
  await expect(article.annotation('Tencent')).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('Delete');
  await expect(article.annotation('Tencent')).toHaveCount(0);
  await article.waitUntilSaved();

  await page.reload();
  await expect(article.annotation('DeepSeek')).toHaveAttribute('data-label', 'person');
  await expect(article.annotation('Tencent')).toHaveCount(0);
  const [summary] = await server.call<readonly { id: number }[]>('articles.list', {});
  const stored = await server.call<readonly AnnotationJson[]>('annotations.list', { articleId: summary!.id });
  expect(stored.map(({ label, quote }) => ({ label, quote }))).toEqual([
    { label: 'person', quote: 'DeepSeek' },
  ]);
});
