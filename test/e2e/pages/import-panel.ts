/**
 * Page object for the import panel (Import CSV…) in a browser: the user
 * chooses a file with the file input or drops it on the panel, it is uploaded
 * to the web host, previewed, and imported. Specs say what the user does;
 * the selectors live here.
 */
import type { Locator, Page } from 'playwright-core';
import { showView } from './navigation';

/** The browser globals a drop needs (this file is type-checked without the DOM library). */
interface DropGlobals {
  DataTransfer: new () => { items: { add(file: unknown): unknown } };
  File: new (parts: string[], name: string, options: { type: string }) => unknown;
}

export class ImportPanel {
  /** The panel as a CSS selector, for checks run inside the page (accessibility). */
  static readonly selector = '[data-testid="import-panel"]';

  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator(ImportPanel.selector);
  }

  /** Opens the panel in the Import view; in a browser it offers a file input, not a dialog. */
  async open(): Promise<void> {
    await showView(this.page, 'Import');
    await this.page.getByRole('button', { name: 'Import CSV…' }).click();
    await this.fileInput().waitFor();
  }

  /** The panel's text fields (a browser gets none: no path is typed). */
  textFields(): Locator {
    return this.root.getByRole('textbox');
  }

  fileInput(): Locator {
    return this.root.getByLabel('CSV file');
  }

  /** Picks a file on this computer, as the browser's file dialog would. */
  async chooseFile(path: string): Promise<void> {
    await this.fileInput().setInputFiles(path);
  }

  /** Drops a file on the panel, as when it is dragged from a file manager. */
  async dropFile(name: string, content: string): Promise<void> {
    const dataTransfer = await this.page.evaluateHandle(
      ([fileName, text]) => {
        const browser = globalThis as unknown as DropGlobals;
        const transfer = new browser.DataTransfer();
        transfer.items.add(new browser.File([text], fileName, { type: 'text/csv' }));
        return transfer;
      },
      [name, content] as const,
    );
    const zone = this.root.getByTestId('import-drop-zone');
    for (const type of ['dragenter', 'dragover', 'drop']) await zone.dispatchEvent(type, { dataTransfer });
  }

  /** The step offered once an import with won leads has ended ("Find lookalikes of the 4,238 won leads"). */
  nextStep(): Locator {
    return this.root.getByTestId('import-next-step');
  }

  /** The line saying what the importer recognised; present once a preview is shown. */
  summary(): Locator {
    return this.root.getByTestId('import-summary');
  }

  error(): Locator {
    return this.root.getByRole('alert');
  }

  fieldFor(header: string): Locator {
    return this.root.getByLabel(`Field for column ${header}`);
  }

  columnReasons(): Locator {
    return this.root.getByTestId('import-column-reason');
  }

  async startImport(): Promise<void> {
    await this.root.getByRole('button', { name: 'Import', exact: true }).click();
  }

  /** How the import ended ("Imported accounts.csv: …"). */
  outcome(): Locator {
    return this.root.getByRole('status');
  }

  async close(): Promise<void> {
    await this.root.getByRole('button', { name: 'Close import' }).click();
    await this.root.waitFor({ state: 'detached' });
  }

  /** Each column's examples as the preview lists them, in column order. */
  async columnExamples(): Promise<string[][]> {
    const cells = this.root.getByTestId('import-column-examples');
    const out: string[][] = [];
    for (let i = 0; i < (await cells.count()); i++) out.push(await cells.nth(i).locator('.import-panel__example').allInnerTexts());
    return out;
  }

  /** The readable field names heading the first-rows table, one per column of the file. */
  async sampleFieldNames(): Promise<string[]> {
    return this.root.getByTestId('import-sample-heading').locator('.import-panel__field-name').allInnerTexts();
  }

  sampleRows(): Locator {
    return this.root.getByTestId('import-sample-row');
  }

  /** The mapping's rows now in the page (a wide file's are mounted only as they scroll into view). */
  mountedColumnRows(): Locator {
    return this.root.getByTestId('import-column');
  }

  /** Types into "Find a column" (shown for files of many columns). */
  async findColumn(text: string): Promise<void> {
    await this.root.getByTestId('import-find-column').fill(text);
  }

  findCount(): Locator {
    return this.root.getByTestId('import-find-count');
  }

  sampleColumnsNote(): Locator {
    return this.root.getByTestId('import-sample-columns-note');
  }

  /** The option shown for a column's field ("Record ID", not `record_id`). */
  async fieldLabelFor(header: string): Promise<string> {
    return (await this.fieldFor(header).locator('option:checked').innerText()).trim();
  }

  async chooseField(header: string, field: string): Promise<void> {
    await this.fieldFor(header).selectOption(field);
  }

  conflicts(): Locator {
    return this.root.getByTestId('import-conflict');
  }

  /** Settles a conflict by the column that should fill the field. */
  async keepColumn(header: string): Promise<void> {
    await this.root.getByRole('button', { name: `Use “${header}”` }).click();
  }

  importButton(): Locator {
    return this.root.getByRole('button', { name: 'Import', exact: true });
  }

  /** The status values table's rows as [value, rows, outcome]. */
  async statusValues(): Promise<[string, string, string][]> {
    const rows = this.root.getByTestId('import-status-value');
    const out: [string, string, string][] = [];
    for (let i = 0; i < (await rows.count()); i++) {
      const row = rows.nth(i);
      out.push([await row.locator('th').innerText(), await row.locator('td').first().innerText(), await row.locator('select').inputValue()]);
    }
    return out;
  }

  async remapOutcome(value: string, outcome: string): Promise<void> {
    await this.root.getByLabel(`Outcome for ${value}`).selectOption(outcome);
  }

  /** "Using your mapping from …", shown when a remembered mapping was applied. */
  templateNote(): Locator {
    return this.root.getByTestId('import-template');
  }

  async resetTemplate(): Promise<void> {
    await this.root.getByRole('button', { name: 'Reset to the importer’s mapping' }).click();
  }

  progress(): Locator {
    return this.root.getByTestId('import-progress');
  }

  rowsRead(): Locator {
    return this.root.getByTestId('import-rows-read');
  }

  async stop(): Promise<void> {
    await this.root.getByRole('button', { name: 'Stop' }).click();
  }

  /** What the preview says of the bytes the import will store as �, with their rows (absent when there are none). */
  replacedBytesNote(): Locator {
    return this.root.getByTestId('import-replaced-bytes');
  }

  /** The rejected rows shown under an import that rejected every row. */
  rejectsTable(): Locator {
    return this.root.getByTestId('rejects-table');
  }
}

/** The rejected rows of an import (in the history, or under an import that rejected every row) and their download. */
export class RejectedRows {
  constructor(readonly root: Locator) {}

  /** Downloads every rejected row as a CSV; resolves with the path the window says it saved to. */
  async download(): Promise<string> {
    await this.root.getByRole('button', { name: 'Download CSV' }).click();
    const status = this.root.getByTestId('rejects-download-status');
    await status.waitFor();
    return (await status.locator('code').innerText()).trim();
  }

  async downloadMessage(): Promise<string> {
    return this.root.getByTestId('rejects-download-status').innerText();
  }
}

/** One row warning as the history's table shows it. */
export interface RowWarningView {
  row: string;
  column: string;
  reason: string;
  bytes: string;
}

/** The row warnings of an import selected in the history (values dropped, bytes replaced) and their download. */
export class RowWarnings {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('warnings-panel');
  }

  /** What the panel says of the batch ("3 values were imported with a warning; …"). */
  summary(): Promise<string> {
    return this.root.locator('.panel__subtitle').innerText();
  }

  rows(): Locator {
    return this.root.getByTestId('warning-row');
  }

  async views(): Promise<RowWarningView[]> {
    const views: RowWarningView[] = [];
    for (const row of await this.rows().all()) {
      const cells = (await row.locator('td').allTextContents()).map((text) => text.trim());
      views.push({ row: cells[0] ?? '', column: cells[1] ?? '', reason: cells[2] ?? '', bytes: cells[3] ?? '' });
    }
    return views;
  }

  /** Downloads every warning as a CSV; resolves with the path the window says it saved to. */
  async download(): Promise<string> {
    await this.root.getByRole('button', { name: 'Download CSV' }).click();
    const status = this.root.getByTestId('warnings-download-status');
    await status.waitFor();
    return (await status.locator('code').innerText()).trim();
  }
}
