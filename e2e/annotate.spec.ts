import { readFile } from 'node:fs/promises';
import { corpusFile, expect, seedArticle, test } from './fixtures';
import { ArticlePage } from './pages/ArticlePage';
import { LibraryPage } from './pages/LibraryPage';

interface ArticleJson {
  readonly id: number;
  readonly text: string;
}

interface AnnotationJson {
  readonly start: number;
  readonly end: number;
  readonly label: string;
  readonly quote: string;
}

test('imports two articles through the file chooser and lists both', async ({ page, server }) => {
  const library = new LibraryPage(page);
  await library.open(server.url);
  await expect(page.getByText(/No articles yet/)).toBeVisible();

  await library.importFiles([
    corpusFile('seed-h200-chine.fr.txt'),
    corpusFile('reacteur-flamanville.fr.html'),
  ]);

  await expect(library.importResults.getByRole('listitem')).toHaveCount(2);
  await expect(library.importResults.getByText('Imported', { exact: true })).toHaveCount(2);
  await expect(library.articles.getByRole('listitem')).toHaveCount(2);
  await expect(library.article(/Flamanville/i)).toBeVisible();
  await expect(library.article(seedArticle)).toBeVisible();
});

test('imports a file dropped on the library and reports a file it cannot read', async ({ page, server }) => {
  const library = new LibraryPage(page);
  await library.open(server.url);
  const seed = await readFile(corpusFile('seed-h200-chine.fr.txt'), 'base64');
  const dataTransfer = await page.evaluateHandle((seedBase64) => {
    const transfer = new DataTransfer();
    const bytes = Uint8Array.from(atob(seedBase64), (char) => char.charCodeAt(0));
    transfer.items.add(new File([bytes], 'seed-h200-chine.fr.txt', { type: 'text/plain' }));
    transfer.items.add(new File(['%PDF-1.7'], 'notes.pdf', { type: 'application/pdf' }));
    return transfer;
  }, seed);
  const dropZone = page.getByRole('region', { name: 'Library' });
  await dropZone.dispatchEvent('dragover', { dataTransfer });
  await dropZone.dispatchEvent('drop', { dataTransfer });

  await expect(library.importResults.getByRole('listitem')).toHaveCount(2);
  await expect(library.importResults.getByRole('listitem').filter({ hasText: 'notes.pdf' })).toContainText(
    'Unsupported file format',
  );
  await expect(library.articles.getByRole('listitem')).toHaveCount(1);
});

test('marks entities by key and toolbar, names them in English, and keeps them after a reload', async ({
  page,
  server,
}) => {
  const library = new LibraryPage(page);
  const article = new ArticlePage(page);
  await library.openCorpusArticle(server.url, 'seed-h200-chine.fr.txt', seedArticle);

  await article.select('DeepSeek');
  await page.keyboard.press('2');
  await expect(article.annotation('DeepSeek')).toHaveAttribute('data-label', 'organisation');
  await article.setEnglishTerm('DeepSeek', 'DeepSeek');

  await article.select('Jensen Huang');
  await article.toolbar.getByRole('button', { name: /Person/ }).click();
  await expect(article.annotation('Jensen Huang')).toHaveAttribute('data-label', 'person');

  await article.select('Pékin');
  await page.keyboard.press('3');
  await expect(article.annotation('Pékin')).toHaveAttribute('data-label', 'place');
  await article.setEnglishTerm('Pékin', 'Beijing');
  await article.waitUntilSaved();

  await page.reload();
  await expect(article.text).toBeVisible();
  await expect(article.annotation('DeepSeek')).toHaveAttribute('data-label', 'organisation');
  await expect(article.annotation('Jensen Huang')).toHaveAttribute('data-label', 'person');
  await expect(article.annotation('Pékin')).toHaveAttribute('data-label', 'place');
  await expect(article.englishTerm('DeepSeek')).toHaveValue('DeepSeek');
  await expect(article.englishTerm('Pékin')).toHaveValue('Beijing');
  await expect(article.englishTerm('Jensen Huang')).toHaveValue('');

  const [summary] = await server.call<readonly ArticleJson[]>('articles.list', {});
  const stored = await server.call<ArticleJson>('articles.get', { id: summary!.id });
  const annotations = await server.call<readonly AnnotationJson[]>('annotations.list', {
    articleId: summary!.id,
  });
  expect(
    annotations.map((annotation) => ({
      label: annotation.label,
      text: stored.text.slice(annotation.start, annotation.end),
    })),
  ).toEqual([
    { label: 'place', text: 'Pékin' },
    { label: 'organisation', text: 'DeepSeek' },
    { label: 'person', text: 'Jensen Huang' },
  ]);
});

test('marks and removes an entity with the keyboard alone, under the strict CSP', async ({
  page,
  server,
}) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    // Only real violations: Chromium also warns that frame-ancestors is ignored in a meta tag (the header enforces it).
    if (/Refused to/i.test(message.text())) violations.push(message.text());
  });
  const library = new LibraryPage(page);
  const article = new ArticlePage(page);
  await library.openCorpusArticle(server.url, 'seed-h200-chine.fr.txt', seedArticle);

  await article.placeCaretBefore('Tencent');
  for (let i = 0; i < 'Tencent'.length; i += 1) await page.keyboard.press('Shift+ArrowRight');
  await expect(article.toolbar).toBeVisible();
  await page.keyboard.press('2');
  await expect(article.annotation('Tencent')).toHaveAttribute('data-label', 'organisation');
  await expect(article.toolbar).toBeHidden();

  await page.keyboard.type('xyz');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Enter');
  await expect(article.text).toContainText('Alibaba et Tencent. Au total');

  await page.getByRole('button', { name: 'Tencent', exact: true }).click();
  await expect(article.annotation('Tencent')).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('Escape');
  await expect(article.annotation('Tencent')).not.toHaveAttribute('aria-current', 'true');

  await page.getByRole('button', { name: 'Tencent', exact: true }).press('Enter');
  await expect(article.annotation('Tencent')).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('Backspace');
  await expect(article.annotation('Tencent')).toHaveCount(0);
  await article.waitUntilSaved();
  expect(violations).toEqual([]);
});
