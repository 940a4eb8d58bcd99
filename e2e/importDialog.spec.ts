import { expect, seedArticle, test } from './fixtures';
import { ArticlePage } from './pages/ArticlePage';
import { GlossaryPage } from './pages/GlossaryPage';
import { ImportDialog } from './pages/ImportDialog';
import { LibraryPage } from './pages/LibraryPage';

test('imports a glossary whose row for a marked entity gives another English term: the conflict is listed and settled', async ({
  page,
  server,
}) => {
  const library = new LibraryPage(page);
  const article = new ArticlePage(page);
  const glossary = new GlossaryPage(page);
  const dialog = new ImportDialog(page);
  await library.openCorpusArticle(server.url, 'seed-h200-chine.fr.txt', seedArticle);
  await article.select('Pékin');
  await page.keyboard.press('3');
  await expect(article.annotation('Pékin')).toHaveAttribute('data-label', 'place');
  await article.setEnglishTerm('Pékin', 'Beijing');
  await article.waitUntilSaved();

  await dialog.open();
  await dialog.chooseFile(
    'glossary',
    'theirs.csv',
    'french_term,english_term,label\r\npekin,Peiping,place\r\nShanghai,Shanghai,place\r\n',
  );
  await expect(dialog.count('Format')).toHaveText('CSV (Passerelle, either dialect)');
  await expect(dialog.count('New entries')).toHaveText('1');
  await expect(dialog.count('Conflicts')).toHaveText('1');
  await expect(dialog.conflicts).toHaveCount(1);
  const conflict = dialog.conflict('Pékin');
  await expect(conflict).toContainText('line 2');
  // Nothing is overwritten unless the user says so.
  await expect(conflict.getByRole('radio', { name: 'Keep mine: “Beijing”' })).toBeChecked();
  await dialog.dialog
    .getByRole('group', { name: 'Apply one choice to every conflict' })
    .getByRole('button', { name: 'Keep both', exact: true })
    .click();
  await expect(conflict.getByRole('radio', { name: 'Keep both, as two entries' })).toBeChecked();
  await conflict.getByRole('radio', { name: 'Take theirs: “Peiping”' }).check();
  await dialog.importFile();
  await expect(dialog.count('New entries')).toHaveText('1');
  await expect(dialog.count('Entries merged into yours')).toHaveText('1');
  await expect(page.getByRole('button', { name: /^Undo:/ })).toHaveAccessibleName(
    'Undo: Import 2 glossary entries from theirs.csv',
  );
  await dialog.close();

  await glossary.open();
  await expect(glossary.frenchTerms).toHaveText(['Pékin', 'Shanghai']);
  await expect(glossary.row('Pékin')).toContainText('Peiping');
  await expect(glossary.row('Pékin')).not.toContainText('Beijing');
  await expect(glossary.row('Shanghai')).toContainText('Place');
});

test('imports a doccano JSONL, mapping one of its labels, and shows its spans in the new article', async ({
  page,
  server,
}) => {
  const library = new LibraryPage(page);
  const article = new ArticlePage(page);
  const dialog = new ImportDialog(page);
  await library.open(server.url);
  await dialog.open();
  const lines = [
    {
      text: 'Xi Jinping a reçu Tim Cook à Pékin.',
      label: [
        [0, 10, 'PER'],
        [18, 26, 'PER'],
        [29, 34, 'GPE'],
      ],
    },
    {
      text: 'Alibaba ouvre un bureau à Paris.',
      label: [
        [0, 7, 'PER'],
        [26, 40, 'GPE'],
      ],
    },
  ];
  await dialog.chooseFile('dataset', 'doccano.jsonl', lines.map((line) => JSON.stringify(line)).join('\n'));
  await expect(dialog.count('Format')).toHaveText('doccano JSONL');
  await expect(dialog.count('New articles')).toHaveText('2');
  await expect(dialog.count('Spans added')).toHaveText('4');
  await expect(dialog.count('Spans skipped')).toHaveText('1');
  await expect(dialog.summary.getByRole('listitem')).toHaveText([
    /^Line 2: the span 26–40 ends after the text/,
  ]);
  await dialog.dialog.getByLabel('File label “PER”').selectOption({ label: 'Use Person' });
  await expect(dialog.dialog.getByLabel('File label “GPE”')).toHaveValue('');
  await dialog.importFile();
  await expect(dialog.count('Spans added')).toHaveText('4');
  await expect(dialog.count('New labels')).toHaveText('GPE');
  await expect(page.getByRole('button', { name: /^Undo:/ })).toHaveAccessibleName(
    'Undo: Import 4 spans from doccano.jsonl',
  );
  await dialog.close();

  await expect(library.article(/Xi Jinping a reçu/)).toBeVisible();
  await expect(library.article(/Alibaba ouvre/)).toBeVisible();
  await library.openArticle(/Xi Jinping a reçu/);
  await expect(article.annotation('Xi Jinping')).toHaveAttribute('data-label', 'person');
  await expect(article.annotation('Tim Cook')).toHaveAttribute('data-label', 'person');
  await expect(article.annotation('Pékin')).toHaveAttribute('data-label', /gpe/i);
  await expect(article.legend).toContainText('GPE');
});

test('refuses a dataset with a line that is not JSON, naming the line, and imports nothing', async ({
  page,
  server,
}) => {
  const library = new LibraryPage(page);
  const dialog = new ImportDialog(page);
  await library.open(server.url);
  await dialog.open();
  await dialog.chooseFile(
    'dataset',
    'bad.jsonl',
    `${JSON.stringify({ text: 'Pékin répond.', label: [[0, 5, 'GPE']] })}\n{"text": "Paris", label: []}\n`,
  );
  await expect(dialog.error).toContainText('bad.jsonl, line 2: the line is not JSON');
  await expect(dialog.summary).toHaveCount(0);
  await expect(dialog.dialog.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  await dialog.cancel();
  await expect(page.getByText(/^No articles yet/)).toBeVisible();
  expect(await server.call<unknown[]>('articles.list', {})).toEqual([]);
  expect(
    (await server.call<{ nameEn: string }[]>('labels.list', {})).map((label) => label.nameEn),
  ).not.toContain('GPE');
});
