import { expect, test } from './fixtures';
import { ArticlePage } from './pages/ArticlePage';
import { GlossaryPage } from './pages/GlossaryPage';
import { LibraryPage } from './pages/LibraryPage';
import { TranslationView } from './pages/TranslationView';

// Two articles naming the Cour des comptes, translated "Court of Audit" in one and "Court of
// Auditors" (a variant to avoid) in the other: the drift report shows both, links to the segment
// and fixes it in one click.
test('reports an entry rendered two ways across articles, opens the segment and fixes it', async ({
  page,
  server,
}) => {
  const library = new LibraryPage(page);
  const article = new ArticlePage(page);
  const translation = new TranslationView(page);
  const glossary = new GlossaryPage(page);

  const translate = async (title: RegExp, english: string) => {
    await library.open(server.url);
    await library.openArticle(title);
    await translation.openFromArticle();
    await translation.splitIntoSentences();
    const field = translation.target('Cour des comptes');
    await field.fill(english);
    await field.press('Control+Enter');
    await translation.waitUntilSaved();
  };

  await library.open(server.url);
  await translation.pasteArticle('Rapport annuel\n\nLa Cour des comptes a publié son rapport.');
  await translation.pasteArticle('Dette publique\n\nSelon la Cour des comptes, la dette augmente.');
  await library.openArticle(/Rapport annuel/);
  await article.select('Cour des comptes');
  await page.keyboard.press('2');
  await article.setEnglishTerm('Cour des comptes', 'Court of Audit');
  await article.waitUntilSaved();
  await glossary.open();
  await glossary.openEntry('Cour des comptes');
  await glossary.fillField('English terms to avoid', 'Court of Auditors');
  await article.waitUntilSaved();
  await library.open(server.url);
  await library.openArticle(/Dette publique/);
  await article.select('Cour des comptes');
  await page.keyboard.press('2');
  await expect(article.englishTerm('Cour des comptes')).toHaveValue('Court of Audit');
  await article.waitUntilSaved();

  await translate(/Rapport annuel/, 'The Court of Audit published its report.');
  await translate(/Dette publique/, 'According to the Court of Auditors, debt is rising.');

  await page.getByRole('link', { name: 'Term drift' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Term drift' })).toBeVisible();
  const renderings = page.getByRole('list', { name: 'Renderings of Cour des comptes' });
  await expect(renderings).toContainText('“Court of Audit”');
  await expect(renderings).toContainText('“Court of Auditors”');

  // The segment's link opens the translation at it, its English text focused.
  await page.getByRole('link', { name: 'A segment of “Dette publique”' }).click();
  await expect(translation.target('Cour des comptes')).toBeFocused();
  await expect(translation.target('Cour des comptes')).toHaveValue(
    'According to the Court of Auditors, debt is rising.',
  );
  await page.goBack();

  await page.getByRole('button', { name: 'Use “Court of Audit” in this segment' }).click();
  await expect(page.getByText('No drift: every glossary entry is rendered one way')).toBeVisible();
  await article.waitUntilSaved();
  await library.open(server.url);
  await library.openArticle(/Dette publique/);
  await translation.openFromArticle();
  await expect(translation.target('Cour des comptes')).toHaveValue(
    'According to the Court of Audit, debt is rising.',
  );

  // One undo step brings the variant back, and the report with it.
  await page.keyboard.press('Control+z');
  await expect(translation.target('Cour des comptes')).toHaveValue(
    'According to the Court of Auditors, debt is rising.',
  );
});
