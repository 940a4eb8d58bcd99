import { readFileSync } from 'node:fs';
import { corpusFile, expect, seedArticle, test } from './fixtures';
import { ArticlePage } from './pages/ArticlePage';
import { BackupsDialog } from './pages/BackupsDialog';
import { LibraryPage } from './pages/LibraryPage';

test('the header names the workspace after its file', async ({ page, server }) => {
  const library = new LibraryPage(page);
  const backups = new BackupsDialog(page);
  await library.open(server.url);
  // The fixture's workspace is Enquete-puces.sqlite.
  await expect(backups.workspaceName).toHaveText('Workspace: Enquete-puces');
  await backups.open();
  await expect(backups.dialog).toContainText('No backup yet.');
});

test('backs up, deletes the marked article, restores the backup: the article and its mark are back', async ({
  page,
  server,
}) => {
  const library = new LibraryPage(page);
  const article = new ArticlePage(page);
  const backups = new BackupsDialog(page);
  // Seeded through the API (an import through the page is another spec's subject).
  await server.call('articles.importText', {
    content: readFileSync(corpusFile('seed-h200-chine.fr.txt'), 'utf8'),
    format: 'text',
  });
  await library.open(server.url);
  await library.openArticle(seedArticle);
  await article.select('Pékin', 0);
  await page.keyboard.press('3');
  await expect(article.annotation('Pékin')).toHaveCount(1);
  await article.waitUntilSaved();

  await backups.open();
  await backups.backUpNow(1);
  await expect(backups.rows.first()).toContainText('on request');
  await expect(backups.rows.first()).toContainText(/\d+ kB/);
  await backups.close();

  await library.openFromHeader();
  await library
    .article(seedArticle)
    .getByRole('button', { name: /^Delete “/ })
    .click();
  await page
    .getByRole('dialog', { name: 'Delete this article?' })
    .getByRole('button', { name: 'Delete article' })
    .click();
  await expect(page.getByText(/No articles yet/)).toBeVisible();

  await backups.open();
  await backups.restore(0);
  await expect(library.article(seedArticle)).toHaveCount(1);
  await library.openArticle(seedArticle);
  await expect(article.annotation('Pékin')).toHaveCount(1);

  // The content the restore replaced was backed up first.
  await backups.open();
  await expect(backups.rows).toHaveCount(2);
  await expect(backups.rows.first()).toContainText('before a restore');
});
