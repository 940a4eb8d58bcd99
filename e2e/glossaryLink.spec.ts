import { expect, seedArticle, test } from './fixtures';
import { ArticlePage } from './pages/ArticlePage';
import { GlossaryPage } from './pages/GlossaryPage';
import { LibraryPage } from './pages/LibraryPage';

test('links a second mention to the existing entry and opens the article at a mention from the glossary', async ({
  page,
  server,
}) => {
  const library = new LibraryPage(page);
  const article = new ArticlePage(page);
  const glossary = new GlossaryPage(page);
  await library.openCorpusArticle(server.url, 'seed-h200-chine.fr.txt', seedArticle);

  await article.select('Pékin', 0);
  await page.keyboard.press('3');
  await article.select('Pékin', 1);
  await page.keyboard.press('3');
  await expect(article.annotation('Pékin')).toHaveCount(2);
  await expect(article.entityRow('Pékin')).toContainText('2 mentions');
  await article.setEnglishTerm('Pékin', 'Beijing');
  await article.waitUntilSaved();

  await glossary.open();
  await expect(glossary.rows).toHaveCount(1);
  await expect(glossary.row('Pékin')).toContainText('Beijing');
  await expect(glossary.mentionCount('Pékin')).toHaveText('2');

  await glossary.openEntry('Pékin');
  await expect(glossary.mentions).toHaveCount(2);
  await expect(glossary.mentions.nth(1)).toContainText('Jusque-là, Pékin avait');
  await glossary.mentions.nth(1).getByRole('link').click();

  await expect(article.text).toBeVisible();
  await expect(article.annotation('Pékin').nth(1)).toHaveAttribute('aria-current', 'true');
  await expect(article.annotation('Pékin').nth(0)).not.toHaveAttribute('aria-current', 'true');
  await expect(article.selectedMention.getByLabel('Glossary entry')).toHaveValue(/\d+/);
});
