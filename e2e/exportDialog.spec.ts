import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { expect, seedArticle, test, testAuthorName } from './fixtures';
import { ArticlePage } from './pages/ArticlePage';
import { ExportDialog, type ExportChoice } from './pages/ExportDialog';
import { LibraryPage } from './pages/LibraryPage';

test.beforeEach(async ({ page, server }) => {
  const library = new LibraryPage(page);
  const article = new ArticlePage(page);
  await library.openCorpusArticle(server.url, 'seed-h200-chine.fr.txt', seedArticle);
  await article.select('Pékin');
  await page.keyboard.press('3');
  await article.setEnglishTerm('Pékin', 'Beijing');
  await article.waitUntilSaved();
});

async function exported(dialog: ExportDialog, choice: ExportChoice): Promise<{ name: string; path: string }> {
  await dialog.choose(choice);
  const download = await dialog.exportAndDownload();
  return { name: download.suggestedFilename(), path: await download.path() };
}

// The files of a ZIP and their text, read by Python's zipfile (CRCs checked).
function zipContents(path: string): Record<string, string> {
  return JSON.parse(
    execFileSync(
      'python3',
      [
        '-c',
        'import sys, zipfile, json\nz = zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\nprint(json.dumps({n: z.read(n).decode("utf-8") for n in z.namelist()}))',
        path,
      ],
      { encoding: 'utf8' },
    ),
  ) as Record<string, string>;
}

test('exports the glossary as a CSV file with the English terms', async ({ page }) => {
  const dialog = new ExportDialog(page);
  await dialog.open();
  const file = await exported(dialog, { kind: 'Glossary', format: 'csv', dialect: 'CSV' });
  expect(file.name).toBe('passerelle-glossary.csv');
  const csv = await readFile(file.path, 'utf8');
  const [header, ...rows] = csv.replace(/^\uFEFF/, '').split(/\r?\n/);
  expect(header).toMatch(/^french_term,english_term,/);
  expect(rows.some((row) => row.includes('Pékin') && row.includes('Beijing'))).toBe(true);
});

test('exports the glossary for a spreadsheet set to French, and remembers the choice', async ({ page }) => {
  const dialog = new ExportDialog(page);
  await dialog.open();
  const file = await exported(dialog, { kind: 'Glossary', format: 'csv', dialect: 'Excel (French)' });
  const csv = await readFile(file.path, 'utf8');
  const [header, ...rows] = csv.replace(/^\uFEFF/, '').split('\r\n');
  expect(header).toMatch(/^french_term;english_term;label;/);
  expect(rows.some((row) => row.startsWith('Pékin;Beijing;place;'))).toBe(true);

  await page.reload();
  await dialog.open();
  await expect(dialog.dialog.getByRole('combobox', { name: 'CSV for' })).toHaveValue('excel-fr');
});

test('shows the first lines of the file before exporting, and follows the format', async ({ page }) => {
  const dialog = new ExportDialog(page);
  await dialog.open();
  await dialog.choose({ kind: 'Glossary', format: 'tsv' });
  await expect(dialog.preview).toContainText('Pékin\tBeijing');
  await expect(dialog.dialog).toContainText('For OmegaT’s glossary pane');
  await dialog.choose({ kind: 'Annotated dataset', format: 'conll' });
  await expect(dialog.preview).toContainText('-DOCSTART-');
  await expect(dialog.dialog).toContainText(/1 article and 1 span/);
});

test('exports the glossary as TSV, JSON, TBX and HTML', async ({ page }) => {
  const dialog = new ExportDialog(page);
  await dialog.open();

  const tsv = await exported(dialog, { kind: 'Glossary', format: 'tsv' });
  expect(tsv.name).toBe('passerelle-glossary.txt');
  expect(await readFile(tsv.path, 'utf8')).toMatch(/^Pékin\tBeijing/m);

  const json = await exported(dialog, { kind: 'Glossary', format: 'json' });
  expect(json.name).toBe('passerelle-glossary.json');
  const parsed = JSON.parse(await readFile(json.path, 'utf8')) as {
    entries: { frenchTerm: string; englishTerm: string }[];
  };
  expect(parsed.entries).toEqual([expect.objectContaining({ frenchTerm: 'Pékin', englishTerm: 'Beijing' })]);

  const tbx = await exported(dialog, { kind: 'Glossary', format: 'tbx' });
  expect(tbx.name).toBe('passerelle-glossary.tbx');
  const xml = await readFile(tbx.path, 'utf8');
  expect(xml).toContain('<term>Pékin</term>');
  expect(xml).toContain('<term>Beijing</term>');

  const html = await exported(dialog, { kind: 'Glossary', format: 'html' });
  expect(html.name).toBe('passerelle-glossary.html');
  const page_ = await readFile(html.path, 'utf8');
  expect(page_).toMatch(/^<!doctype html>/i);
  expect(page_).toContain('Beijing');
});

test('exports the annotated dataset as JSONL, CoNLL, a brat ZIP and Web Annotation', async ({ page }) => {
  const dialog = new ExportDialog(page);
  await dialog.open();

  const jsonl = await exported(dialog, { kind: 'Annotated dataset', format: 'jsonl' });
  expect(jsonl.name).toBe('passerelle-dataset.jsonl');
  const lines = (await readFile(jsonl.path, 'utf8')).trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  const line = JSON.parse(lines[0]!) as {
    text: string;
    spans: { start: number; end: number; text: string; author?: string; english_term?: string }[];
  };
  expect(line.spans).toEqual([
    expect.objectContaining({ text: 'Pékin', english_term: 'Beijing', author: testAuthorName }),
  ]);
  const span = line.spans[0]!;
  expect([...line.text].slice(span.start, span.end).join('')).toBe('Pékin');

  const conll = await exported(dialog, { kind: 'Annotated dataset', format: 'conll' });
  expect(conll.name).toBe('passerelle-dataset.conll');
  expect(await readFile(conll.path, 'utf8')).toMatch(/^Pékin _ _ B-place$/m);

  const brat = await exported(dialog, { kind: 'Annotated dataset', format: 'brat' });
  expect(brat.name).toBe('passerelle-dataset-brat.zip');
  const files = zipContents(brat.path);
  const names = Object.keys(files);
  expect(names).toContain('annotation.conf');
  const ann = names.find((name) => name.endsWith('.ann'))!;
  const txt = ann.replace(/\.ann$/, '.txt');
  expect(files[txt]).toContain('Pékin');
  expect(files[ann]).toMatch(/^T1\tplace \d+ \d+\tPékin$/m);

  const webanno = await exported(dialog, { kind: 'Annotated dataset', format: 'webanno' });
  expect(webanno.name).toBe('passerelle-dataset.jsonld');
  const collection = JSON.parse(await readFile(webanno.path, 'utf8')) as { type: string; total: number };
  expect(collection).toMatchObject({ type: 'AnnotationCollection', total: 1 });
});

test('the privacy profile says what it leaves out, and the file has no author', async ({ page }) => {
  const dialog = new ExportDialog(page);
  await dialog.open();
  await dialog.choose({ kind: 'Annotated dataset', format: 'jsonl', privacy: true });
  await expect(dialog.leftOut).toHaveText([
    'annotator names (1 span)',
    'links to unreviewed (draft) glossary entries (1 span)',
    'claims nobody has reviewed yet (0 claims)',
    'reviewer names (0 claims)',
  ]);
  await expect(dialog.preview).not.toContainText(testAuthorName);
  const download = await dialog.exportAndDownload();
  const text = await readFile(await download.path(), 'utf8');
  expect(text).toContain('Pékin');
  expect(text).not.toContain(testAuthorName);
  expect(text).not.toContain('"author"');

  await dialog.choose({ kind: 'Glossary', format: 'json', privacy: true });
  await expect(dialog.leftOut).toContainText(['draft entries, not yet reviewed (1 entry)']);
});

test('opened from an article, exports that article alone when asked', async ({ page, server }) => {
  await server.call('articles.importText', {
    content: 'Un autre article.\n\nIl parle de Lyon et de Marseille.',
    format: 'text',
  });
  const dialog = new ExportDialog(page);
  await dialog.open();
  await dialog.choose({ kind: 'Annotated dataset', format: 'jsonl' });
  await expect(dialog.dialog).toContainText('2 articles and 1 span');
  await dialog.dialog
    .getByRole('combobox', { name: 'Articles' })
    .selectOption({ label: 'This article only' });
  await expect(dialog.dialog).toContainText('1 article and 1 span');
  const download = await dialog.exportAndDownload();
  const lines = (await readFile(await download.path(), 'utf8')).trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain('Pékin');
});

test('exports the claims of a workspace without any as an empty ClaimReview array', async ({ page }) => {
  const dialog = new ExportDialog(page);
  await dialog.open();
  await dialog.choose({ kind: 'Claims', format: 'claimreview' });
  await expect(dialog.dialog).toContainText('where fact-check search tools read ClaimReview');
  await expect(dialog.dialog).toContainText('passerelle-claims.jsonld · 0 claims');
  await expect(dialog.preview).toHaveText('[]');
  const download = await dialog.exportAndDownload();
  expect(download.suggestedFilename()).toBe('passerelle-claims.jsonld');
  expect(JSON.parse(await readFile(await download.path(), 'utf8'))).toEqual([]);
});
