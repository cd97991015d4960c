/**
 * Page object for New segment and Edit segment: a name, the condition
 * builder (picked or typed conditions) and the live count of the records
 * they match (or the mistake in them).
 */
import type { Locator, Page } from 'playwright-core';
import { ConditionBuilderPanel } from './condition-builder';
import { showView } from './navigation';

export class SegmentForm {
  /** The panel as a CSS selector, for checks run inside the page (accessibility). */
  static readonly selector = '[data-testid="segment-form"]';

  static readonly TEXT_LABEL = 'Conditions, one per line (all must hold)';

  readonly root: Locator;
  readonly builder: ConditionBuilderPanel;

  constructor(readonly page: Page) {
    this.root = page.locator(SegmentForm.selector);
    this.builder = new ConditionBuilderPanel(this.root, SegmentForm.TEXT_LABEL, 'segment-count');
  }

  /** Opens New segment in the Segments view. */
  async open(): Promise<void> {
    await showView(this.page, 'Segments');
    await this.page.getByRole('button', { name: 'New segment' }).click();
    await this.root.waitFor();
  }

  /** Opens a saved segment for editing from the Segments view. */
  async openToEdit(name: string): Promise<void> {
    await showView(this.page, 'Segments');
    await this.page.getByRole('button', { name: `Edit segment ${name}` }).click();
    await this.root.waitFor();
  }

  title(): Promise<string> {
    return this.root.getByRole('heading').first().innerText();
  }

  async name(name: string): Promise<void> {
    await this.root.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
  }

  async conditions(lines: string): Promise<void> {
    await this.builder.type(lines);
  }

  /** "1,234 leads match now." or what is wrong with the conditions. */
  count(): Promise<string> {
    return this.builder.count();
  }

  /** Saves the segment (new or edited); the form closes. */
  async save(): Promise<void> {
    await this.root.getByRole('button', { name: /^Save (segment|changes)$/ }).click();
    await this.root.waitFor({ state: 'detached' });
  }
}
