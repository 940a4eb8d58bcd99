import { expect, type Download, type Locator, type Page } from '@playwright/test';

/// What to export, as the dialog's controls name it: the kind, the format's option value, and
/// optionally the CSV dialect (its label) and the privacy profile (which the claims do not offer).
export interface ExportChoice {
  readonly kind: 'Glossary' | 'Annotated dataset' | 'Claims';
  readonly format: string;
  readonly dialect?: 'CSV' | 'Excel (French)';
  readonly privacy?: boolean;
}

/// The Export dialog, opened from the header's Export… button, as a person uses it.
export class ExportDialog {
  readonly page: Page;
  readonly dialog: Locator;
  readonly preview: Locator;
  readonly leftOut: Locator;
  readonly progress: Locator;

  constructor(page: Page) {
    this.page = page;
    this.dialog = page.getByRole('dialog', { name: 'Export', exact: true });
    this.preview = this.dialog.getByLabel(/^The first lines of /);
    this.leftOut = this.dialog.getByRole('list', { name: 'Leaves out:' }).getByRole('listitem');
    this.progress = this.dialog.getByRole('progressbar', { name: 'Export progress' });
  }

  /// Opens the dialog from the header.
  async open(): Promise<void> {
    await this.page.getByRole('banner').getByRole('button', { name: 'Export a glossary or dataset' }).click();
    await expect(this.dialog).toBeVisible();
  }

  /// Sets the dialog's controls to `choice`.
  async choose(choice: ExportChoice): Promise<void> {
    await this.dialog.getByRole('radio', { name: choice.kind }).check();
    await this.dialog.getByRole('combobox', { name: 'Format' }).selectOption(choice.format);
    if (choice.dialect !== undefined) {
      await this.dialog.getByRole('combobox', { name: 'CSV for' }).selectOption({ label: choice.dialect });
    }
    const privacy = this.dialog.getByRole('checkbox', { name: /privacy profile/ });
    if (choice.kind === 'Claims') await expect(privacy).toHaveCount(0);
    else await privacy.setChecked(choice.privacy ?? false);
  }

  /// Exports with the current choices, waits until the file is written, saves it and returns the
  /// download.
  async exportAndDownload(): Promise<Download> {
    await this.dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const save = this.dialog.getByRole('button', { name: 'Save file' });
    await expect(save).toBeVisible();
    const download = this.page.waitForEvent('download');
    await save.click();
    const file = await download;
    await expect(this.dialog.getByRole('status')).toContainText('was downloaded');
    return file;
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Close' }).click();
    await expect(this.dialog).toBeHidden();
  }
}
