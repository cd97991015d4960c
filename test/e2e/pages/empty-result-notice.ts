/** What a finished job that kept no candidate shows in place of its table (features/jobs/EmptyResultNotice.tsx). */
import type { Locator, Page } from 'playwright-core';
import { CandidatesPanel } from './candidates-panel';
import type { WorkspacePage } from './workspace-page';

export class EmptyResultNotice {
  readonly root: Locator;

  constructor(readonly panel: CandidatesPanel) {
    this.root = panel.root.getByTestId('empty-result-notice');
  }

  /** Opens a finished job with no candidate from its row in the Jobs view; waits for its notice. */
  static async open(workspacePage: WorkspacePage, page: Page, jobId: number): Promise<EmptyResultNotice> {
    await workspacePage.openJobs();
    await workspacePage.jobRow(jobId).click();
    const notice = new EmptyResultNotice(new CandidatesPanel(page));
    await notice.root.waitFor();
    return notice;
  }

  /** "No candidate reached the minimum score 0.5: the best of the 8,800 ranked leads scored 0.12." */
  text(): Promise<string> {
    return this.root.locator('p').first().innerText();
  }

  /** The suspicion that a field records the outcome, when the check of the examples has one. */
  leaks(): Locator {
    return this.root.getByTestId('empty-result-leaks');
  }

  runAgainWithMinimum(): Locator {
    return this.root.getByRole('button', { name: /^Run again with minimum / });
  }

  /** Clicks "Run again with minimum …"; the id of the job it started (from its "Started job #N" link). */
  async rerunWithSuggestedMinimum(): Promise<number> {
    await this.runAgainWithMinimum().click();
    const link = this.root.getByRole('status').getByRole('link');
    await link.waitFor();
    return Number((await link.innerText()).replace('job #', ''));
  }
}
