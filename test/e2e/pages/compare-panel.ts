/**
 * Page object for the comparison: picked candidates side by side with what
 * the job's examples have in common, field by field, and the parts of each
 * score.
 */
import type { Locator, Page } from 'playwright-core';

export class ComparePanel {
  /** The panel as a CSS selector, for checks run inside the page (accessibility). */
  static readonly selector = '[data-testid="compare-panel"]';

  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator(ComparePanel.selector);
  }

  async waitUntilLoaded(): Promise<void> {
    await this.root.getByTestId('compare-table').waitFor();
  }

  heading(): Locator {
    return this.root.getByRole('heading', { name: 'Side by side with the examples' });
  }

  /** A candidate's column header ("Rank 1 · score 0.912"). */
  recordHeader(id: number): Locator {
    return this.root.getByTestId(`compare-record-${id}`);
  }

  score(id: number): Locator {
    return this.root.getByTestId(`compare-score-${id}`);
  }

  /** A standard field's row. */
  fieldRow(key: string): Locator {
    return this.root.getByTestId(`compare-field-${key}`);
  }

  /** An imported column's row (one the engine reads). */
  extraFieldRow(key: string): Locator {
    return this.root.getByTestId(`compare-field-extra:${key}`);
  }

  /** The examples' cell of a row: their most common values with shares, or "—". */
  examplesCell(row: Locator): Promise<string> {
    return row.locator('td').first().innerText();
  }

  /** The rows of score parts, one per feature block that adds to a score. */
  reasonRows(): Locator {
    return this.root.getByTestId('compare-reasons').locator('tr[data-testid^="compare-reason-"]');
  }

  /** The header cells of the first table: field, examples, then one per candidate. */
  columnHeaders(): Locator {
    return this.root.locator('thead').first().locator('th');
  }

  async closeWithEscape(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.root.waitFor({ state: 'detached' });
  }

  async close(): Promise<void> {
    await this.root.getByRole('button', { name: 'Close comparison' }).click();
    await this.root.waitFor({ state: 'detached' });
  }
}
