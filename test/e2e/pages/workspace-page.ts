/**
 * Page object for the app shell and its views (Import, Jobs, Lists,
 * Segments, Campaigns). Specs talk to it in the user's terms (a stat's
 * value, an import's row, its rejected rows) and never touch selectors, so a
 * markup change is fixed here once. The counts and the workspace path are
 * on every view; a table's rows are on its view, reached with openImports(),
 * openJobs()… (the actions that need a view go to it themselves).
 */
import type { Locator, Page } from 'playwright-core';
import { CandidatesPanel } from './candidates-panel';
import { JobForm, type JobOptions } from './job-form';
import { ListPanel } from './list-panel';
import { currentHash, showView, type ViewName } from './navigation';
import { SegmentForm } from './segment-form';
import { SortableGrid } from './sortable-grid';

export type StatKey = 'leads' | 'companies' | 'lists' | 'segments' | 'campaigns';

export interface RejectRowView {
  row: string;
  column: string;
  reason: string;
  raw: string;
}

/** What the page showed of jobs since watchJobDisplay(): step texts, each row's statuses in turn, tab titles. */
export interface JobDisplaySeen {
  steps: string[];
  statuses: Record<string, string[]>;
  titles: string[];
}

/** Runs in the page (a string: the tests are typed for Node, not the DOM). */
const WATCH_JOB_DISPLAY = `(() => {
  const seen = { steps: [], statuses: {}, titles: [] };
  window.__jobDisplay = seen;
  const note = () => {
    for (const el of document.querySelectorAll('[data-testid="job-step"]')) {
      const text = el.textContent || '';
      if (text && seen.steps[seen.steps.length - 1] !== text) seen.steps.push(text);
    }
    for (const row of document.querySelectorAll('tr[data-testid^="job-row-"]')) {
      const id = row.getAttribute('data-testid').replace('job-row-', '');
      const badge = row.querySelector('[data-status]');
      const status = badge && badge.getAttribute('data-status');
      const list = (seen.statuses[id] = seen.statuses[id] || []);
      if (status && list[list.length - 1] !== status) list.push(status);
    }
    if (seen.titles[seen.titles.length - 1] !== document.title) seen.titles.push(document.title);
  };
  note();
  new MutationObserver(note).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
})()`;

export class WorkspacePage {
  readonly screen: Locator;
  /** The first-run screen of an empty workspace, and the overview of one with records. */
  readonly firstRun: Locator;
  readonly overview: Locator;
  readonly importsTable: Locator;
  readonly importsEmpty: Locator;
  readonly rejectsPanel: Locator;
  readonly errorNotice: Locator;
  readonly jobsTable: Locator;
  readonly jobsEmpty: Locator;
  readonly listsEmpty: Locator;
  readonly jobForm: JobForm;
  readonly segmentForm: SegmentForm;
  /** The Jobs and Lists tables as grids the core sorts (in their views). */
  readonly jobsGrid: SortableGrid;
  readonly listsGrid: SortableGrid;

  constructor(readonly page: Page) {
    this.jobForm = new JobForm(page);
    this.segmentForm = new SegmentForm(page);
    this.listsEmpty = page.getByTestId('lists-empty');
    this.jobsTable = page.getByRole('table', { name: 'Lookalike jobs' });
    this.jobsEmpty = page.getByTestId('jobs-empty');
    this.screen = page.getByTestId('app-shell');
    this.firstRun = page.getByTestId('first-run');
    this.overview = page.getByTestId('overview');
    this.importsTable = page.getByRole('table', { name: 'Import batches' });
    this.importsEmpty = page.getByTestId('imports-empty');
    this.rejectsPanel = page.getByTestId('rejects-panel');
    this.errorNotice = page.getByTestId('error-notice');
    this.jobsGrid = new SortableGrid(this.jobsTable, page.getByTestId('jobs-grid'));
    this.listsGrid = new SortableGrid(page.getByRole('table', { name: 'Lists' }), page.getByTestId('lists-grid'));
  }

  /** The job ids of the Jobs table's rows, top to bottom (in the Jobs view). */
  async shownJobIds(): Promise<number[]> {
    await this.jobsGrid.drawn();
    const ids = await this.jobsTable.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-testid') ?? ''));
    return ids.map((id) => Number(id.replace('job-row-', '')));
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.waitUntilLoaded();
  }

  /** Loaded = every stat tile holds a number and the view shows its content (or an error). */
  async waitUntilLoaded(): Promise<void> {
    await this.screen.waitFor();
    await this.page.locator('[data-testid="stat-campaigns"][data-value]').waitFor();
    await this.page.locator('#main > :not([aria-busy="true"])').or(this.errorNotice).first().waitFor();
  }

  /** The address the page shows, e.g. "#/jobs/12" ("" on the first load). */
  hash(): string {
    return currentHash(this.page);
  }

  /** The main navigation's link to a view; the shown view's link has aria-current="page". */
  navLink(view: ViewName): Locator {
    return this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: view, exact: true });
  }

  /** Reloads the page at the same address, as F5 would. */
  async reload(): Promise<void> {
    await this.page.reload();
    await this.waitUntilLoaded();
  }

  /** The browser's Back and Forward. */
  async back(): Promise<void> {
    await this.page.goBack();
    await this.waitUntilLoaded();
  }

  async forward(): Promise<void> {
    await this.page.goForward();
    await this.waitUntilLoaded();
  }

  /** The first-run screen's one primary action. */
  primaryActions(): Locator {
    return this.page.locator('#main .button--primary');
  }

  /** The Import view, with the import history loaded. */
  async openImports(): Promise<void> {
    await showView(this.page, 'Import');
    await this.importsTable.or(this.importsEmpty).or(this.errorNotice).first().waitFor();
  }

  /** The Jobs view, with the jobs loaded. */
  async openJobs(): Promise<void> {
    await showView(this.page, 'Jobs');
    await this.jobsTable.or(this.jobsEmpty).or(this.errorNotice).first().waitFor();
  }

  /** The Lists view, with the lists loaded. */
  async openLists(): Promise<void> {
    await showView(this.page, 'Lists');
    await this.page.getByRole('table', { name: 'Lists' }).or(this.listsEmpty).or(this.errorNotice).first().waitFor();
  }

  /** The Segments view, with the segments loaded. */
  async openSegments(): Promise<void> {
    await showView(this.page, 'Segments');
    await this.page.getByRole('table', { name: 'Segments' }).or(this.page.getByTestId('segments-empty')).or(this.errorNotice).first().waitFor();
  }

  /** The Campaigns view, with the campaigns loaded. */
  async openCampaigns(): Promise<void> {
    await showView(this.page, 'Campaigns');
    await this.page.getByRole('table', { name: 'Campaigns' }).or(this.page.getByTestId('campaigns-empty')).or(this.errorNotice).first().waitFor();
  }

  /** Opens Find lookalikes (unless it is open), picks the source whose option starts with `sourceLabel`, and starts the job. */
  async startJob(sourceLabel: string, options: JobOptions = {}): Promise<void> {
    await this.jobForm.open(); // in the Jobs view
    await this.jobForm.chooseSource(sourceLabel);
    await this.jobForm.fill(options);
    await this.jobForm.start();
  }

  /** Opens a finished job's candidates by activating its row in the Jobs view (the address becomes #/jobs/ID). */
  async openCandidates(jobId: number): Promise<CandidatesPanel> {
    await this.openJobs();
    await this.jobRow(jobId).click();
    const panel = new CandidatesPanel(this.page);
    await panel.waitUntilLoaded();
    return panel;
  }

  /** Asks to delete a finished job from its row; answers the confirmation dialog. */
  async askToDeleteJob(jobId: number): Promise<Locator> {
    await this.openJobs();
    await this.page.getByRole('button', { name: `Delete job ${jobId}` }).click();
    return this.page.getByRole('alertdialog');
  }

  /** Confirms the deletion asked for. */
  async confirmDeleteJob(): Promise<void> {
    await this.page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
  }

  cancelJobButton(jobId: number): Locator {
    return this.jobRow(jobId).getByRole('button', { name: `Cancel job ${jobId}` });
  }

  jobRow(jobId: number): Locator {
    return this.page.getByTestId(`job-row-${jobId}`);
  }

  /** Waits until the job's row shows `status` (contract name, e.g. "completed"); pushed events update it, no refresh. */
  async waitForJobStatus(jobId: number, status: string, timeoutMs = 60_000): Promise<void> {
    await this.openJobs();
    await this.jobRow(jobId).locator(`[data-status="${status}"]`).waitFor({ timeout: timeoutMs });
  }

  /** A running job's step in words and time left, in its row's Progress cell or on its results view. */
  jobStep(jobId: number): Locator {
    return this.page.getByTestId(`job-progress-${jobId}`).getByTestId('job-step');
  }

  /**
   * Starts noting, in the page, every job step shown (Progress cell or results view), every job status a
   * row showed, and every tab title, however briefly each was there; read them with shownSince().
   */
  async watchJobDisplay(): Promise<void> {
    await this.page.evaluate(WATCH_JOB_DISPLAY);
  }

  /** What watchJobDisplay() noted so far. */
  async shownSince(): Promise<JobDisplaySeen> {
    return (await this.page.evaluate('window.__jobDisplay')) as JobDisplaySeen;
  }

  /** Goes to a job's results view by its address, as a bookmark would, without reloading. */
  async showJobResults(jobId: number): Promise<void> {
    await this.page.evaluate(`window.location.hash = '#/jobs/${jobId}'`);
  }

  statTile(key: StatKey): Locator {
    return this.page.getByTestId(`stat-${key}`);
  }

  /** The raw number behind a tile (the text is locale-formatted). */
  async statValue(key: StatKey): Promise<number> {
    const raw = await this.statTile(key).getAttribute('data-value');
    if (raw === null) throw new Error(`The ${key} tile has no value yet.`);
    return Number(raw);
  }

  async statText(key: StatKey): Promise<string> {
    return (await this.statTile(key).locator('dd').innerText()).trim();
  }

  workspacePath(): Promise<string> {
    return this.page.getByTestId('workspace-path').innerText();
  }

  importRow(batchId: number): Locator {
    return this.page.getByTestId(`import-row-${batchId}`);
  }

  importRows(): Locator {
    return this.importsTable.locator('tbody tr');
  }

  async openRejects(batchId: number): Promise<void> {
    await this.openImports();
    await this.importRow(batchId).click();
    await this.rejectsPanel.waitFor();
    await this.rejectRows().first().waitFor();
  }

  async closeRejects(): Promise<void> {
    await this.rejectsPanel.getByRole('button', { name: 'Close rejected rows' }).click();
    await this.rejectsPanel.waitFor({ state: 'detached' });
  }

  rejectRows(): Locator {
    return this.rejectsPanel.getByTestId('reject-row');
  }

  async rejectRowViews(): Promise<RejectRowView[]> {
    const views: RejectRowView[] = [];
    for (const row of await this.rejectRows().all()) {
      const cells = (await row.locator('td').allTextContents()).map((text) => text.trim());
      views.push({ row: cells[0] ?? '', column: cells[1] ?? '', reason: cells[2] ?? '', raw: cells[3] ?? '' });
    }
    return views;
  }

  rejectsRange(): Promise<string> {
    return this.rejectsPanel.getByTestId('rejects-range').innerText();
  }

  async nextRejectsPage(): Promise<void> {
    const before = await this.rejectsRange();
    await this.rejectsPanel.getByRole('button', { name: 'Next' }).click();
    // Wait for the next page's range, not the "Loading…" in between.
    await this.rejectsPanel.getByTestId('rejects-range').filter({ hasText: /^Showing/ }).filter({ hasNotText: before }).waitFor();
    // Then for its rows: the table draws a new page in a deferred render (aria-busy until it lands), after the range.
    await this.rejectsPanel.locator('table:not([aria-busy="true"])').first().waitFor();
    await this.rejectRows().first().waitFor();
  }

  listRow(listId: number): Locator {
    return this.page.getByTestId(`list-row-${listId}`);
  }

  /** Opens a list from its row in the Lists view (the address becomes #/lists/ID). */
  async openList(listId: number): Promise<ListPanel> {
    await this.openLists();
    await this.listRow(listId).click();
    const panel = new ListPanel(this.page);
    await panel.waitUntilLoaded();
    return panel;
  }

  segmentRow(segmentId: number): Locator {
    return this.page.getByTestId(`segment-row-${segmentId}`);
  }

  /** Scrolls to the top first: else the sticky header is drawn where the page was scrolled to. */
  async screenshot(path: string): Promise<Buffer> {
    await this.page.evaluate('window.scrollTo(0, 0)');
    return this.page.screenshot({ path, fullPage: true });
  }
}
