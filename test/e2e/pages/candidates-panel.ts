/**
 * Page object for a finished job's candidates (opened from its row in the
 * jobs table): the ranked table page by page, the score filter and
 * histogram, the notices on how the job ranked (backtest, coverage, the
 * examples' check), picking candidates to add to a list, comparing them,
 * exporting them. Specs speak in ranks and list names; selectors live here.
 */
import type { Locator, Page } from 'playwright-core';
import { ComparePanel } from './compare-panel';
import { SeedCheck } from './job-form';
import { ExportControl, type ExportChoice } from './export-dialog';
import { GridTools } from './grid-tools';
import { SortableGrid } from './sortable-grid';

export class CandidatesPanel {
  /** The panel as a CSS selector, for checks run inside the page (accessibility). */
  static readonly selector = '[data-testid="candidates-panel"]';

  readonly root: Locator;
  readonly addToList: AddToListBar;
  /** The candidates table as a grid the core sorts: sortBy('Company', 'descending'), columnValues('Company'). */
  readonly grid: SortableGrid;
  /** Search, filters, columns, page size and jump, the selection count. */
  readonly tools: GridTools;
  /** The Export button and its dialog (flavour, extra columns). */
  readonly exporter: ExportControl;

  constructor(readonly page: Page) {
    this.root = page.locator(CandidatesPanel.selector);
    this.tools = new GridTools(this.root, this.root.getByTestId('candidates-range'));
    this.exporter = new ExportControl(page, this.root);
    this.addToList = new AddToListBar(this.root.getByTestId('add-to-list'));
    const table = this.root.getByTestId('candidates-table');
    this.grid = new SortableGrid(table, this.root.locator('div[aria-busy]').filter({ has: page.getByTestId('candidates-table') }));
  }

  /** The ranks of the rows on the page shown, top to bottom. */
  async shownRanks(): Promise<number[]> {
    await this.grid.drawn();
    const ids = await this.tableRows().evaluateAll((rows) => rows.map((r) => r.getAttribute('data-testid') ?? ''));
    return ids.map((id) => Number(id.replace('candidate-row-', '')));
  }

  /** What the job asked for, above its results: examples, filters, minimum score, strategy. */
  summary(): Locator {
    return this.root.getByTestId('job-summary');
  }

  /** "Candidates of job #12". */
  title(): Promise<string> {
    return this.root.getByRole('heading', { level: 3 }).first().innerText();
  }

  /** Waits until the first candidate is shown. */
  async waitUntilLoaded(): Promise<void> {
    await this.row(1).waitFor();
  }

  /** Waits until some candidate is shown (on a page or in an order without rank 1). */
  async waitForRows(): Promise<void> {
    await this.tableRows().first().waitFor();
  }

  /** The row of the candidate ranked `rank` (1 = best). */
  row(rank: number): Locator {
    return this.root.getByTestId(`candidate-row-${rank}`);
  }

  /** The table's rows on the page shown. */
  tableRows(): Locator {
    return this.root.getByTestId('candidates-table').locator('tbody tr');
  }

  /** The scores of the rows shown, read from their meters. */
  async shownScores(): Promise<number[]> {
    await this.grid.drawn();
    return this.root
      .getByTestId('candidates-table')
      .locator('tbody tr meter')
      .evaluateAll((meters) => meters.map((m) => (m as unknown as { value: number }).value));
  }

  /** "Showing 1–50 of 100". */
  range(): Promise<string> {
    return this.root.getByTestId('candidates-range').innerText();
  }

  async nextPage(): Promise<void> {
    await this.root.getByRole('button', { name: 'Next' }).click();
  }

  /** How the job ranked them: strategy, backtest sentence, the comparison of strategies. */
  backtestNotice(): BacktestNotice {
    return new BacktestNotice(this.root.getByTestId('backtest-notice'));
  }

  /** The fields only the examples have (or only the other records). */
  coverageNotice(): CoverageNotice {
    return new CoverageNotice(this.root.getByTestId('coverage-notice'));
  }

  /** The job's own check of its examples, as the form shows one before a job. */
  diagnosticsNotice(): SeedCheck {
    return new SeedCheck(this.root.getByTestId('diagnostics-notice'));
  }

  /** The histogram's counts, as its accessible table gives them. */
  async histogramCounts(): Promise<number[]> {
    return (await this.root.getByTestId('score-histogram-table').locator('td').allInnerTexts()).map(Number);
  }

  /** The drawn histogram (svg) elements. */
  histogramDrawings(): Locator {
    return this.root.getByTestId('score-histogram').locator('svg');
  }

  /** Clicks the histogram's bar `index` (0 = lowest scores): the filter takes its lower edge. */
  async pickHistogramBar(index: number): Promise<void> {
    await this.root.getByTestId('score-histogram').locator('.recharts-bar-rectangle').nth(index).click();
  }

  /** The histogram's plot: a focusable group whose bars Left/Right move between and Enter picks. */
  histogramPlot(): Locator {
    return this.root.getByTestId('score-histogram-plot');
  }

  /** The x-axis's tick labels, left to right ("0.40", "0.45", …). */
  async histogramTicks(): Promise<string[]> {
    const ticks = this.root.getByTestId('score-histogram').locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value');
    await ticks.first().waitFor();
    return ticks.allTextContents();
  }

  /** What each bar says to a screen reader, left to right ("0.55–0.60: 1,234 candidates"). */
  async histogramBarLabels(): Promise<string[]> {
    await this.root.getByTestId('histogram-bar').first().waitFor({ state: 'attached' });
    return this.root.getByTestId('histogram-bar').evaluateAll((bars) => bars.map((b) => b.getAttribute('aria-label') ?? ''));
  }

  /** The bars shown, left to right, read from what each says: the lower edge a pick sets, and the count. */
  async histogramBars(): Promise<{ from: number; count: number }[]> {
    return (await this.histogramBarLabels()).map((label) => {
      const [range, count] = label.split(': ');
      return { from: Number(range!.split('–')[0]), count: Number(count!.split(' ')[0]!.replace(/,/g, '')) };
    });
  }

  /** The bar the keyboard is on, as announced ("" while the chart is not focused). */
  histogramActiveBar(): Promise<string> {
    return this.histogramPlot().getByTestId('score-histogram-active').innerText();
  }

  /** Focuses the histogram, goes to its first bar and `moves` bars right, and picks that bar with `key`. */
  async pickHistogramBarByKeyboard(moves: number, key: 'Enter' | ' ' = 'Enter'): Promise<void> {
    await this.histogramPlot().focus();
    await this.page.keyboard.press('Home');
    for (let i = 0; i < moves; i++) await this.page.keyboard.press('ArrowRight');
    await this.page.keyboard.press(key === ' ' ? 'Space' : key);
  }

  /** The threshold line at the current minimum score (absent while nothing is filtered). */
  histogramThreshold(): Locator {
    return this.root.getByTestId('histogram-threshold');
  }

  /** Drags the threshold line onto the histogram's bar `index` (0 = leftmost shown; an empty bar has nothing to drop on). */
  async dragHistogramThreshold(index: number): Promise<void> {
    const grip = await this.histogramThreshold().boundingBox();
    const bar = await this.root.getByTestId('histogram-bar').nth(index).boundingBox();
    if (!grip || !bar) throw new Error('The histogram threshold or bar is not shown.');
    // A little right of the line itself: at the chart's left edge the y-axis line lies on it.
    const x = grip.x + grip.width * 0.75;
    const y = grip.y + grip.height / 2;
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(bar.x + bar.width / 2, y, { steps: 8 });
    // The chart reports the pointer once a frame: let the line reach the bar's edge before dropping it.
    for (let tries = 0; tries < 40; tries++) {
      const line = await this.histogramThreshold().boundingBox();
      if (line && Math.abs(line.x + line.width / 2 - bar.x) < bar.width / 4) break;
      await this.page.waitForTimeout(50);
    }
    await this.page.mouse.up();
  }

  minScoreInput(): Locator {
    return this.root.getByLabel('Score at least');
  }

  async filterMinScore(score: number): Promise<void> {
    await this.minScoreInput().fill(String(score));
  }

  async showAll(): Promise<void> {
    await this.root.getByRole('button', { name: 'Show all' }).click();
  }

  selectPage(): Locator {
    return this.root.getByLabel('Select every candidate on this page');
  }

  /** After the page is selected: extends the selection to every candidate of the job. */
  async selectEveryCandidate(count: number): Promise<void> {
    await this.root.getByRole('button', { name: `Select all ${count} candidates` }).click();
  }

  async select(rank: number): Promise<void> {
    await this.root.getByLabel(`Select candidate ${rank}`, { exact: true }).check();
  }

  async unselect(rank: number): Promise<void> {
    await this.root.getByLabel(`Select candidate ${rank}`, { exact: true }).uncheck();
  }

  /** Compares the selected candidates with the examples. */
  async compareSelected(count: number): Promise<ComparePanel> {
    await this.root.getByRole('button', { name: `Compare ${count} side by side` }).click();
    const compare = new ComparePanel(this.page);
    await compare.waitUntilLoaded();
    return compare;
  }

  /** Compares one candidate with the examples, from its row. */
  async compareOne(rank: number): Promise<ComparePanel> {
    await this.root.getByRole('button', { name: `Compare candidate ${rank} with the examples` }).click();
    const compare = new ComparePanel(this.page);
    await compare.waitUntilLoaded();
    return compare;
  }

  /** The export button; its label says what it writes ("Export 50 selected", "Export all 100 shown"). */
  exportButton(): Locator {
    return this.exporter.button();
  }

  /** Exports what the button says (the selection, or all shown) with the dialog's choices, and answers the "Exported N rows to FILE" status. */
  async exportCsv(choice?: ExportChoice): Promise<string> {
    return this.exporter.exportCsv(choice);
  }

  async close(): Promise<void> {
    await this.root.getByRole('button', { name: 'Close candidates' }).click();
  }
}

/** The bar that adds the selected candidates to a new or an existing list. */
export class AddToListBar {
  constructor(readonly root: Locator) {}

  /** "100 leads selected" and the rest of the bar's text. */
  text(): Promise<string> {
    return this.root.innerText();
  }

  async toNewList(name: string): Promise<void> {
    await this.root.getByLabel('New list name').fill(name);
    await this.root.getByRole('button', { name: 'Add to list' }).click();
  }

  async toList(listId: number): Promise<void> {
    await this.root.getByLabel('List to add to').selectOption(String(listId));
    await this.root.getByRole('button', { name: 'Add to list' }).click();
  }

  /** What the last add did ("Added 100 to “…”."). */
  status(): Promise<string> {
    return this.root.getByRole('status').innerText();
  }
}

/** The note on how a job ranked its candidates: the strategy used, its backtest, the strategies compared. */
export class BacktestNotice {
  constructor(readonly root: Locator) {}

  /** The backtest's sentence (shown once the backtest is saved). */
  summary(): Locator {
    return this.root.getByTestId('backtest-summary');
  }

  strategyUsed(): Locator {
    return this.root.getByTestId('strategy-used');
  }

  /** One row per strategy compared, best first. */
  comparisonRows(): Locator {
    return this.root.getByTestId('backtest-comparison').locator('tbody tr');
  }

  text(): Promise<string> {
    return this.root.innerText();
  }
}

/** The note naming fields only the examples have, with the button that runs the job again without them. */
export class CoverageNotice {
  constructor(readonly root: Locator) {}

  text(): Promise<string> {
    return this.root.innerText();
  }

  /** Every button the notice offers (none once nothing is left to leave out). */
  buttons(): Locator {
    return this.root.getByRole('button');
  }

  /** Runs the job again without the `count` extra fields; answers the status naming the new job. */
  async runAgainWithoutExtras(count: number): Promise<string> {
    await this.root.getByRole('button', { name: `Run again without these ${count} extra fields` }).click();
    return this.root.getByRole('status').innerText();
  }
}
