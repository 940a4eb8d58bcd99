import { expect, test } from './fixtures';
import { LibraryPage } from './pages/LibraryPage';

const fragment = `<meta charset="utf-8"><!--StartFragment--><h2>Grève à la SNCF</h2>
<p>Les cheminots ont cessé le travail jeudi à l’appel de la CGT, perturbant le trafic en Île-de-France.</p>
<p>La direction de la SNCF prévoit <em>un train sur trois</em> sur les lignes RER.</p><!--EndFragment-->`;

test('imports an HTML fragment pasted in the Paste article dialog, keeping its paragraphs', async ({
  page,
  server,
}) => {
  const library = new LibraryPage(page);
  await library.open(server.url);
  await library.pasteArticle({
    html: fragment,
    text: 'Grève à la SNCF\nLes cheminots ont cessé le travail jeudi…\nLa direction de la SNCF prévoit…',
  });

  await expect(library.result('Pasted text')).toContainText('Imported');
  await expect(library.articles.getByRole('listitem')).toHaveCount(1);
  await library.result('Pasted text').getByRole('link', { name: 'Open' }).click();
  const text = page.getByRole('textbox', { name: 'Article text' });
  await expect(text.locator('p')).toHaveCount(2);
  await expect(text.locator('p').first()).toHaveText(
    'Les cheminots ont cessé le travail jeudi à l’appel de la CGT, perturbant le trafic en Île-de-France.',
  );
  await expect(text.locator('em')).toHaveText('un train sur trois');
});

test('imports text pasted on the library page when no field has the focus', async ({ page, server }) => {
  const library = new LibraryPage(page);
  await library.open(server.url);
  await page.locator('body').evaluate((body) => {
    const clipboardData = new DataTransfer();
    clipboardData.setData(
      'text/plain',
      'Inondations dans le Gard\n\nLes pompiers ont évacué trois cents habitants de Sommières samedi.',
    );
    body.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
  });
  await expect(library.result('Pasted text')).toContainText('Imported');
  await expect(library.article('Inondations dans le Gard')).toBeVisible();
});

test('says clearly why a web address was refused and keeps it in the field', async ({ page, server }) => {
  const library = new LibraryPage(page);
  await library.open(server.url);
  await library.importFromUrl('http://127.0.0.1:9/article.html');
  const error = page.getByRole('alert');
  await expect(error).toContainText('The page was not imported');
  await expect(error).toContainText(/private|loopback|local/i);
  await expect(library.urlField).toHaveValue('http://127.0.0.1:9/article.html');
  await expect(library.urlField).toHaveAttribute('aria-invalid', 'true');
  await expect(library.importResults).toHaveCount(0);
});
