import { corpusFile, expect, seedArticle, test } from './fixtures';
import { ArticlePage } from './pages/ArticlePage';
import { GlossaryPage } from './pages/GlossaryPage';
import { LibraryPage } from './pages/LibraryPage';

// These specs open a workspace that has no name yet, as a journalist's first start does.
test.use({ authorName: null });

test('asks the name once, records it with what is marked, and names who did a step', async ({
  page,
  server,
}) => {
  const library = new LibraryPage(page);
  const article = new ArticlePage(page);
  const glossary = new GlossaryPage(page);
  await library.open(server.url);

  const dialog = page.getByRole('dialog', { name: 'Your name' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Recorded with what you mark, so a shared workspace shows who did what');
  await expect(dialog.getByRole('textbox', { name: 'Your name' })).toBeFocused();
  await page.keyboard.type('Claire Lemoine');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  const you = page.getByRole('button', { name: 'You: Claire Lemoine' });
  await expect(you).toBeVisible();

  await library.importFiles([corpusFile('seed-h200-chine.fr.txt')]);
  await library.openArticle(seedArticle);
  await article.select('Pékin', 0);
  await page.keyboard.press('3');
  await expect(article.annotation('Pékin')).toHaveCount(1);
  await article.waitUntilSaved();
  await article.annotation('Pékin').click();
  await expect(page.getByText('Added by Claire Lemoine')).toBeVisible();
  const undo = page.getByRole('button', { name: /^Undo/ });
  await expect(undo).toHaveAccessibleName('Undo: Mark “Pékin” as Place');

  // Someone else at the same desk: the step is now named with who did it.
  await you.click();
  await expect(dialog.getByRole('textbox', { name: 'Your name' })).toHaveValue('Claire Lemoine');
  await dialog.getByRole('textbox', { name: 'Your name' }).fill('Paul Martin');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('button', { name: 'You: Paul Martin' })).toBeVisible();
  await expect(undo).toHaveAccessibleName('Undo: Mark “Pékin” as Place (Claire Lemoine)');

  await glossary.open();
  await glossary.openEntry('Pékin');
  await expect(glossary.entryPanel).toContainText('Added by Claire Lemoine');

  await page.reload();
  await expect(page.getByRole('button', { name: 'You: Paul Martin' })).toBeVisible();
  await expect(dialog).toBeHidden();
  const info = await server.call<{ author: string | null }>('workspace.info', {});
  expect(info.author).toBe('Paul Martin');
});

test('can be put off without blocking work, and is asked again in a new session', async ({
  page,
  browser,
  server,
}) => {
  const library = new LibraryPage(page);
  await library.open(server.url);
  const dialog = page.getByRole('dialog', { name: 'Your name' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Set your name' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('button', { name: 'Set your name' })).toBeVisible();
  await expect(dialog).toBeHidden();

  const later = await browser.newPage();
  try {
    await new LibraryPage(later).open(server.url);
    await expect(later.getByRole('dialog', { name: 'Your name' })).toBeVisible();
    await later.getByRole('button', { name: 'Not now' }).click();
    await expect(later.getByRole('dialog', { name: 'Your name' })).toBeHidden();
  } finally {
    await later.close();
  }
});
