import { expect, type Locator, type Page } from '@playwright/test';

/// The translation view: French | English, one row per segment, and its side panels.
export class TranslationView {
  readonly page: Page;
  readonly segments: Locator;
  readonly saveStatus: Locator;

  constructor(page: Page) {
    this.page = page;
    this.segments = page.getByRole('list', { name: /^Segments$/ });
    this.saveStatus = page.getByRole('status').and(page.locator('.save-status'));
  }

  /// Imports an article typed into the library's "Paste article" dialog.
  async pasteArticle(text: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Paste article' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Paste an article' });
    await dialog.getByLabel('Article text').fill(text);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  /// Opens the translation from the article view's "Translate" button.
  async openFromArticle(): Promise<void> {
    await this.page.getByRole('link', { name: 'Translate', exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: /^Translation: / })).toBeVisible();
  }

  /// Splits an article not yet segmented into sentences and waits for the rows.
  async splitIntoSentences(): Promise<void> {
    await this.page.getByRole('button', { name: 'Split into sentences' }).click();
    await expect(this.segments.getByRole('listitem').first()).toBeVisible();
  }

  /// The row of the first segment whose French text contains `text`.
  row(text: string): Locator {
    return this.segments
      .locator('.segment-row')
      .filter({ has: this.page.locator('.segment-source', { hasText: text }) });
  }

  /// The English text field of the first segment whose French contains `text`.
  target(text: string): Locator {
    return this.row(text)
      .first()
      .getByRole('textbox', { name: /^English translation of segment \d+$/ });
  }

  /// The English text field of the n-th segment (from 1).
  targetNumber(number: number): Locator {
    return this.page.getByRole('textbox', { name: `English translation of segment ${number}`, exact: true });
  }

  /// The QA issues listed under the first segment whose French contains `text`.
  issues(text: string): Locator {
    return this.row(text)
      .first()
      .getByRole('list', { name: /^QA issues of segment/ });
  }

  /// Waits until every change is confirmed stored.
  async waitUntilSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveText(/Saved|Enregistré/);
  }

  /// Chooses an export format (and what to do with untranslated segments) and exports, returning
  /// the downloaded file's name and text.
  async export(format: string, untranslated?: string): Promise<{ fileName: string; text: string }> {
    const panel = this.page.getByRole('region', { name: 'Export and import' });
    await panel.getByLabel('Format').selectOption({ label: format });
    if (untranslated) await panel.getByLabel('Untranslated segments').selectOption({ label: untranslated });
    const download = this.page.waitForEvent('download');
    await panel.getByRole('button', { name: 'Export', exact: true }).click();
    const file = await download;
    const stream = await file.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
    return { fileName: file.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
  }
}
