/**
 * Page object for the Export button of a results grid and the dialog it
 * opens (the flavour, the imported extra columns to include), shared by the
 * candidates and list panels. Specs say what they want written; selectors
 * live here.
 */
import type { Locator, Page } from 'playwright-core';

export interface ExportChoice {
  /** The flavour as offered: CRM-exact (the default) or spreadsheet-safe. */
  flavour?: 'crm' | 'spreadsheet';
  /** Every extra column, none, or these headers picked from the list. */
  extras?: 'all' | 'none' | string[];
}

const FLAVOUR_LABELS = { crm: 'For a CRM (exact)', spreadsheet: 'For a spreadsheet (safe)' } as const;

export class ExportControl {
  readonly dialog: Locator;

  constructor(
    readonly page: Page,
    readonly root: Locator,
  ) {
    this.dialog = page.getByTestId('export-dialog');
  }

  /** The button; its label says what it writes ("Export 50 selected", "Export all 100 shown"). */
  button(): Locator {
    return this.root.getByTestId('export-button');
  }

  /** Opens the dialog (for a screenshot or a look at its choices), leaving it open. */
  async open(): Promise<Locator> {
    await this.button().click();
    await this.dialog.waitFor({ state: 'visible' });
    return this.dialog;
  }

  /**
   * Exports what the button says with the given choices (defaults: as the dialog offers them) and answers
   * the "Exported N rows to FILE" part of the status; `written()` has the flavour part.
   */
  async exportCsv(choice: ExportChoice = {}): Promise<string> {
    if (!(await this.dialog.isVisible())) await this.open();
    if (choice.flavour) await this.dialog.getByRole('radio', { name: FLAVOUR_LABELS[choice.flavour] }).check();
    if (choice.extras === 'all') await this.dialog.getByRole('radio', { name: /^All that the rows have/ }).check();
    if (choice.extras === 'none') await this.dialog.getByRole('radio', { name: 'None' }).check();
    if (Array.isArray(choice.extras)) {
      await this.dialog.getByRole('radio', { name: /^Choose/ }).check();
      for (const header of choice.extras) await this.dialog.getByRole('checkbox', { name: header, exact: true }).check();
    }
    await this.dialog.getByTestId('export-write').click();
    await this.dialog.waitFor({ state: 'hidden' });
    return this.root.getByTestId('export-written').innerText();
  }

  /** How the last export was written: "for a CRM, no extra columns". */
  async written(): Promise<string> {
    return (await this.root.getByTestId('export-flavour').innerText()).replace(/^\(|\)$/g, '');
  }
}
