import { corpusFile, expect, seedArticle, test } from './fixtures';
import { ArticlePage } from './pages/ArticlePage';
import { LibraryPage } from './pages/LibraryPage';

test('accepts all suggestions of one entry, rejects all the others, and the rejections outlast a reload', async ({
  page,
  server,
}) => {
  const library = new LibraryPage(page);
  const article = new ArticlePage(page);
  await library.open(server.url);
  await library.importFiles([corpusFile('seed-h200-chine.fr.txt')]);
  await server.call('glossary.create', {
    label: 'organisation',
    frenchTerm: 'NVIDIA',
    englishTerm: 'Nvidia',
  });
  await server.call('glossary.create', { label: 'product', frenchTerm: 'H200' });
  await server.call('glossary.create', { label: 'place', frenchTerm: 'Chine', englishTerm: 'China' });
  await library.openArticle(seedArticle);

  await expect(article.suggestion('NVIDIA')).toHaveCount(6);
  await expect(article.suggestion('H200')).toHaveCount(4);
  await expect(article.suggestion('Chine')).toHaveCount(3);
  await expect(article.suggestionSummary).toHaveAccessibleName('13 suggestions');
  await expect(article.suggestionSummary.getByRole('listitem')).toHaveText([
    'Chine×3Accept all',
    'H200×4Accept all',
    'NVIDIA×6Accept all',
  ]);

  await article.suggestionSummary.getByRole('button', { name: 'Accept all “NVIDIA”' }).click();
  await expect(article.annotation('NVIDIA')).toHaveCount(6);
  await expect(article.annotation('NVIDIA').first()).toHaveAttribute('data-label', 'organisation');
  await expect(article.suggestion('NVIDIA')).toHaveCount(0);
  await expect(article.entityRow('NVIDIA')).toContainText('6 mentions');
  await expect(article.suggestionSummary).toHaveAccessibleName('7 suggestions');
  await expect(article.suggestion('H200')).toHaveCount(4);

  await article.suggestionSummary.getByRole('button', { name: 'Reject all', exact: true }).click();
  await expect(article.text.locator('.suggestion')).toHaveCount(0);
  await expect(article.suggestionSummary).toHaveCount(0);
  await expect(article.annotation('H200')).toHaveCount(0);
  await expect(article.annotation('Chine')).toHaveCount(0);
  await article.waitUntilSaved();

  await page.reload();
  await expect(article.annotation('NVIDIA')).toHaveCount(6);
  await expect(article.entityRow('NVIDIA')).toContainText('6 mentions');
  await expect(article.text.locator('.annotation')).toHaveCount(6);
  await expect(article.text.locator('.suggestion')).toHaveCount(0);
  await expect(article.suggestionSummary).toHaveCount(0);

  // A new entry is suggested again: the rejections were for the entries there were.
  await article.select('DeepSeek', 0);
  await page.keyboard.press('2');
  await expect(article.suggestion('DeepSeek')).toHaveCount(1);
  await expect(article.suggestionSummary).toHaveAccessibleName('1 suggestion');
  await expect(article.suggestion('H200')).toHaveCount(0);
});

test('annotates every other occurrence of the selected mention', async ({ page, server }) => {
  const library = new LibraryPage(page);
  const article = new ArticlePage(page);
  await library.openCorpusArticle(server.url, 'reacteur-flamanville.fr.html', /Flamanville/);

  // "Flamanville" appears five times, in the title and four times in the body: mark the second.
  await article.select('Flamanville', 1);
  await page.keyboard.press('3');
  await expect(article.annotation('Flamanville')).toHaveCount(1);
  await expect(article.suggestion('Flamanville')).toHaveCount(4);

  await article.annotation('Flamanville').click();
  const annotateAll = article.selectedMention.getByRole('button', { name: 'Annotate all occurrences' });
  await annotateAll.click();
  await expect(article.selectedMention.getByRole('status')).toHaveText('4 more occurrences marked.');
  await expect(article.annotation('Flamanville')).toHaveCount(5);
  await expect(article.suggestion('Flamanville')).toHaveCount(0);
  await expect(article.entityRow('Flamanville')).toContainText('5 mentions');
  for (const mark of await article.annotation('Flamanville').all())
    await expect(mark).toHaveAttribute('data-label', 'place');

  // Nothing is left to mark a second time.
  await annotateAll.click();
  await expect(article.selectedMention.getByRole('status')).toHaveText('No other occurrence to mark.');
  await expect(article.annotation('Flamanville')).toHaveCount(5);
  await article.waitUntilSaved();

  await page.reload();
  await expect(article.annotation('Flamanville')).toHaveCount(5);
  await expect(article.entityRow('Flamanville')).toContainText('5 mentions');
  await expect(article.text.locator('.suggestion')).toHaveCount(0);
});

test('asks before accepting more than 50 suggestions, naming how many and the article, and one undo takes them back', async ({
  page,
  server,
}) => {
  const library = new LibraryPage(page);
  const article = new ArticlePage(page);
  await library.open(server.url);
  const paragraphs = Array.from({ length: 12 }, () => 'Rouen vote. '.repeat(6).trim()).join('\n\n');
  await server.call('articles.importText', { content: `Rouen partout\n\n${paragraphs}`, format: 'text' });
  await server.call('glossary.create', { label: 'place', frenchTerm: 'Rouen' });
  await page.reload();
  await library.openArticle('Rouen partout');
  await expect(article.suggestionSummary).toHaveAccessibleName('73 suggestions');

  await article.suggestionSummary.getByRole('button', { name: 'Accept all', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Accept 73 suggestions?' });
  await expect(dialog).toContainText('All 73 suggestions in “Rouen partout” become annotations');
  await expect(dialog).toContainText('Undo (Ctrl+Z) takes it back');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(article.text.locator('.annotation')).toHaveCount(0);

  await article.suggestionSummary.getByRole('button', { name: 'Accept all “Rouen”' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Accept 73 suggestions' }).click();
  await expect(article.text.locator('.annotation')).toHaveCount(73);
  await expect(article.suggestionSummary).toHaveCount(0);

  await page.getByRole('button', { name: /^Undo/ }).click();
  await expect(article.text.locator('.annotation')).toHaveCount(0);
  await expect(article.suggestionSummary).toHaveAccessibleName('73 suggestions');
});
