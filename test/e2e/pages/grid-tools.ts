/**
 * The tools around a results grid (candidates, a list's members): the quick
 * search, the column filters, the column chooser, the selection count, the
 * page size and the page jump. Shared by the panels' page objects; specs
 * speak in column labels ("Country") and counts.
 */
import type { Locator } from 'playwright-core';

export class GridTools {
  /** `root`: the panel; `range`: its "Showing a–b of n" text. */
  constructor(
    readonly root: Locator,
    readonly range: Locator,
  ) {}

  searchBox(): Locator {
    return this.root.getByRole('searchbox', { name: 'Quick search' });
  }

  /** Types a search and waits for the rows it finds ("N of M … shown"). */
  async search(text: string): Promise<void> {
    await this.searchBox().fill(text);
    await this.searchBox().press('Enter');
    if (text !== '') await this.filterCount().waitFor();
    else await this.filterCount().waitFor({ state: 'detached' });
    await this.settled();
  }

  /** "12 of 100 candidates shown" (absent while nothing narrows the grid). */
  filterCount(): Locator {
    return this.root.getByTestId('grid-filter-count');
  }

  /** Adds a filter: `value` for a text column (contains, or a comma-separated "is one of"), `range` for a number column. */
  async addFilter(column: string, value: string | { min?: number; max?: number }): Promise<void> {
    const form = this.root.getByRole('form', { name: 'Add a filter' });
    await form.getByLabel('Filter column').selectOption({ label: column });
    if (typeof value === 'string') {
      // "Is one of" is a value box offering the column's values (a combobox); "contains" a plain text box.
      await form.getByRole('textbox').or(form.getByRole('combobox', { name: 'Is one of (comma-separated)' })).fill(value);
    } else {
      if (value.min !== undefined) await form.getByLabel('At least').fill(String(value.min));
      if (value.max !== undefined) await form.getByLabel('At most').fill(String(value.max));
    }
    await form.getByRole('button', { name: 'Add filter' }).click();
    await this.filterCount().waitFor();
    await this.settled();
  }

  /**
   * Adds an "is one of" filter by picking `values` from those the value box offers from the data (each
   * option reads "value count"); an imported field is first switched to "is one of".
   */
  async addFilterPicking(column: string, values: string[]): Promise<void> {
    const form = this.root.getByRole('form', { name: 'Add a filter' });
    await form.getByLabel('Filter column').selectOption({ label: column });
    const kind = form.getByLabel('Filter kind');
    if ((await kind.count()) > 0) await kind.selectOption({ label: 'is one of' });
    const box = form.getByRole('combobox', { name: 'Is one of (comma-separated)' });
    for (const value of values) {
      await box.click();
      await form.getByRole('listbox').getByRole('option').filter({ has: form.page().getByText(value, { exact: true }) }).click();
    }
    await form.getByRole('button', { name: 'Add filter' }).click();
    await this.filterCount().waitFor();
    await this.settled();
  }

  /** Adds a filter on an imported field the way chosen ("contains", "between"). */
  async addExtraFilter(column: string, kind: 'contains' | 'between', value: string | { min?: number; max?: number }): Promise<void> {
    await this.root.getByRole('form', { name: 'Add a filter' }).getByLabel('Filter column').selectOption({ label: column });
    await this.root.getByRole('form', { name: 'Add a filter' }).getByLabel('Filter kind').selectOption({ label: kind });
    await this.addFilter(column, value);
  }

  /** The filters shown as chips, in words ("Country is Germany"). */
  async filters(): Promise<string[]> {
    const chips = this.root.getByRole('list', { name: 'Filters' }).locator('.filter-chip');
    return (await chips.allInnerTexts()).map((t) => t.replace('×', '').trim());
  }

  async removeFilter(text: string): Promise<void> {
    await this.root.getByRole('button', { name: `Remove filter ${text}` }).click();
    await this.settled();
  }

  /** Shows or hides a column from the chooser (a field's label, or an extra field's header). */
  async toggleColumn(label: string): Promise<void> {
    const chooser = this.root.getByTestId('column-chooser');
    if ((await chooser.getAttribute('open')) === null) await chooser.locator('summary').click();
    await chooser.getByRole('checkbox', { name: label, exact: true }).click();
    await chooser.locator('summary').click();
    await this.settled();
  }

  /** Picks how many rows a page shows. */
  async setPageSize(size: number): Promise<void> {
    await this.root.getByLabel('Rows a page').selectOption(String(size));
    await this.settled();
  }

  pageNumber(): Locator {
    return this.root.getByRole('textbox', { name: /^Page number/ });
  }

  /** Types a page number and presses Enter. */
  async jumpToPage(page: number): Promise<void> {
    await this.pageNumber().fill(String(page));
    await this.pageNumber().press('Enter');
    await this.settled();
  }

  /** "3 selected" and its Clear button (absent with nothing ticked). */
  selectionCount(): Locator {
    return this.root.getByTestId('selection-count');
  }

  async clearSelection(): Promise<void> {
    await this.selectionCount().getByRole('button', { name: 'Clear selection' }).click();
  }

  /** The rows' "duplicate of …" badges, top to bottom. */
  duplicateBadges(): Locator {
    return this.root.getByTestId('duplicate-badge');
  }

  /** Folds the later duplicates away (or shows them again) and waits for the rows. */
  async foldDuplicates(on = true): Promise<void> {
    await this.root.getByTestId('fold-duplicates').setChecked(on);
    await this.settled();
  }

  /** Waits until the grid shows the page it asked for (not the one kept on screen while it loads). */
  async settled(): Promise<void> {
    await this.root.locator('div[aria-busy="false"]').first().waitFor();
    await this.root.locator('table:not([aria-busy="true"])').first().waitFor();
  }
}
