/**
 * Page object for Find lookalikes: the form that starts a job (its source,
 * minimum score, how many candidates, ranking, what to leave out or keep
 * only) and the check of its examples before it starts.
 */
import type { Locator, Page } from 'playwright-core';
import { ConditionBuilderPanel } from './condition-builder';
import { showView } from './navigation';

export interface JobOptions {
  minScore?: string;
  maxResults?: string;
  strategy?: string;
}

export class JobForm {
  /** The panel as a CSS selector, for checks run inside the page (accessibility). */
  static readonly selector = '[data-testid="new-job-form"]';

  readonly root: Locator;
  /** "Only candidates where": the condition builder with the count of records passing the filters. */
  readonly filters: ConditionBuilderPanel;

  constructor(readonly page: Page) {
    this.root = page.locator(JobForm.selector);
    this.filters = new ConditionBuilderPanel(this.root, 'Only candidates where (one condition per line)', 'filters-count');
  }

  /** Opens the form unless it is open. */
  async open(): Promise<void> {
    await showView(this.page, 'Jobs');
    if ((await this.root.count()) === 0) await this.page.getByRole('button', { name: 'Find lookalikes' }).click();
    await this.root.waitFor();
  }

  /** The options of one group of "Like" (Outcomes, Campaigns, Lists, Segments), as shown. */
  async sourceOptions(group: string): Promise<string[]> {
    return this.root.getByLabel(/^Like/).locator(`optgroup[label="${group}"] option`).allTextContents();
  }

  /** The line under "Like": how the chosen source counts, or what starting from it saves. */
  likeHint(): Locator {
    return this.root.getByTestId('like-hint');
  }

  /** Picks the source whose option starts with `label` ("Like …"), once the sources have loaded. */
  async chooseSource(label: string): Promise<void> {
    const like = this.root.getByLabel(/^Like/);
    const option = like.locator('option', { hasText: label }).first();
    await option.waitFor({ state: 'attached' });
    await like.selectOption((await option.getAttribute('value'))!);
  }

  async fill(options: JobOptions): Promise<void> {
    if (options.minScore !== undefined) await this.root.getByLabel('Minimum score').fill(options.minScore);
    if (options.maxResults !== undefined) await this.root.getByLabel('Candidates at most').fill(options.maxResults);
    if (options.strategy !== undefined) await this.root.getByLabel('Ranking').selectOption(options.strategy);
  }

  /** Opens "Leave out records, or keep only some". */
  async showLeaveOut(): Promise<void> {
    await this.root.getByText('Leave out records, or keep only some').click();
  }

  /** Ticks a list or segment to leave out, by the start of its label ("Pipeline lookalikes (list"). */
  async leaveOut(labelStart: RegExp): Promise<void> {
    await this.root.getByLabel(labelStart).check();
  }

  async keepOnlyWhere(conditions: string): Promise<void> {
    await this.filters.type(conditions);
  }

  async start(): Promise<void> {
    await this.root.getByRole('button', { name: 'Start' }).click();
  }

  /** Waits until the form has closed, which it does once the job is queued. */
  async waitUntilClosed(): Promise<void> {
    await this.root.waitFor({ state: 'detached' });
  }

  /** Why the job cannot start. */
  alert(): Locator {
    return this.root.getByRole('alert');
  }

  async close(): Promise<void> {
    await this.root.getByRole('button', { name: 'Close' }).click();
    await this.waitUntilClosed();
  }

  /** Checks the chosen source's examples; answers the check once shown. */
  async checkExamples(timeoutMs = 60_000): Promise<SeedCheck> {
    await this.root.getByRole('button', { name: 'Check the examples' }).click();
    const check = new SeedCheck(this.root.getByTestId('seed-diagnostics'));
    await check.root.waitFor({ timeout: timeoutMs });
    return check;
  }
}

/** The check of a job's examples: cohesion, suspected outcome leaks, outlying examples (in the form or beside a job's candidates). */
export class SeedCheck {
  constructor(readonly root: Locator) {}

  cohesion(): Locator {
    return this.root.getByTestId('seed-cohesion');
  }

  leaks(): Locator {
    return this.root.getByTestId('seed-leaks');
  }

  /** The tick that leaves a suspected leak out of the job. */
  leaveOutTick(field: string): Locator {
    return this.leaks().getByRole('checkbox', { name: `Leave out ${field}` });
  }

  /** "Start leaves out “Tags”." */
  leaveOutSummary(): Promise<string> {
    return this.root.getByTestId('leave-out-summary').innerText();
  }

  outliers(): Locator {
    return this.root.getByTestId('seed-outliers');
  }

  /** Opens the outlying examples' list; answers its items. */
  async showOutliers(): Promise<Locator> {
    await this.outliers().locator('summary').click();
    return this.outliers().locator('li');
  }
}
