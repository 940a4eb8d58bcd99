import { expect, seedArticle, test } from './fixtures';
import { ArticlePage } from './pages/ArticlePage';
import { GlossaryPage } from './pages/GlossaryPage';
import { LibraryPage } from './pages/LibraryPage';

test('re-links a mention to another entry, then merges the two entries into one', async ({
  page,
  server,
}) => {
  const library = new LibraryPage(page);
  const article = new ArticlePage(page);
  const glossary = new GlossaryPage(page);
  await library.openCorpusArticle(server.url, 'seed-h200-chine.fr.txt', seedArticle);

  await article.select('NVIDIA', 0);
  await page.keyboard.press('2');
  await expect(article.annotation('NVIDIA')).toHaveCount(1);
  await server.call('glossary.create', {
    label: 'organisation',
    frenchTerm: 'Nvidia',
    englishTerm: 'Nvidia',
  });
  await article.select('NVIDIA', 1);
  await page.keyboard.press('2');
  await expect(article.annotation('NVIDIA')).toHaveCount(2);

  await article.annotation('NVIDIA').nth(1).click();
  const entryField = article.selectedMention.getByLabel('Glossary entry');
  await entryField.selectOption({ label: 'Nvidia → Nvidia (Organisation)' });
  await expect(article.entityRow('Nvidia')).toContainText('1 mention');
  await expect(article.entityRow('NVIDIA')).toContainText('1 mention');
  await article.setEnglishTerm('NVIDIA', 'NVIDIA Corporation');
  await article.waitUntilSaved();

  await glossary.open();
  await expect(glossary.rows).toHaveCount(2);
  const merged = await glossary.merge('NVIDIA', 'Nvidia');
  await expect(merged.getByRole('listitem')).toHaveText(
    'English term — kept “NVIDIA Corporation”, dropped “Nvidia”',
  );
  await merged.getByRole('button', { name: 'Show the entry' }).click();

  await expect(glossary.rows).toHaveCount(1);
  await expect(glossary.mentionCount('NVIDIA')).toHaveText('2');
  await expect(glossary.mentions).toHaveCount(2);
});
