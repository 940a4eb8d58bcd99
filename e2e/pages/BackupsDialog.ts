import { expect, type Locator, type Page } from '@playwright/test';

/// The header's workspace name and the backups dialog, as a person uses them.
export class BackupsDialog {
  readonly page: Page;
  readonly workspaceName: Locator;
  readonly dialog: Locator;
  readonly rows: Locator;

  constructor(page: Page) {
    this.page = page;
    this.workspaceName = page.getByRole('banner').getByTitle('The workspace open now (its file name)');
    this.dialog = page.getByRole('dialog', { name: 'Backups of this workspace' });
    this.rows = this.dialog.getByRole('list', { name: 'Backups, newest first' }).getByRole('listitem');
  }

  /// Opens the backups dialog from the header.
  async open(): Promise<void> {
    await this.page.getByRole('banner').getByRole('button', { name: 'Backups' }).click();
    await expect(this.dialog).toBeVisible();
  }

  /// Takes a backup now and waits until the list shows `count` backups.
  async backUpNow(count: number): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Back up now' }).click();
    await expect(this.rows).toHaveCount(count);
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Close' }).click();
    await expect(this.dialog).toBeHidden();
  }

  /// Restores the backup in row `index` (0: the newest) after confirming.
  async restore(index: number): Promise<void> {
    await this.rows
      .nth(index)
      .getByRole('button', { name: /^Restore the backup of / })
      .click();
    const confirm = this.page.getByRole('dialog', { name: 'Restore this backup?' });
    await expect(confirm).toContainText('backed up first');
    await confirm.getByRole('button', { name: 'Restore' }).click();
  }
}
