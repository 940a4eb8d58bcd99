import { expect, test } from './fixtures';
import { ArticlePage } from './pages/ArticlePage';
import { LibraryPage } from './pages/LibraryPage';

interface ArticleJson {
  readonly id: number;
  readonly text: string;
}

interface AnnotationJson {
  readonly start: number;
  readonly end: number;
  readonly quote: string;
}

test('marks a name deep in a long article, whose editor groups paragraphs into sections', async ({
  page,
  server,
}) => {
  const paragraphs = Array.from(
    { length: 120 },
    (_, i) =>
      `Paragraphe ${i + 1} : la délégation de ${i === 99 ? 'Montbéliard' : 'la région'} s’est réunie.`,
  );
  const library = new LibraryPage(page);
  const article = new ArticlePage(page);
  await library.open(server.url);
  await library.chooseFiles([
    {
      name: 'long.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(`Un long article\n\n${paragraphs.join('\n\n')}`),
    },
  ]);
  await library.openArticle(/Un long article/);
  await expect(page.locator('.article-text .article-section')).toHaveCount(4);

  await article.select('Montbéliard');
  await page.keyboard.press('3');
  await expect(article.annotation('Montbéliard')).toHaveAttribute('data-label', 'place');
  await article.waitUntilSaved();

  await page.reload();
  await expect(article.annotation('Montbéliard')).toHaveAttribute('data-label', 'place');
  const [summary] = await server.call<readonly { id: number }[]>('articles.list', {});
  const { text } = await server.call<ArticleJson>('articles.get', { id: summary!.id });
  const [stored] = await server.call<readonly AnnotationJson[]>('annotations.list', {
    articleId: summary!.id,
  });
  expect(text.slice(stored!.start, stored!.end)).toBe('Montbéliard');
  expect(stored!.quote).toBe('Montbéliard');
});
