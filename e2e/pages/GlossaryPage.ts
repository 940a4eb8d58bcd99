import { expect, type Locator, type Page } from '@playwright/test';

/// The glossary screen: the table of entries and the entry panel beside it.
export class GlossaryPage {
  readonly page: Page;
  readonly table: Locator;
  readonly entryPanel: Locator;

  constructor(page: Page) {
    this.page = page;
    this.table = page.getByRole('table', { name: 'Glossary entries' });
    this.entryPanel = page
      .getByRole('complementary')
      .filter({ has: page.getByRole('heading', { level: 2 }) });
  }

  /// Opens the glossary through the header link.
  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: 'Glossary' })
      .click();
    await expect(this.page.getByRole('heading', { name: 'Glossary', level: 1 })).toBeVisible();
  }

  /// The table rows (entries) shown.
  get rows(): Locator {
    return this.table.locator('tbody tr');
  }

  /// The row of the entry whose French term is exactly `frenchTerm`.
  row(frenchTerm: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('rowheader', { name: frenchTerm, exact: true }) });
  }

  /// The number shown in a row's "Mentions" column.
  mentionCount(frenchTerm: string): Locator {
    return this.row(frenchTerm).locator('td.numeric').first();
  }

  /// Opens an entry's panel from its row.
  async openEntry(frenchTerm: string): Promise<void> {
    await this.row(frenchTerm).getByRole('link', { name: frenchTerm, exact: true }).click();
    await expect(this.page.getByRole('heading', { name: frenchTerm, level: 2 })).toBeVisible();
  }

  /// The open entry's mentions across articles.
  get mentions(): Locator {
    return this.page.getByRole('region', { name: /mentions?$/ }).getByRole('listitem');
  }

  /// A field of the open entry's form, by its label ("English term", "Decision", "Wikidata id"…).
  field(name: string): Locator {
    return this.entryPanel.getByLabel(name, { exact: true });
  }

  /// Types into a text field of the open entry and leaves it with Tab, which saves it.
  async fillField(name: string, value: string): Promise<void> {
    await this.field(name).fill(value);
    await this.field(name).press('Tab');
  }

  /// The search field above the table.
  get search(): Locator {
    return this.page.getByRole('searchbox', { name: 'Search the glossary' });
  }

  /// The "Filter by label" select.
  get labelFilter(): Locator {
    return this.page.getByRole('combobox', { name: 'Filter by label' });
  }

  /// The "Filter by status" select.
  get statusFilter(): Locator {
    return this.page.getByRole('combobox', { name: 'Filter by status' });
  }

  /// The French terms of the rows shown, in order.
  get frenchTerms(): Locator {
    return this.rows.getByRole('rowheader');
  }

  /// Checks every mention of the open entry whose text is `quote` and splits them off into a new
  /// entry, whose panel then opens.
  async splitMentions(quote: string, count: number): Promise<void> {
    const boxes = this.entryPanel.getByRole('checkbox', { name: new RegExp(`^Select “${quote}” in `) });
    await expect(boxes).toHaveCount(count);
    for (const box of await boxes.all()) await box.check();
    const mentions = count === 1 ? 'mention' : 'mentions';
    await this.entryPanel
      .getByRole('button', { name: `Split ${count} ${mentions} into a new entry`, exact: true })
      .click();
    await expect(this.page.getByRole('heading', { name: quote, level: 2 })).toBeVisible();
  }

  /// Asks to delete the open entry; returns the confirmation dialog.
  async askToDelete(): Promise<Locator> {
    const term = await this.entryPanel.getByRole('heading', { level: 2 }).textContent();
    await this.entryPanel.getByRole('button', { name: 'Delete entry…' }).click();
    const dialog = this.page.getByRole('dialog', { name: `Delete “${term}”?` });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /// Selects two entries and merges them, keeping `keep`; returns the dialog that reports the merge.
  async merge(keep: string, other: string): Promise<Locator> {
    await this.page.getByRole('checkbox', { name: `Select ${keep}`, exact: true }).check();
    await this.page.getByRole('checkbox', { name: `Select ${other}`, exact: true }).check();
    await this.page.getByRole('button', { name: 'Merge…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Merge two entries' });
    await dialog.getByRole('radio', { name: new RegExp(`^${keep}\\b`) }).check();
    await dialog.getByRole('button', { name: `Merge “${other}” into “${keep}”` }).click();
    return this.page.getByRole('dialog', { name: `Merged into “${keep}”` });
  }
}
