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
}
