/**
 * Page object for an open list (from its row in the Lists section): its
 * members page by page with their latest scores, export, taking members off,
 * deleting the list.
 */
import type { Locator, Page } from 'playwright-core';
import { ExportControl, type ExportChoice } from './export-dialog';
import { GridTools } from './grid-tools';
import { SortableGrid } from './sortable-grid';

export class ListPanel {
  /** The panel as a CSS selector, for checks run inside the page (accessibility). */
  static readonly selector = '[data-testid="list-members-panel"]';

  readonly root: Locator;
  /** The members table as a grid the core sorts. */
  readonly grid: SortableGrid;
  /** Search, filters, columns, page size and jump, the selection count. */
  readonly tools: GridTools;
  /** The Export button and its dialog (flavour, extra columns). */
  readonly exporter: ExportControl;

  constructor(readonly page: Page) {
    this.root = page.locator(ListPanel.selector);
    this.tools = new GridTools(this.root, this.root.getByTestId('list-members-range'));
    this.exporter = new ExportControl(page, this.root);
    const table = this.membersTable();
    this.grid = new SortableGrid(table, this.root.locator('div[aria-busy]').filter({ has: page.getByTestId('list-members-table') }));
  }

  /** The record ids of the members on the page shown, top to bottom. */
  async shownIds(): Promise<number[]> {
    await this.grid.drawn();
    const ids = await this.membersTable().locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-testid') ?? ''));
    return ids.map((id) => Number(id.replace('list-member-', '')));
  }

  async nextPage(): Promise<void> {
    await this.root.getByRole('button', { name: 'Next' }).click();
  }

  /** The list's name. */
  title(): Promise<string> {
    return this.root.getByRole('heading', { level: 3 }).first().innerText();
  }

  async waitUntilLoaded(): Promise<void> {
    await this.membersTable().waitFor();
  }

  /** Waits until the first member row is shown. */
  async waitForMembers(): Promise<void> {
    await this.membersTable().locator('tbody tr').first().waitFor();
  }

  membersTable(): Locator {
    return this.root.getByTestId('list-members-table');
  }

  /** "Showing 1–50 of 100". */
  range(): Promise<string> {
    return this.root.getByTestId('list-members-range').innerText();
  }

  member(id: number): Locator {
    return this.root.getByTestId(`list-member-${id}`);
  }

  async tick(id: number): Promise<void> {
    await this.member(id).getByRole('checkbox').check();
  }

  /** The export button; its label says what it writes ("Export 50 selected", "Export all 100 shown"). */
  exportButton(): Locator {
    return this.exporter.button();
  }

  /** Exports what the button says (the selection, or all shown) with the dialog's choices, and answers the "Exported N rows to FILE" status. */
  async exportCsv(choice?: ExportChoice): Promise<string> {
    return this.exporter.exportCsv(choice);
  }

  /** Undoes the last take-off: the members go back with the scores they had. */
  async undoTakeOff(): Promise<void> {
    await this.root.getByRole('button', { name: 'Undo', exact: true }).click();
    await this.root.getByRole('status').filter({ hasText: 'back on' }).waitFor();
  }

  /** Takes the ticked members off the list. */
  async takeOffTicked(): Promise<void> {
    await this.root.getByRole('button', { name: 'Take off the list' }).click();
  }

  /** What the last take-off did ("Took 2 leads off “…”."). */
  takeOffStatus(): Promise<string> {
    return this.root.getByRole('status').filter({ hasText: 'Took' }).innerText();
  }

  /** Asks to delete the list; answers the confirmation dialog. */
  async askToDelete(): Promise<Locator> {
    await this.root.getByRole('button', { name: 'Delete list' }).click();
    return this.root.getByRole('alertdialog');
  }

  /** Confirms the deletion asked for; the panel closes. */
  async confirmDelete(): Promise<void> {
    await this.root.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
    await this.root.waitFor({ state: 'detached' });
  }

  async close(): Promise<void> {
    await this.root.getByRole('button', { name: 'Close list' }).click();
  }
}
