import { corpusFile, expect, seedArticle, test } from './fixtures';
import { ArticlePage } from './pages/ArticlePage';
import { GlossaryPage } from './pages/GlossaryPage';
import { LibraryPage } from './pages/LibraryPage';

test('edits an entry through its form, refuses a bad Wikidata id, and filters the glossary', async ({
  page,
  server,
}) => {
  const library = new LibraryPage(page);
  const article = new ArticlePage(page);
  const glossary = new GlossaryPage(page);
  await library.openCorpusArticle(server.url, 'seed-h200-chine.fr.txt', seedArticle);
  await article.select('Chine', 0);
  await page.keyboard.press('3');
  await expect(article.annotation('Chine')).toHaveCount(1);
  await article.select('DeepSeek', 0);
  await page.keyboard.press('2');
  await expect(article.annotation('DeepSeek')).toHaveCount(1);

  await glossary.open();
  await expect(glossary.frenchTerms).toHaveText(['Chine', 'DeepSeek']);
  await glossary.openEntry('Chine');

  // A person tabs through the form; each field is saved as it is left.
  await glossary.fillField('French variants', 'Pékin');
  await expect(glossary.field('English term')).toBeFocused();
  await glossary.fillField('English term', 'China');
  await expect(glossary.field('English terms to avoid')).toBeFocused();
  await expect(glossary.row('Chine')).toContainText('China');
  await glossary.field('Decision').selectOption({ label: 'Keep with a gloss' });
  await glossary.fillField('Note or definition (English)', 'Stands for the Chinese government.');
  await glossary.field('Wikidata id').fill('X12');
  await glossary.field('Wikidata id').press('Enter');
  await expect(glossary.field('Wikidata id')).toHaveAttribute('aria-invalid', 'true');
  await expect(glossary.entryPanel.getByRole('alert')).toHaveText(
    'A Wikidata id is Q followed by digits, e.g. Q90. It is saved once it is fixed.',
  );
  await glossary.field('Wikidata id').press('Tab');
  await expect(glossary.entryPanel.getByRole('alert')).toBeVisible();
  await article.waitUntilSaved();

  // After a reload, every field kept its value but the refused Wikidata id.
  await page.reload();
  await expect(glossary.field('French variants')).toHaveValue('Pékin');
  await expect(glossary.field('English term')).toHaveValue('China');
  await expect(glossary.field('Decision')).toHaveValue('gloss');
  await expect(glossary.field('Note or definition (English)')).toHaveValue(
    'Stands for the Chinese government.',
  );
  await expect(glossary.field('Wikidata id')).toHaveValue('');
  await expect(glossary.entryPanel.getByRole('alert')).toHaveCount(0);

  await glossary.field('Wikidata id').fill('Q90');
  await expect(glossary.field('Wikidata id')).toHaveAttribute('aria-invalid', 'false');
  await expect(glossary.entryPanel.getByRole('alert')).toHaveCount(0);
  await glossary.field('Wikidata id').press('Enter');
  await glossary.field('Status').selectOption({ label: 'Approved' });
  await expect(glossary.row('Chine')).toContainText('Approved');
  await article.waitUntilSaved();

  await page.reload();
  await expect(glossary.field('Wikidata id')).toHaveValue('Q90');
  await expect(glossary.field('Status')).toHaveValue('approved');
  await expect(glossary.row('Chine')).toContainText('Approved');
  await expect(glossary.row('DeepSeek')).toContainText('Draft');

  // Search and filters.
  await glossary.search.fill('chin');
  await expect(glossary.frenchTerms).toHaveText(['Chine']);
  await glossary.search.fill('');
  await expect(glossary.frenchTerms).toHaveText(['Chine', 'DeepSeek']);
  await glossary.labelFilter.selectOption({ label: 'Organisation' });
  await expect(glossary.frenchTerms).toHaveText(['DeepSeek']);
  await glossary.labelFilter.selectOption({ label: 'Place' });
  await expect(glossary.frenchTerms).toHaveText(['Chine']);
  await glossary.statusFilter.selectOption({ label: 'Draft' });
  await expect(glossary.table).toHaveCount(0);
  await expect(page.getByText('No entry matches this search.')).toBeVisible();
  await glossary.labelFilter.selectOption({ label: 'All labels' });
  await expect(glossary.frenchTerms).toHaveText(['DeepSeek']);
  await glossary.statusFilter.selectOption({ label: 'Approved' });
  await expect(glossary.frenchTerms).toHaveText(['Chine']);

  // Undo puts the stored value back in the form.
  await glossary.fillField('English term', 'People’s Republic of China');
  await expect(glossary.row('Chine')).toContainText('People’s Republic of China');
  await page.getByRole('group', { name: 'Undo and redo' }).getByRole('button', { name: /^Undo/ }).click();
  await expect(glossary.field('English term')).toHaveValue('China');
  await expect(glossary.row('Chine')).not.toContainText('People’s Republic');
});

test('splits mentions off into a new entry, then deletes it and keeps its mentions unlinked', async ({
  page,
  server,
}) => {
  const library = new LibraryPage(page);
  const article = new ArticlePage(page);
  const glossary = new GlossaryPage(page);
  await library.open(server.url);
  await library.importFiles([corpusFile('seed-h200-chine.fr.txt')]);
  const [summary] = await server.call<readonly { id: number }[]>('articles.list', {});
  // An entry for China that also takes "Pékin", as a variant.
  await server.call('glossary.create', {
    label: 'place',
    frenchTerm: 'Chine',
    frenchVariants: ['Pékin'],
    englishTerm: 'China',
  });
  await library.openArticle(seedArticle);
  await expect(article.suggestion('Chine')).toHaveCount(3);
  await expect(article.suggestion('Pékin')).toHaveCount(2);
  await article.suggestionSummary.getByRole('button', { name: 'Accept all “Chine”' }).click();
  await expect(article.annotation('Chine')).toHaveCount(3);
  await expect(article.annotation('Pékin')).toHaveCount(2);
  await expect(article.entityRow('Chine')).toContainText('5 mentions');

  await glossary.open();
  await expect(glossary.mentionCount('Chine')).toHaveText('5');
  await glossary.openEntry('Chine');
  await expect(glossary.mentions).toHaveCount(5);
  await glossary.splitMentions('Pékin', 2);
  await expect(glossary.frenchTerms).toHaveText(['Chine', 'Pékin']);
  await expect(glossary.mentionCount('Chine')).toHaveText('3');
  await expect(glossary.mentionCount('Pékin')).toHaveText('2');
  await expect(glossary.mentions).toHaveCount(2);
  await expect(glossary.field('Label')).toHaveValue('place');
  // The old entry gave up the variant, so "Pékin" is no longer suggested for it.
  await glossary.openEntry('Chine');
  await expect(glossary.mentions).toHaveCount(3);
  await expect(glossary.field('French variants')).toHaveValue('');

  await glossary.openEntry('Pékin');
  const confirm = await glossary.askToDelete();
  await expect(confirm).toContainText(
    'Its 2 mentions stay in their articles as entities linked to no entry.',
  );
  await confirm.getByRole('button', { name: 'Delete entry', exact: true }).click();
  await expect(confirm).toBeHidden();
  await expect(glossary.frenchTerms).toHaveText(['Chine']);
  await expect(glossary.entryPanel).toHaveCount(0);

  await library.openFromHeader();
  await library.openArticle(seedArticle);
  await expect(article.annotation('Pékin')).toHaveCount(2);
  await expect(article.annotation('Chine')).toHaveCount(3);
  await expect(article.entityRow('Pékin')).toHaveCount(0);
  await expect(article.entityRow('Chine')).toContainText('3 mentions');
  await expect(article.unlinkedMentions).toHaveAccessibleName('2 mentions linked to no entry');
  await expect(article.unlinkedMentions.getByRole('button', { name: 'Pékin', exact: true })).toHaveCount(2);
  await expect(article.text.locator('.suggestion')).toHaveCount(0);
  const annotations = await server.call<readonly { quote: string; glossaryEntryId: number | null }[]>(
    'annotations.list',
    { articleId: summary!.id },
  );
  expect(annotations.filter((annotation) => annotation.quote === 'Pékin')).toEqual([
    expect.objectContaining({ glossaryEntryId: null }),
    expect.objectContaining({ glossaryEntryId: null }),
  ]);
});
