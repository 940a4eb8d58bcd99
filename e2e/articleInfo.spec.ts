import { corpusFile, expect, seedArticle, test } from './fixtures';
import { LibraryPage } from './pages/LibraryPage';

test.beforeEach(async ({ page, server }) => {
  const library = new LibraryPage(page);
  await library.openCorpusArticle(server.url, 'seed-h200-chine.fr.txt', seedArticle);
});

test('edits an article’s title and publication date, kept after a reload', async ({ page }) => {
  const details = page.getByLabel('Article details', { exact: true });
  await expect(details).toContainText('seed-h200-chine.fr.txt');
  await page.getByRole('button', { name: 'Edit details' }).click();
  const form = page.getByRole('form', { name: 'Edit article details' });
  await form.getByLabel('Title').fill('Nvidia et la Chine : la puce H200');
  await form.getByLabel('Publication date').fill('2026-03-14');
  await form.getByRole('button', { name: 'Save details' }).click();
  await expect(form).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nvidia et la Chine : la puce H200');
  await expect(details).toContainText('March 14, 2026');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nvidia et la Chine : la puce H200');
  await expect(details).toContainText('March 14, 2026');
  await expect(page.getByRole('textbox', { name: 'Article text' })).toContainText('Pékin');
});

test('shows the store’s reason when a detail is refused, and keeps what was typed', async ({ page }) => {
  await page.getByRole('button', { name: 'Edit details' }).click();
  const form = page.getByRole('form', { name: 'Edit article details' });
  await form.getByLabel('Source URL').fill('javascript:alert(1)');
  await form.getByRole('button', { name: 'Save details' }).click();
  await expect(form.getByRole('alert')).toContainText('The details were not saved');
  await expect(form.getByRole('alert')).toContainText('Source URL: Invalid URL');
  await expect(form.getByLabel('Source URL')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByLabel('Source URL')).toHaveValue('javascript:alert(1)');
});

test('deletes an article from its page after confirmation', async ({ page }) => {
  const library = new LibraryPage(page);
  await page.getByRole('button', { name: 'Delete article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete this article?' });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Article text' })).toBeVisible();

  await page.getByRole('button', { name: 'Delete article' }).click();
  await dialog.getByRole('button', { name: 'Delete article' }).click();
  await expect(library.heading).toHaveText('Library');
  await expect(page.getByText(/No articles yet/)).toBeVisible();
});

test('deletes an article from the library after confirmation', async ({ page, server }) => {
  const library = new LibraryPage(page);
  await page.getByRole('link', { name: 'Back to library' }).click();
  await library.importFiles([corpusFile('reacteur-flamanville.fr.html')]);
  await expect(library.articles.getByRole('listitem')).toHaveCount(2);
  await library
    .article(/Flamanville/)
    .getByRole('button', { name: /^Delete “/ })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Delete this article?' });
  await expect(dialog).toContainText('You can undo this with Ctrl+Z');
  await dialog.getByRole('button', { name: 'Delete article' }).click();
  await expect(library.articles.getByRole('listitem')).toHaveCount(1);
  await expect(library.article(/Flamanville/)).toHaveCount(0);
  expect(await server.call<readonly unknown[]>('articles.list', {})).toHaveLength(1);
});
