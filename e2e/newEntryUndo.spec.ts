import type { Page } from '@playwright/test';
import { expect, seedArticle, test, type WebServer } from './fixtures';
import { ArticlePage } from './pages/ArticlePage';
import { GlossaryPage } from './pages/GlossaryPage';
import { LibraryPage } from './pages/LibraryPage';

/// How the selected mention's "Glossary entry" select shows the entry both mentions start on.
const existingEntry = 'intelligence artificielle → artificial intelligence (Other)';

/// Opens the seed article with two mentions of “IA” linked to the existing entry “intelligence
/// artificielle”, and selects the second one.
async function openTwoMentionsOfAnEntry(page: Page, server: WebServer): Promise<ArticlePage> {
  const library = new LibraryPage(page);
  const article = new ArticlePage(page);
  await server.call('glossary.create', {
    label: 'other',
    frenchTerm: 'intelligence artificielle',
    frenchVariants: ['IA'],
    englishTerm: 'artificial intelligence',
  });
  await library.openCorpusArticle(server.url, 'seed-h200-chine.fr.txt', seedArticle);

  // Marked with their elided article (“modèles d’IA”, “l’IA générative”), both are drawn without
  // it and link to the entry by its variant.
  await article.select('d’IA', 0);
  await page.keyboard.press('6');
  await article.select('l’IA', 0);
  await page.keyboard.press('6');
  await expect(article.annotation('IA')).toHaveCount(2);
  await expect(article.entityRow('intelligence artificielle')).toContainText('2 mentions');

  await article.annotation('IA').nth(1).click();
  await expect(article.mentionLinkedEntry).toHaveText(existingEntry);
  return article;
}

test('links a mention to a new entry, undoes it in one step, redoes it, and undoes it again after a reload', async ({
  page,
  server,
}) => {
  const article = await openTwoMentionsOfAnEntry(page, server);
  const glossary = new GlossaryPage(page);
  const undo = page.getByRole('button', { name: /^Undo/ });
  const redo = page.getByRole('button', { name: /^Redo/ });

  // The option names the entry by the mention's words, without the elided article.
  await expect(article.mentionEntryField.getByRole('option', { name: 'New entry “IA”' })).toHaveCount(1);
  // Picked as a person picks it, with the focus on the select.
  await article.mentionEntryField.focus();
  await article.mentionEntryField.selectOption({ label: 'New entry “IA”' });

  await expect(article.mentionLinkedEntry).toHaveText('IA (Other)');
  await expect(article.entityRow('IA')).toContainText('1 mention');
  await expect(article.entityRow('intelligence artificielle')).toContainText('1 mention');
  await expect(undo).toHaveAccessibleName('Undo: Link “IA” to a new entry');

  // One undo puts the mention back on its entry and drops the new one.
  await page.keyboard.press('Control+z');
  await expect(article.mentionLinkedEntry).toHaveText(existingEntry);
  await expect(article.entityRow('IA')).toHaveCount(0);
  await expect(article.entityRow('intelligence artificielle')).toContainText('2 mentions');
  await expect(undo).toHaveAccessibleName('Undo: Mark “IA” as Other');

  await glossary.open();
  await expect(glossary.rows).toHaveCount(1);
  await expect(glossary.row('IA')).toHaveCount(0);
  await expect(glossary.mentionCount('intelligence artificielle')).toHaveText('2');

  // Redo brings both back.
  await page.keyboard.press('Control+Shift+Z');
  await expect(glossary.rows).toHaveCount(2);
  await expect(glossary.row('IA')).toContainText('Draft');
  await expect(glossary.mentionCount('IA')).toHaveText('1');
  await expect(glossary.mentionCount('intelligence artificielle')).toHaveText('1');
  await expect(redo).toBeDisabled();

  // The history outlives a reload.
  await page.reload();
  await expect(glossary.rows).toHaveCount(2);
  await expect(undo).toHaveAccessibleName('Undo: Link “IA” to a new entry');
  await page.keyboard.press('Control+z');
  await expect(glossary.rows).toHaveCount(1);
  await expect(glossary.row('IA')).toHaveCount(0);
  await expect(glossary.mentionCount('intelligence artificielle')).toHaveText('2');
  await glossary.openEntry('intelligence artificielle');
  await expect(glossary.mentions).toHaveCount(2);
});

test('undoes the new entry with Ctrl+Z while the focus is in the article text', async ({ page, server }) => {
  const article = await openTwoMentionsOfAnEntry(page, server);
  await article.mentionEntryField.selectOption({ label: 'New entry “IA”' });
  await expect(article.entityRow('IA')).toContainText('1 mention');

  // Back in the text (read-only, so not a text field with an undo of its own).
  await article.annotation('IA').nth(1).click();
  await expect(article.text).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(article.mentionLinkedEntry).toHaveText(existingEntry);
  await expect(article.entityRow('IA')).toHaveCount(0);
  await expect(article.entityRow('intelligence artificielle')).toContainText('2 mentions');
});
