import path from 'node:path';
import { expect, projectRoot, seedArticle, test } from './fixtures';
import { ArticlePage } from './pages/ArticlePage';
import { LibraryPage } from './pages/LibraryPage';

test('saves a screenshot of an annotated article for the README', async ({ page, server }) => {
  const library = new LibraryPage(page);
  const article = new ArticlePage(page);
  await library.openCorpusArticle(server.url, 'seed-h200-chine.fr.txt', seedArticle);

  const marks: readonly [string, string, string][] = [
    ['Pékin', '3', 'Beijing'],
    ['DeepSeek', '2', 'DeepSeek'],
    ['H200', '4', 'H200'],
    ['NVIDIA', '2', 'Nvidia'],
    ['ByteDance', '2', 'ByteDance'],
    ['Alibaba', '2', ''],
  ];
  for (const [french, key, english] of marks) {
    await article.select(french);
    await page.keyboard.press(key);
    await expect(article.annotation(french).first()).toBeVisible();
    if (english) await article.setEnglishTerm(french, english);
  }
  await article.waitUntilSaved();
  await article.select('Tencent');
  await page.screenshot({ path: path.join(projectRoot, 'docs/screenshot.png') });
});
