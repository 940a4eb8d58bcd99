import { expect, type Locator, type Page } from '@playwright/test';

/// The Import dialog for glossaries and datasets, as a person uses it from the header.
export class ImportDialog {
  readonly page: Page;
  readonly dialog: Locator;

  constructor(page: Page) {
    this.page = page;
    this.dialog = page.getByRole('dialog', { name: 'Import a glossary or dataset' });
  }

  /// Opens the dialog with the header's "Import…" button.
  async open(): Promise<void> {
    await this.page.getByRole('banner').getByRole('button', { name: 'Import a glossary or dataset' }).click();
    await expect(this.dialog).toBeVisible();
  }

  /// Says what the file holds and chooses it (written by the test), then waits for the dialog to
  /// show what importing it does, or an error.
  async chooseFile(kind: 'glossary' | 'dataset', name: string, content: string): Promise<void> {
    await this.dialog
      .getByRole('radio', { name: kind === 'glossary' ? /^A glossary/ : /^An annotated dataset/ })
      .check();
    await this.dialog.getByLabel('File', { exact: true }).setInputFiles({
      name,
      mimeType: 'text/plain',
      buffer: Buffer.from(content, 'utf8'),
    });
    await expect(this.summary.or(this.error)).toBeVisible();
  }

  /// What importing the chosen file does (after inspection) or did (the report).
  get summary(): Locator {
    return this.dialog.getByRole('region', { name: /^(What importing .* does|Imported from )/ });
  }

  /// The value the summary shows for a count ("New entries", "Conflicts", "Format"…).
  count(name: string): Locator {
    return this.summary
      .locator('dl > div')
      .filter({ has: this.page.locator('dt').getByText(name, { exact: true }) })
      .locator('dd');
  }

  /// The conflicts section's radio groups, one per conflict.
  get conflicts(): Locator {
    return this.dialog
      .getByRole('region', { name: 'Conflicts' })
      .getByRole('group')
      .filter({
        has: this.page.getByRole('radio'),
      });
  }

  /// The conflict of the French term `frenchTerm`.
  conflict(frenchTerm: string): Locator {
    return this.conflicts.filter({ hasText: `“${frenchTerm}”` });
  }

  /// The error the dialog shows.
  get error(): Locator {
    return this.dialog.getByRole('alert');
  }

  /// Runs the import and waits for its report.
  async importFile(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(this.dialog.getByRole('region', { name: /^Imported from / })).toBeVisible();
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(this.dialog).toBeHidden();
  }

  async cancel(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(this.dialog).toBeHidden();
  }
}
