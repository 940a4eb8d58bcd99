import { expect, type Locator, type Page } from '@playwright/test';

/// The label settings dialog, opened from the label legend of an article.
export class LabelSettings {
  readonly page: Page;
  readonly dialog: Locator;

  constructor(page: Page) {
    this.page = page;
    this.dialog = page.getByRole('dialog', { name: 'Label settings' });
  }

  /// Opens the dialog with the legend's "Edit labels…" button.
  async open(): Promise<void> {
    await this.page
      .getByRole('region', { name: 'Labels', exact: true })
      .getByRole('button', { name: 'Edit labels…' })
      .click();
    await expect(this.dialog).toBeVisible();
  }

  /// Closes the dialog with "Done".
  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Done', exact: true }).click();
    await expect(this.dialog).toBeHidden();
  }

  /// The English-name fields of every label, in the order the dialog lists them.
  get englishNames(): Locator {
    return this.dialog.getByRole('textbox', { name: /^English name of (?!the new label$)/ });
  }

  /// The new-label form's English-name field.
  get newEnglishName(): Locator {
    return this.dialog.getByRole('textbox', { name: 'English name of the new label', exact: true });
  }

  /// The new-label form's French-name field.
  get newFrenchName(): Locator {
    return this.dialog.getByRole('textbox', { name: 'French name of the new label', exact: true });
  }

  /// The new-label form's colour field.
  get newColour(): Locator {
    return this.dialog.getByLabel('Colour of the new label', { exact: true });
  }

  /// The new-label form's shortcut key select.
  get newShortcut(): Locator {
    return this.dialog.getByRole('combobox', { name: 'Shortcut key of the new label', exact: true });
  }

  /// Adds a label with its English and French names and, when given, its colour (`#rrggbb`) and
  /// shortcut key ('1'–'9', or '' for none); otherwise it takes the form's defaults.
  async add(
    nameEn: string,
    nameFr: string,
    choice: { colour?: string; shortcut?: string } = {},
  ): Promise<void> {
    await this.newEnglishName.fill(nameEn);
    await this.newFrenchName.fill(nameFr);
    if (choice.colour !== undefined) {
      await this.newColour.fill(choice.colour);
      await expect(this.newColour).toHaveValue(choice.colour);
    }
    if (choice.shortcut !== undefined) {
      await this.newShortcut.selectOption(choice.shortcut);
      await expect(this.newShortcut).toHaveValue(choice.shortcut);
    }
    await this.dialog.getByRole('button', { name: 'Add label' }).click();
    await expect(this.englishName(nameEn)).toHaveValue(nameEn);
    await expect(this.newEnglishName).toHaveValue('');
  }

  /// The English-name field of the label shown as `name`.
  englishName(name: string): Locator {
    return this.dialog.getByRole('textbox', { name: `English name of ${name}`, exact: true });
  }

  /// The French-name field of the label shown as `name`.
  frenchName(name: string): Locator {
    return this.dialog.getByRole('textbox', { name: `French name of ${name}`, exact: true });
  }

  /// The colour field of the label shown as `name`.
  colour(name: string): Locator {
    return this.dialog.getByLabel(`Colour of ${name}`, { exact: true });
  }

  /// The shortcut key select of the label shown as `name`.
  shortcut(name: string): Locator {
    return this.dialog.getByRole('combobox', { name: `Shortcut key of ${name}`, exact: true });
  }

  /// Renames a label in English and French; each field is saved on Enter.
  async rename(name: string, nameEn: string, nameFr: string): Promise<void> {
    await this.frenchName(name).fill(nameFr);
    await this.frenchName(name).press('Enter');
    await this.englishName(name).fill(nameEn);
    await this.englishName(name).press('Enter');
    await expect(this.englishName(nameEn)).toHaveValue(nameEn);
    await expect(this.frenchName(nameEn)).toHaveValue(nameFr);
  }

  /// Picks a colour (`#rrggbb`) for a label; it is saved when the field is left.
  async setColour(name: string, colour: string): Promise<void> {
    const field = this.colour(name);
    await field.fill(colour);
    await field.press('Tab');
  }

  /// Gives a label a shortcut key ('1'–'9').
  async setShortcut(name: string, key: string): Promise<void> {
    await this.shortcut(name).selectOption(key);
    await expect(this.shortcut(name)).toHaveValue(key);
  }

  /// Moves a label one place up the list.
  async moveUp(name: string): Promise<void> {
    await this.dialog.getByRole('button', { name: `Move ${name} up`, exact: true }).click();
  }

  /// Asks to delete a label; returns the dialog that asks what becomes of its annotations.
  async askToDelete(name: string): Promise<Locator> {
    await this.dialog.getByRole('button', { name: `Delete ${name}…`, exact: true }).click();
    const confirm = this.page.getByRole('dialog', { name: `Delete the label ${name}?` });
    await expect(confirm).toBeVisible();
    return confirm;
  }

  /// Deletes a label, moving its annotations and entries to the label shown as `target`.
  async deleteMovingTo(name: string, target: string, count: RegExp): Promise<void> {
    const confirm = await this.askToDelete(name);
    await expect(confirm).toContainText(count);
    await confirm.getByRole('radio', { name: /^Move its annotations and entries to/ }).check();
    await confirm.getByRole('combobox', { name: 'Label to move them to' }).selectOption({ label: target });
    await confirm.getByRole('button', { name: `Delete ${name}`, exact: true }).click();
    await expect(confirm).toBeHidden();
    await expect(this.englishName(name)).toHaveCount(0);
  }

  /// Deletes a label together with its annotations.
  async deleteWithAnnotations(name: string, count: RegExp): Promise<void> {
    const confirm = await this.askToDelete(name);
    await expect(confirm).toContainText(count);
    await confirm.getByRole('radio', { name: 'Delete its annotations' }).check();
    await confirm.getByRole('button', { name: `Delete ${name}`, exact: true }).click();
    await expect(confirm).toBeHidden();
    await expect(this.englishName(name)).toHaveCount(0);
  }
}
