/**
 * A grid the core sorts (candidates, jobs, lists, list members): its column
 * headers as the user sees them, sorting by one, and the values a column
 * shows on the page. Shared by the panels' page objects; specs speak in
 * column names ("Company") and directions.
 */
import type { Locator } from 'playwright-core';

export type AriaSort = 'ascending' | 'descending';

export class SortableGrid {
  /** `busy`: the element whose aria-busy says the grid's page is loading (none: the table keeps its rows while it loads). */
  constructor(
    readonly table: Locator,
    readonly busy?: Locator,
  ) {}

  header(column: string): Locator {
    return this.table.getByRole('columnheader', { name: column, exact: true });
  }

  /** The header's sort button (absent for a column that cannot sort). */
  sortButton(column: string): Locator {
    return this.header(column).getByRole('button');
  }

  /** The header's aria-sort, or null when the rows are not in this column's order. */
  sortOf(column: string): Promise<string | null> {
    return this.header(column).getAttribute('aria-sort');
  }

  /** The columns whose header sorts (a button), and those whose does not. */
  async sortableColumns(): Promise<{ sortable: string[]; fixed: string[] }> {
    const sortable: string[] = [];
    const fixed: string[] = [];
    for (const th of await this.table.locator('thead th').all()) {
      const name = ((await th.textContent()) ?? '').replace(/[▲▼↕]/g, '').trim();
      if (!name) continue;
      ((await th.getByRole('button').count()) > 0 ? sortable : fixed).push(name);
    }
    return { sortable, fixed };
  }

  /**
   * Activates the column's header (by click, or from the keyboard with Enter) until the rows are in
   * `direction` order of it, and waits for the sorted page.
   */
  async sortBy(column: string, direction: AriaSort, how: 'click' | 'keyboard' = 'click'): Promise<void> {
    for (let i = 0, before = await this.sortOf(column); i < 3 && before !== direction; i++, before = await this.sortOf(column)) {
      const button = this.sortButton(column);
      if (how === 'keyboard') {
        await button.focus();
        await button.press('Enter');
      } else {
        await button.click();
      }
      await this.sortChange(column, before);
    }
    const now = await this.sortOf(column);
    if (now !== direction) throw new Error(`Sorting by ${column} gave ${now ?? 'no order'}, not ${direction}.`);
    await this.settled();
    await this.table.locator('tbody tr').first().waitFor();
  }

  /**
   * Waits until the page asked for has loaded and is drawn: while it loads the grid keeps showing the previous
   * page's rows (its aria-busy says so), and once loaded they are drawn in a deferred render (drawn()).
   */
  async settled(): Promise<void> {
    await this.busy?.and(this.busy.page().locator('[aria-busy="false"]')).waitFor();
    await this.drawn();
  }

  /**
   * Waits until the table shows the rows it was given: a new page's rows are drawn in a deferred render, and
   * until then the table keeps the previous ones and says so with aria-busy (DataTable).
   */
  async drawn(): Promise<void> {
    await this.table.and(this.table.page().locator('table:not([aria-busy="true"])')).waitFor();
  }

  /** Waits until the column's aria-sort is no longer `before` (React renders the click's new order at once; this covers a slow machine). */
  private async sortChange(column: string, before: string | null): Promise<void> {
    for (let waited = 0; waited < 5_000; waited += 50) {
      if ((await this.sortOf(column)) !== before) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** The text of `column`'s cell in each row on the page shown. */
  async columnValues(column: string): Promise<string[]> {
    await this.settled();
    // textContent: the headers are drawn in capitals (CSS), innerText would say so.
    const names = (await this.table.locator('thead th').allTextContents()).map((t) => t.replace(/[▲▼↕]/g, '').trim());
    const index = names.indexOf(column);
    if (index < 0) throw new Error(`No column ${column} in ${names.join(', ')}.`);
    return (await this.table.locator(`tbody tr > td:nth-child(${index + 1})`).allInnerTexts()).map((t) => t.trim());
  }
}
