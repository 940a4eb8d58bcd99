import { expect, seedArticle, test } from './fixtures';
import { ArticlePage } from './pages/ArticlePage';
import { LibraryPage } from './pages/LibraryPage';

interface AnnotationJson {
  readonly label: string;
  readonly quote: string;
}

test('draws a mark before the store answers and takes it back, saying why, when the store refuses it', async ({
  page,
  server,
}) => {
  const library = new LibraryPage(page);
  const article = new ArticlePage(page);
  await library.openCorpusArticle(server.url, 'seed-h200-chine.fr.txt', seedArticle);

  await article.selectWithKeys('DeepSeek');
  await page.keyboard.press('2');
  await expect(article.annotation('DeepSeek')).toHaveCount(1);
  await article.waitUntilSaved();

  // The same span, the same label again: the store refuses it. Its answer is held back a moment,
  // so the mark is seen drawn before it.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/api/annotations.create', async (route) => {
    await held;
    await route.continue();
  });
  await article.selectWithKeys('DeepSeek');
  await page.keyboard.press('2');
  await expect(article.annotation('DeepSeek')).toHaveCount(2);
  await expect(article.saveStatus).toHaveText(/Saving/);
  release();

  await expect(article.annotation('DeepSeek')).toHaveCount(1);
  await expect(page.getByRole('alert')).toContainText(/Not saved: The selected text cannot be marked/);
  await expect(page.getByRole('alert')).toContainText(/already marked as Organisation/);
  await expect(article.saveStatus).toHaveText(/Not saved/);

  const [summary] = await server.call<readonly { id: number }[]>('articles.list', {});
  const stored = await server.call<readonly AnnotationJson[]>('annotations.list', { articleId: summary!.id });
  expect(stored.map(({ label, quote }) => ({ label, quote }))).toEqual([
    { label: 'organisation', quote: 'DeepSeek' },
  ]);

  // The next mark clears the message.
  await page.unroute('**/api/annotations.create');
  await article.selectWithKeys('Tencent');
  await page.keyboard.press('2');
  await article.waitUntilSaved();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('keeps a mark selected while the store answers for it: the selection follows it to its stored id', async ({
  page,
  server,
}) => {
  const library = new LibraryPage(page);
  const article = new ArticlePage(page);
  await library.openCorpusArticle(server.url, 'seed-h200-chine.fr.txt', seedArticle);
  await article.selectWithKeys('DeepSeek');
  await page.keyboard.press('2');
  await article.waitUntilSaved();

  // Tencent's answer is held back, so the step onto it lands on the mark drawn before the answer.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/api/annotations.create', async (route) => {
    await held;
    await route.continue();
  });
  await article.selectWithKeys('Tencent');
  await page.keyboard.press('2');
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Alt+ArrowRight');
  await page.keyboard.press('Alt+ArrowRight');
  await expect(article.annotation('Tencent')).toHaveAttribute('aria-current', 'true');
  release();
  await article.waitUntilSaved();
  await expect(article.annotation('Tencent')).not.toHaveAttribute('data-annotation-id', /^-/);
  await expect(article.annotation('Tencent')).toHaveAttribute('aria-current', 'true');
});
