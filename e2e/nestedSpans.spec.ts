import { expect, test } from './fixtures';
import { ArticlePage } from './pages/ArticlePage';
import { LibraryPage } from './pages/LibraryPage';

interface AnnotationJson {
  readonly id: number;
  readonly quote: string;
}

test('draws nested spans apart, reaches each by clicking, and deletes the inner one', async ({
  page,
  server,
}) => {
  const library = new LibraryPage(page);
  const article = new ArticlePage(page);
  await library.openCorpusArticle(server.url, 'reacteur-flamanville.fr.html', /Flamanville/);

  await article.select('Autorité de sûreté nucléaire et de radioprotection');
  await page.keyboard.press('2');
  await article.select('nucléaire');
  await page.keyboard.press('6');
  await article.waitUntilSaved();

  const [summary] = await server.call<readonly { id: number }[]>('articles.list', {});
  const stored = await server.call<readonly AnnotationJson[]>('annotations.list', { articleId: summary!.id });
  const outer = stored.find((annotation) => annotation.quote.startsWith('Autorité'))!;
  const inner = stored.find((annotation) => annotation.quote === 'nucléaire')!;
  const outerPieces = article.annotationPieces(outer.id);
  const innerPiece = article.annotationPieces(inner.id);
  await expect(outerPieces).toHaveCount(3);
  await expect(outerPieces.first()).toHaveAttribute('data-label', 'organisation');
  await expect(outerPieces.first()).not.toHaveAttribute('data-depth');
  await expect(innerPiece).toHaveAttribute('data-label', 'other');
  await expect(innerPiece).toHaveAttribute('data-depth', '1');

  // Two clicks a few pixels apart, as a person clicks again (not a double click on one spot).
  await innerPiece.click({ position: { x: 4, y: 6 } });
  await expect(innerPiece).toHaveAttribute('aria-current', 'true');
  await expect(article.selectedMention).toContainText('Also here:');
  await innerPiece.click({ position: { x: 30, y: 8 } });
  await expect(outerPieces.first()).toHaveAttribute('aria-current', 'true');
  await expect(innerPiece).not.toHaveAttribute('aria-current', 'true');
  await outerPieces.first().click();
  await expect(outerPieces.first()).toHaveAttribute('aria-current', 'true');

  await article.selectedMention.getByRole('button', { name: 'nucléaire' }).click();
  await expect(innerPiece).toHaveAttribute('aria-current', 'true');
  await article.text.focus();
  await page.keyboard.press('Delete');
  await expect(innerPiece).toHaveCount(0);
  await expect(outerPieces).toHaveCount(1);
  await expect(outerPieces).toHaveText('Autorité de sûreté nucléaire et de radioprotection');
  await article.waitUntilSaved();
});
