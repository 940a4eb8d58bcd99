import { readFile } from 'node:fs/promises';
import { expect, seedArticle, test } from './fixtures';
import { ArticlePage } from './pages/ArticlePage';
import { ClaimsPanel, ClaimsView } from './pages/ClaimsPanel';
import { ExportDialog } from './pages/ExportDialog';
import { LibraryPage } from './pages/LibraryPage';

const quoted = 'les licences sont toujours en cours de finalisation du côté chinois';
const figures = 'jusqu’à 400 000 GPU pourraient être concernés';

test('marks claims, prefills their claimant, checks the figures of a translation, undoes a verdict and publishes ClaimReview', async ({
  page,
  server,
}) => {
  const library = new LibraryPage(page);
  const article = new ArticlePage(page);
  const claims = new ClaimsPanel(page);
  await library.openCorpusArticle(server.url, 'seed-h200-chine.fr.txt', seedArticle);

  await article.select('Jensen Huang');
  await page.keyboard.press('1');
  await expect(article.annotation('Jensen Huang')).toHaveAttribute('data-label', 'person');

  // His quoted statement, selected with its guillemets, becomes a claim by its key.
  await article.select(`« ${quoted} »`);
  await page.keyboard.press('c');
  await expect(claims.drawnClaims.filter({ hasText: quoted })).toHaveCount(1);
  await expect(claims.form).toContainText(quoted);
  await expect(claims.chosenClaimant).toHaveText('Jensen Huang');
  // A claim is no entity: it is listed with the claims, not with the entities.
  await expect(claims.row(quoted)).toContainText('Unverified');
  await expect(page.getByRole('list', { name: 'Entities in this article' })).not.toContainText(quoted);

  // Marked from the toolbar, the claim keeps its elision.
  await article.select(figures);
  await article.toolbar.getByRole('button', { name: 'Mark as claim' }).click();
  await expect(claims.form).toContainText(figures);
  await expect(claims.drawnClaims.filter({ hasText: 'GPU' })).toHaveText(figures);
  await expect(claims.chosenClaimant).toHaveText(/Unattributed/);
  await expect(claims.claimantDescription).toHaveValue('plusieurs informations concordantes');

  await claims.englishText.fill('up to 40,000 GPUs could be affected');
  await expect(claims.figureWarnings).toContainText('“400 000” became “40,000”');
  await expect(claims.row(figures).getByRole('img', { name: /does not keep every figure/ })).toBeVisible();
  await claims.englishText.fill('up to 400,000 GPUs could be affected');
  await expect(claims.figureWarnings).toHaveCount(0);
  await expect(claims.row(figures).getByRole('img', { name: /does not keep every figure/ })).toHaveCount(0);
  await article.waitUntilSaved();

  await claims.addEvidence('https://www.reuters.com/technology/nvidia-h200-china', 'Reuters');
  await article.waitUntilSaved();
  await claims.verdict.selectOption({ label: 'Mostly true' });
  await expect(claims.row(figures)).toContainText('Mostly true');
  const undo = page.getByRole('button', { name: /^Undo/ });
  const redo = page.getByRole('button', { name: /^Redo/ });
  await expect(undo).toHaveAccessibleName(`Undo: Set the verdict of “${figures}”`);

  await undo.click();
  await expect(claims.verdict).toHaveValue('unverified');
  await expect(claims.row(figures)).toContainText('Unverified');
  await expect(claims.evidenceLinks.getByRole('link', { name: 'Reuters' })).toBeVisible();
  await expect(redo).toHaveAccessibleName(`Redo: Set the verdict of “${figures}”`);
  await redo.click();
  await expect(claims.verdict).toHaveValue('mostly-true');
  await article.waitUntilSaved();

  // What the form shows is what is stored.
  const [summary] = await server.call<readonly { id: number }[]>('articles.list', {});
  const stored = await server.call<readonly { quote: string; verdict: string; englishText: string }[]>(
    'claims.list',
    { articleId: summary!.id },
  );
  expect(stored.map(({ quote, verdict, englishText }) => ({ quote, verdict, englishText }))).toEqual([
    { quote: figures, verdict: 'mostly-true', englishText: 'up to 400,000 GPUs could be affected' },
    { quote: quoted, verdict: 'unverified', englishText: '' },
  ]);

  // The workspace's Claims view finds it by its verdict and opens the article at it.
  await page.getByRole('link', { name: 'Claims', exact: true }).click();
  const view = new ClaimsView(page);
  await expect(view.rows).toHaveCount(2);
  await view.verdictFilter.selectOption({ label: 'Mostly true' });
  await expect(view.rows).toHaveCount(1);
  await expect(view.rows.first()).toContainText(figures);
  await expect(view.rows.first()).toContainText('plusieurs informations concordantes');
  await view.search.fill('400,000 GPUs');
  await expect(view.rows).toHaveCount(1);
  await view.verdictFilter.selectOption({ label: 'False' });
  await expect(view.rows).toHaveCount(0);
  await view.verdictFilter.selectOption({ label: 'Mostly true' });
  await view.setPublisher('Les Décodeurs', 'https://www.lemonde.fr/les-decodeurs/');
  await expect(view.publisherStatus).toHaveText('Fact-checks are published by Les Décodeurs.');
  await view.rows.first().getByRole('link').click();
  await expect(claims.form).toContainText(figures);
  await expect(claims.drawnClaims.filter({ hasText: 'GPU' })).toHaveAttribute('aria-current', 'true');

  // Deleting it takes it off the text and the list; undo brings it back.
  await claims.form.getByRole('button', { name: 'Delete claim' }).click();
  await expect(claims.drawnClaims).toHaveCount(1);
  await expect(claims.row(figures)).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Undo/ })).toHaveAccessibleName(/^Undo: Delete/);
  await page.getByRole('button', { name: /^Undo/ }).click();
  await expect(claims.row(figures)).toContainText('Mostly true');
  await expect(claims.drawnClaims).toHaveCount(2);

  // With its fact-check's address, the reviewed claim is published as ClaimReview; the other one,
  // still unverified, has no rating to publish.
  await claims.row(figures).getByRole('button').first().click();
  await expect(claims.form).toContainText(figures);
  await claims.form
    .getByLabel('Fact-check address', { exact: true })
    .fill('https://www.lemonde.fr/les-decodeurs/gpu');
  await claims.form.getByLabel('Fact-check address', { exact: true }).blur();
  await article.waitUntilSaved();
  const dialog = new ExportDialog(page);
  await dialog.open();
  await dialog.choose({ kind: 'Claims', format: 'claimreview' });
  await expect(dialog.preview).toContainText('"@type": "ClaimReview"');
  const reviews = JSON.parse(
    await readFile(await (await dialog.exportAndDownload()).path(), 'utf8'),
  ) as unknown;
  expect(reviews).toEqual([
    expect.objectContaining({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: 'https://www.lemonde.fr/les-decodeurs/gpu',
      claimReviewed: 'up to 400,000 GPUs could be affected',
      reviewRating: {
        '@type': 'Rating',
        ratingValue: 4,
        bestRating: 5,
        worstRating: 1,
        alternateName: 'Mostly true',
      },
      itemReviewed: expect.objectContaining({ '@type': 'Claim' }),
      author: {
        '@type': 'Organization',
        name: 'Les Décodeurs',
        url: 'https://www.lemonde.fr/les-decodeurs/',
      },
      inLanguage: 'en',
    }),
  ]);
});
