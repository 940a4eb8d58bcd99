import { expect, type Locator, type Page } from '@playwright/test';

/// The article's claims beside its text: the list and the selected claim's form, as a person uses them.
export class ClaimsPanel {
  readonly page: Page;
  readonly list: Locator;
  readonly form: Locator;

  constructor(page: Page) {
    this.page = page;
    this.list = page.getByRole('list', { name: 'Claims in this article' });
    this.form = page.getByRole('region', { name: /^Selected claim/ });
  }

  /// The claims drawn in the text.
  get drawnClaims(): Locator {
    return this.page.locator('.article-text .annotation[data-kind="claim"]');
  }

  /// The list's row of the claim whose quote holds `text`.
  row(text: string): Locator {
    return this.list.getByRole('listitem').filter({ hasText: text });
  }

  get claimant(): Locator {
    return this.form.getByLabel('Claimant', { exact: true });
  }

  /// The claimant the form shows, as its select's chosen option.
  get chosenClaimant(): Locator {
    return this.claimant.locator('option:checked');
  }

  get claimantDescription(): Locator {
    return this.form.getByLabel('Description of the source', { exact: true });
  }

  get englishText(): Locator {
    return this.form.getByLabel('English translation', { exact: true });
  }

  get figureWarnings(): Locator {
    return this.form.getByRole('list', { name: 'Figures the translation does not keep' });
  }

  get verdict(): Locator {
    return this.form.getByLabel('Verdict', { exact: true });
  }

  get evidenceLinks(): Locator {
    return this.form.getByRole('list', { name: 'Evidence links' });
  }

  /// Adds an evidence link through the form's small "add link" form.
  async addEvidence(url: string, title: string): Promise<void> {
    await this.form.getByLabel('Link address', { exact: true }).fill(url);
    await this.form.getByLabel('Link title', { exact: true }).fill(title);
    await this.form.getByRole('button', { name: 'Add link' }).click();
    await expect(this.evidenceLinks.getByRole('link', { name: title })).toBeVisible();
  }
}

/// The workspace-wide Claims view: its filters, its table of claims and the publisher setting.
export class ClaimsView {
  readonly page: Page;
  readonly search: Locator;
  readonly verdictFilter: Locator;
  readonly rows: Locator;
  readonly publisherStatus: Locator;

  constructor(page: Page) {
    this.page = page;
    this.search = page.getByRole('searchbox', { name: 'Search claims' });
    this.verdictFilter = page.getByRole('combobox', { name: 'Filter by verdict' });
    this.rows = page
      .getByRole('table', { name: 'The workspace’s claims' })
      .getByRole('row')
      .filter({
        has: page.getByRole('rowheader'),
      });
    this.publisherStatus = page.getByRole('region', { name: 'Publisher' }).getByRole('status');
  }

  /// Sets the workspace's publisher through its small form.
  async setPublisher(name: string, url: string): Promise<void> {
    const form = this.page.getByRole('region', { name: 'Publisher' });
    await form.getByLabel('Publisher name', { exact: true }).fill(name);
    await form.getByLabel('Publisher website', { exact: true }).fill(url);
    await form.getByRole('button', { name: 'Save publisher' }).click();
  }
}
