import { expect, seedArticle, test } from './fixtures';
import { ArticlePage } from './pages/ArticlePage';
import { LabelSettings } from './pages/LabelSettings';
import { LibraryPage } from './pages/LibraryPage';

test('adds a label, marks with its key, renames, recolours and reorders it, then deletes labels with annotations', async ({
  page,
  server,
}) => {
  const library = new LibraryPage(page);
  const article = new ArticlePage(page);
  const settings = new LabelSettings(page);
  await library.openCorpusArticle(server.url, 'seed-h200-chine.fr.txt', seedArticle);
  await expect(article.legendLabels).toHaveText([
    'Person1',
    'Organisation2',
    'Place3',
    'Product4',
    'Event5',
    'Other6',
  ]);

  // Add "Technology" / "Technologie" with a colour and the key 9 chosen in the form, which offers
  // a free colour and the next free key; a key another label holds cannot be picked.
  await settings.open();
  await expect(settings.newColour).toHaveValue('#5b8def');
  await expect(settings.newShortcut).toHaveValue('7');
  await expect(settings.newShortcut.getByRole('option', { name: '1 (Person)' })).toBeDisabled();
  await settings.add('Technology', 'Technologie', { colour: '#1d3557', shortcut: '9' });
  await expect(settings.frenchName('Technology')).toHaveValue('Technologie');
  await expect(settings.colour('Technology')).toHaveValue('#1d3557');
  await expect(settings.shortcut('Technology')).toHaveValue('9');
  await expect(settings.shortcut('Technology').getByRole('option', { name: '1 (Person)' })).toBeDisabled();
  // The form is empty again, back to its defaults, and knows 9 is taken now.
  await expect(settings.newFrenchName).toHaveValue('');
  await expect(settings.newColour).toHaveValue('#5b8def');
  await expect(settings.newShortcut).toHaveValue('7');
  await expect(settings.newShortcut.getByRole('option', { name: '9 (Technology)' })).toBeDisabled();
  await settings.close();
  await expect(article.legendLabels).toHaveText([
    'Person1',
    'Organisation2',
    'Place3',
    'Product4',
    'Event5',
    'Other6',
    'Technology9',
  ]);

  // Its key marks a selection with it.
  await article.select('H200', 0);
  await expect(article.toolbar.getByRole('button', { name: /^Technology/ })).toBeVisible();
  await page.keyboard.press('9');
  await expect(article.annotation('H200')).toHaveAttribute('data-label', 'technology');
  await expect(article.entityRow('H200')).toContainText('Technology');
  await expect.poll(() => article.annotationColour('H200')).toBe('#1d3557');
  // Two more annotations, to delete with their labels later.
  await article.select('Pékin', 0);
  await page.keyboard.press('3');
  await expect(article.annotation('Pékin')).toHaveAttribute('data-label', 'place');
  await article.select('Washington', 0);
  await page.keyboard.press('3');
  await expect(article.annotation('Washington')).toHaveAttribute('data-label', 'place');

  // Rename, recolour and move it up: the annotation, its entity and the legend follow.
  await settings.open();
  await settings.rename('Technology', 'Chip', 'Puce');
  await settings.setColour('Chip', '#e63946');
  await settings.moveUp('Chip');
  await expect(settings.englishNames).toHaveCount(7);
  await expect(settings.englishNames.nth(5)).toHaveValue('Chip');
  await expect(settings.englishNames.nth(6)).toHaveValue('Other');
  await settings.close();
  await expect(article.legendLabels).toHaveText([
    'Person1',
    'Organisation2',
    'Place3',
    'Product4',
    'Event5',
    'Chip9',
    'Other6',
  ]);
  await expect(article.entityRow('H200')).toContainText('Chip');
  await expect.poll(() => article.annotationColour('H200')).toBe('#e63946');
  await article.annotation('H200').click();
  await expect(
    article.selectedMention.getByRole('combobox', { name: 'Label', exact: true }).locator('option:checked'),
  ).toHaveText('Chip (9)');
  await article.waitUntilSaved();

  await page.reload();
  await expect(article.legendLabels).toHaveText([
    'Person1',
    'Organisation2',
    'Place3',
    'Product4',
    'Event5',
    'Chip9',
    'Other6',
  ]);
  await expect(article.annotation('H200')).toHaveAttribute('data-label', 'technology');
  await expect(article.entityRow('H200')).toContainText('Chip');
  await expect.poll(() => article.annotationColour('H200')).toBe('#e63946');
  await settings.open();
  await expect(settings.frenchName('Chip')).toHaveValue('Puce');
  await expect(settings.colour('Chip')).toHaveValue('#e63946');
  await expect(settings.shortcut('Chip')).toHaveValue('9');

  // Delete "Chip", moving its annotation to Product; delete "Place" with its two annotations.
  await settings.deleteMovingTo('Chip', 'Product', /1 annotation is linked to a glossary entry/);
  await settings.deleteWithAnnotations('Place', /2 annotations are linked to glossary entries/);
  await expect(settings.englishNames).toHaveCount(5);
  await settings.close();
  await expect(article.legendLabels).toHaveText(['Person1', 'Organisation2', 'Product4', 'Event5', 'Other6']);
  await expect(article.annotation('H200')).toHaveAttribute('data-label', 'product');
  await expect(article.entityRow('H200')).toContainText('Product');
  await expect(article.annotation('Pékin')).toHaveCount(0);
  await expect(article.annotation('Washington')).toHaveCount(0);
  await expect(article.entityRow('Pékin')).toHaveCount(0);
  await article.waitUntilSaved();

  await page.reload();
  await expect(article.legendLabels).toHaveText(['Person1', 'Organisation2', 'Product4', 'Event5', 'Other6']);
  await expect(article.annotation('H200')).toHaveAttribute('data-label', 'product');
  await expect(article.text.locator('.annotation')).toHaveCount(1);
  await expect(article.entityRow('Washington')).toHaveCount(0);
  // The freed key 3 marks nothing any more.
  await article.select('DeepSeek', 0);
  await page.keyboard.press('3');
  await page.keyboard.press('4');
  await expect(article.annotation('DeepSeek')).toHaveAttribute('data-label', 'product');
  await expect(article.text.locator('.annotation')).toHaveCount(2);
});

test('the new-label form offers a free colour and the next free key, computed afresh after each label', async ({
  page,
  server,
}) => {
  const library = new LibraryPage(page);
  const article = new ArticlePage(page);
  const settings = new LabelSettings(page);
  await library.openCorpusArticle(server.url, 'seed-h200-chine.fr.txt', seedArticle);

  // Added with the defaults, "Date" takes them; the form then offers the next ones.
  await settings.open();
  await settings.add('Date', 'Date');
  await expect(settings.colour('Date')).toHaveValue('#5b8def');
  await expect(settings.shortcut('Date')).toHaveValue('7');
  await expect(settings.newColour).toHaveValue('#d1495b');
  await expect(settings.newShortcut).toHaveValue('8');

  // A key picked in the form that a label then takes gives way to the next free key.
  await settings.newShortcut.selectOption('9');
  await settings.setShortcut('Date', '9');
  await expect(settings.newShortcut).toHaveValue('7');
  await expect(settings.newShortcut.getByRole('option', { name: '9 (Date)' })).toBeDisabled();

  // "No key" can be chosen for the new label too.
  await settings.add('Quote', 'Citation', { shortcut: '' });
  await expect(settings.shortcut('Quote')).toHaveValue('');
  await expect(settings.colour('Quote')).toHaveValue('#d1495b');
  await expect(settings.newShortcut).toHaveValue('7');
  await settings.close();
  await expect(article.legendLabels).toHaveText([
    'Person1',
    'Organisation2',
    'Place3',
    'Product4',
    'Event5',
    'Other6',
    'Date9',
    'Quote',
  ]);
});
