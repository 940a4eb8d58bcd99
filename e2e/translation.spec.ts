import { expect, seedArticle, test } from './fixtures';
import { ArticlePage } from './pages/ArticlePage';
import { GlossaryPage } from './pages/GlossaryPage';
import { LibraryPage } from './pages/LibraryPage';
import { TranslationView } from './pages/TranslationView';

const pekinSentence = 'Pékin a donné son feu vert';

test('translates a sentence of the seed article with the term check, confirms with Ctrl+Enter and goes on', async ({
  page,
  server,
}) => {
  const library = new LibraryPage(page);
  const article = new ArticlePage(page);
  const translation = new TranslationView(page);
  await library.openCorpusArticle(server.url, 'seed-h200-chine.fr.txt', seedArticle);

  // Pékin is a place whose English term is Beijing, and "Peking" a variant to avoid.
  await article.select('Pékin');
  await page.keyboard.press('3');
  await expect(article.annotation('Pékin')).toHaveAttribute('data-label', 'place');
  await article.setEnglishTerm('Pékin', 'Beijing');
  await article.waitUntilSaved();
  const glossary = new GlossaryPage(page);
  await glossary.open();
  await glossary.openEntry('Pékin');
  await glossary.fillField('English terms to avoid', 'Peking');
  await article.waitUntilSaved();
  await page.goBack();
  await page.goBack();
  await expect(page.getByRole('textbox', { name: 'Article text' })).toBeVisible();

  await translation.openFromArticle();
  await expect(page.getByText('This article has not been split into segments yet.')).toBeVisible();
  await translation.splitIntoSentences();
  await expect(page.getByText(/^0 \/ \d+ segments translated · 0 reviewed$/)).toBeVisible();

  // The French side draws Pékin as the editor does, with its English term on hover.
  const mention = translation.row(pekinSentence).locator('.segment-mention', { hasText: 'Pékin' });
  await expect(mention).toHaveAttribute('data-label', 'place');
  await expect(mention).toHaveAttribute('title', /Beijing/);

  const field = translation.target(pekinSentence);
  await field.click();
  await expect(page.getByRole('region', { name: 'Glossary of this segment' })).toContainText('Beijing');
  await field.pressSequentially('According to several concurring reports, Peking has given');
  await expect(translation.issues(pekinSentence)).toContainText('Beijing');
  await expect(translation.issues(pekinSentence)).toContainText('Peking');
  await translation.waitUntilSaved();

  await field.fill('According to several concurring reports, Beijing has given its green light');
  await expect(translation.issues(pekinSentence)).toBeHidden();
  const number = Number(/\d+$/.exec((await field.getAttribute('aria-label')) ?? '')?.[0]);
  await field.press('Control+Enter');
  await expect(translation.targetNumber(number + 1)).toBeFocused();
  await translation.waitUntilSaved();
  await expect(translation.row(pekinSentence).locator('.segment-status')).toHaveText('Translated');
  await expect(page.getByText(/^1 \/ \d+ segments translated · 0 reviewed$/)).toBeVisible();
  await expect(page.locator('.translation-progress')).toContainText(/ · [1-9]\d* \/ \d+ words translated$/);

  // The edit is kept: reopening the view shows it.
  await page.reload();
  await expect(translation.target(pekinSentence)).toHaveValue(
    'According to several concurring reports, Beijing has given its green light',
  );

  // The keys panel, then the whole view, in French.
  await page.keyboard.press('F1');
  const keys = page.getByRole('dialog', { name: 'Translation keys' });
  await expect(keys).toContainText('Ctrl+Shift+Enter');
  await keys.getByRole('radio', { name: 'OmegaT' }).check();
  await expect(keys).toContainText('Ctrl+U');
  await keys.getByRole('button', { name: 'Close' }).click();
  await page.getByLabel('Language').selectOption('fr');
  await expect(page.getByRole('heading', { level: 1, name: /^Traduction\s: / })).toBeVisible();
  await expect(page.getByRole('textbox', { name: `Traduction anglaise du segment ${number}` })).toBeVisible();
  await expect(page.getByText(/^1 \/ \d+ segments traduits · 0 relu$/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Raccourcis' })).toBeVisible();
});

test('fills a repeated sentence from its confirmed twin and lets it be an exception', async ({
  page,
  server,
}) => {
  const library = new LibraryPage(page);
  const translation = new TranslationView(page);
  await library.open(server.url);
  await translation.pasteArticle(
    'Météo du jour\n\nLe ciel est bleu ce matin. Il pleut sur Lyon depuis hier soir.\n\nLe ciel est bleu ce matin.',
  );
  await library.openArticle(/Météo du jour/);
  await translation.openFromArticle();
  await translation.splitIntoSentences();

  const twins = translation.row('Le ciel est bleu ce matin.');
  await expect(twins).toHaveCount(2);
  const first = twins.first().getByRole('textbox');
  await first.fill('The sky is blue this morning.');
  await first.press('Control+Enter');
  await expect(translation.target('Il pleut sur Lyon')).toBeFocused();
  const repeat = twins.nth(1);
  await expect(repeat.getByRole('textbox')).toHaveValue('The sky is blue this morning.');
  await expect(repeat).toContainText('Filled from a repeat');

  // Alt+↓ lands on the repeat, which can then be made an exception.
  await page.keyboard.press('Alt+ArrowDown');
  await expect(repeat.getByRole('textbox')).toBeFocused();
  await repeat.getByRole('button', { name: 'Make an exception' }).click();
  await expect(repeat).toContainText('Exception: repeats do not fill it');
});

test('exports the English article as Markdown and the bilingual XLIFF', async ({ page, server }) => {
  const library = new LibraryPage(page);
  const translation = new TranslationView(page);
  await library.open(server.url);
  await translation.pasteArticle(
    'Météo du jour\n\nLe ciel est bleu ce matin. Il pleut sur Lyon depuis hier soir.',
  );
  await library.openArticle(/Météo du jour/);
  await translation.openFromArticle();
  await translation.splitIntoSentences();
  const field = translation.target('Le ciel est bleu');
  await field.fill('The sky is blue this morning.');
  await field.press('Control+Enter');
  await translation.waitUntilSaved();
  const markdown = await translation.export('English article (Markdown)', 'Mark them (French in brackets)');
  expect(markdown.fileName).toMatch(/\.md$/);
  expect(markdown.text).toContain('The sky is blue this morning.');
  expect(markdown.text).toContain('Il pleut sur Lyon depuis hier soir.');

  const xliff = await translation.export('Bilingual XLIFF 2.1');
  expect(xliff.fileName).toMatch(/\.xlf$/);
  expect(xliff.text).toContain('urn:oasis:names:tc:xliff:document:2.');
  expect(xliff.text).toContain('<source>Le ciel est bleu ce matin.</source>');
  expect(xliff.text).toContain('<target>The sky is blue this morning.</target>');
  expect(xliff.text).toMatch(/state="translated"/);
});
