import { expect, type Locator, type Page } from '@playwright/test';

/// The article screen: text, label toolbar and entity panel.
export class ArticlePage {
  readonly page: Page;
  readonly text: Locator;
  readonly toolbar: Locator;
  readonly saveStatus: Locator;

  constructor(page: Page) {
    this.page = page;
    this.text = page.locator('.article-text');
    this.toolbar = page.getByRole('toolbar', { name: /^(Mark selection as|Marquer la sélection comme)$/ });
    this.saveStatus = page.getByRole('status').and(page.locator('.save-status'));
  }

  /// Selects the `occurrence`-th (0-based) appearance of `phrase` in the text with a mouse drag,
  /// as a person would.
  async select(phrase: string, occurrence = 0): Promise<void> {
    const box = await this.boxOf(phrase, occurrence);
    await this.page.mouse.move(box.x1 + 1, box.y1);
    await this.page.mouse.down();
    await this.page.mouse.move(box.x2 - 1, box.y2, { steps: 5 });
    await this.page.mouse.up();
    await expect(this.toolbar).toBeVisible();
  }

  /// Selects the first appearance of `phrase` with the keyboard: caret before it, then Shift+→.
  async selectWithKeys(phrase: string): Promise<void> {
    await this.placeCaretBefore(phrase);
    for (let i = 0; i < phrase.length; i += 1) await this.page.keyboard.press('Shift+ArrowRight');
    await expect(this.toolbar).toBeVisible();
  }

  /// Clicks just before `phrase`, which focuses the text and puts the caret there.
  async placeCaretBefore(phrase: string): Promise<void> {
    const box = await this.boxOf(phrase, 0);
    await this.page.mouse.click(box.x1 + 1, box.y1);
  }

  /// Where the `occurrence`-th appearance of `phrase` in the text is drawn, counted in the text as
  /// a reader sees it (a phrase drawn in several pieces, such as "d’IA" with a suggestion over its
  /// "IA", counts too); brings it into view first, clear of the sticky legend, as a person would.
  private async boxOf(phrase: string, occurrence: number) {
    const box = await this.text.evaluate(
      (root, { phrase, occurrence }) => {
        const sticky = document.querySelector('.label-legend')?.getBoundingClientRect().bottom ?? 0;
        const pieces: { node: Text; start: number }[] = [];
        let whole = '';
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          pieces.push({ node: node as Text, start: whole.length });
          whole += node.nodeValue ?? '';
        }
        let index = whole.indexOf(phrase);
        for (let seen = 0; seen < occurrence && index >= 0; seen += 1)
          index = whole.indexOf(phrase, index + 1);
        if (index < 0) return null;
        const at = (offset: number, end: boolean) => {
          const piece = pieces.findLast((candidate) =>
            end ? candidate.start < offset : candidate.start <= offset,
          )!;
          return [piece.node, offset - piece.start] as const;
        };
        const range = document.createRange();
        range.setStart(...at(index, false));
        range.setEnd(...at(index + phrase.length, true));
        const firstRect = range.getClientRects()[0];
        if (firstRect && (firstRect.top < sticky || firstRect.bottom > window.innerHeight))
          range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const rects = range.getClientRects();
        const first = rects[0]!;
        const last = rects[rects.length - 1]!;
        return {
          x1: first.left,
          y1: first.top + first.height / 2,
          x2: last.right,
          y2: last.top + last.height / 2,
        };
      },
      { phrase, occurrence },
    );
    if (!box) throw new Error(`"${phrase}" (occurrence ${occurrence}) is not in the article text.`);
    return box;
  }

  /// The drawn annotations whose text is exactly `text`.
  annotation(text: string): Locator {
    return this.text
      .locator('.annotation')
      .filter({ hasText: new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) });
  }

  /// Every drawn piece of one annotation (an annotation around a nested one is drawn in pieces).
  annotationPieces(id: number): Locator {
    return this.text.locator(`.annotation[data-annotation-id="${id}"]`);
  }

  /// The drawn suggestions whose text is exactly `text`.
  suggestion(text: string): Locator {
    return this.text
      .locator('.suggestion')
      .filter({ hasText: new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) });
  }

  /// The label legend above the text.
  get legend(): Locator {
    return this.page.getByRole('region', { name: 'Labels', exact: true });
  }

  /// The legend's labels in order, each reading its name then its key ("Person1").
  get legendLabels(): Locator {
    return this.legend.getByRole('list').first().getByRole('listitem');
  }

  /// The colour (`#rrggbb`) the first drawn annotation whose text is exactly `text` is drawn in.
  async annotationColour(text: string): Promise<string> {
    return this.annotation(text)
      .first()
      .evaluate((element) => getComputedStyle(element).getPropertyValue('--label').trim());
  }

  /// The side panel's suggestion summary ("3 suggestions", accept or reject all).
  get suggestionSummary(): Locator {
    return this.page.getByRole('region', { name: /^\d+ suggestions?$/ });
  }

  /// The side panel's list of mentions linked to no glossary entry.
  get unlinkedMentions(): Locator {
    return this.page.getByRole('region', { name: /^\d+ mentions? linked to no entry$/ });
  }

  /// The toolbar shown under the selected suggestion.
  get suggestionToolbar(): Locator {
    return this.page.getByRole('toolbar', { name: /^Suggestion/ });
  }

  /// The side panel's card for the selected mention.
  get selectedMention(): Locator {
    return this.page.getByRole('region', { name: /^Selected mention/ });
  }

  /// The side panel's row of the entity whose French term is `frenchTerm`.
  entityRow(frenchTerm: string): Locator {
    return this.page
      .getByRole('list', { name: 'Entities in this article' })
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('button', { name: frenchTerm, exact: true }) });
  }

  /// The English-term field of the entity whose French term is `frenchTerm`.
  englishTerm(frenchTerm: string): Locator {
    return this.page.getByLabel(`English term for ${frenchTerm}`, { exact: true });
  }

  /// Types an English term and leaves the field with Enter, which saves it.
  async setEnglishTerm(frenchTerm: string, englishTerm: string): Promise<void> {
    const field = this.englishTerm(frenchTerm);
    await field.fill(englishTerm);
    await field.press('Enter');
  }

  /// Waits until every change is confirmed stored.
  async waitUntilSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveText(/Saved|Enregistré/);
  }

  /// The selected mention's "Glossary entry" select.
  get mentionEntryField(): Locator {
    return this.selectedMention.getByLabel('Glossary entry', { exact: true });
  }

  /// The entry the selected mention is linked to, as its "Glossary entry" select shows it.
  get mentionLinkedEntry(): Locator {
    return this.mentionEntryField.locator('option:checked');
  }
}
