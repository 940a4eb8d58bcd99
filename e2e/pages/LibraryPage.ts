import { expect, type Locator, type Page } from '@playwright/test';

/// The library screen, as a person uses it.
export class LibraryPage {
  readonly page: Page;
  readonly heading: Locator;
  readonly articles: Locator;
  readonly importResults: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole('heading', { level: 1 });
    this.articles = page.getByRole('list', { name: /^Articles$/ });
    this.importResults = page.getByRole('region', { name: 'Import results' });
  }

  /// Opens the app at its first-load URL (token in the fragment) and waits for the library.
  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.page.getByRole('button', { name: 'Import…' })).toBeVisible();
  }

  /// Imports files through the "Import…" button's file chooser and waits for the results.
  async importFiles(paths: readonly string[]): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Import…' }).click();
    await (await chooser).setFiles([...paths]);
    await expect(this.importResults).toBeVisible();
  }

  /// The library entry whose text mentions `text` (title, source or file name).
  article(text: string | RegExp): Locator {
    return this.articles.getByRole('listitem').filter({ hasText: text });
  }

  /// Opens the article whose entry mentions `text`.
  async openArticle(text: string | RegExp): Promise<void> {
    await this.article(text).getByRole('link').click();
    await expect(this.page.getByRole('textbox', { name: 'Article text' })).toBeVisible();
  }
}
