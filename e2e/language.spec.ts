import { corpusFile, expect, seedArticle, test } from './fixtures';
import { LibraryPage } from './pages/LibraryPage';

test('switches the interface to French, remembers it after a reload, and switches back', async ({
  page,
  server,
}) => {
  const library = new LibraryPage(page);
  await library.openCorpusArticle(server.url, 'seed-h200-chine.fr.txt', seedArticle);

  const legend = page.getByRole('region', { name: 'Labels' });
  await expect(legend).toContainText('Person');

  await page.getByLabel('Language').selectOption('fr');
  const legendFr = page.getByRole('region', { name: 'Étiquettes' });
  for (const name of ['Personne', 'Organisation', 'Lieu', 'Produit', 'Événement', 'Autre']) {
    await expect(legendFr.getByText(name, { exact: true })).toBeVisible();
  }
  await expect(page.getByRole('link', { name: 'Retour à la bibliothèque' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');

  await page.reload();
  await expect(page.getByRole('region', { name: 'Étiquettes' })).toContainText('Personne');
  await page.getByRole('link', { name: 'Retour à la bibliothèque' }).click();
  await expect(page.getByRole('heading', { name: 'Bibliothèque' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Importer…' })).toBeVisible();

  await page.getByLabel('Langue').selectOption('en');
  await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible();
});

test('shows import warnings in the interface language', async ({ page, server }) => {
  const library = new LibraryPage(page);
  await library.open(server.url);
  await library.importFiles([corpusFile('budget-rouen.fr.cp1252.txt')]);
  await expect(library.result('budget-rouen.fr.cp1252.txt')).toContainText(
    'The file declares no encoding and is not UTF-8; it was read as windows-1252.',
  );
  await page.getByLabel('Language').selectOption('fr');
  await expect(
    page.getByText(
      'Le fichier ne déclare aucun encodage et n’est pas en UTF-8\u00a0; il a été lu en windows-1252.',
    ),
  ).toBeVisible();
});
