/**
 * Page object for New segment: a name, conditions one per line, and the live
 * count of the records they match (or the mistake in them).
 */
import type { Locator, Page } from 'playwright-core';
import { showView } from './navigation';

export class SegmentForm {
  /** The panel as a CSS selector, for checks run inside the page (accessibility). */
  static readonly selector = '[data-testid="segment-form"]';

  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator(SegmentForm.selector);
  }

  /** Opens New segment in the Segments view. */
  async open(): Promise<void> {
    await showView(this.page, 'Segments');
    await this.page.getByRole('button', { name: 'New segment' }).click();
    await this.root.waitFor();
  }

  async name(name: string): Promise<void> {
    await this.root.getByLabel('Name').fill(name);
  }

  async conditions(lines: string): Promise<void> {
    await this.root.getByLabel('Conditions, one per line (all must hold)').fill(lines);
  }

  /** "1,234 leads match now." or what is wrong with the conditions. */
  count(): Promise<string> {
    return this.root.getByTestId('segment-count').innerText();
  }

  /** Saves the segment; the form closes. */
  async save(): Promise<void> {
    await this.root.getByRole('button', { name: 'Save segment' }).click();
    await this.root.waitFor({ state: 'detached' });
  }
}
