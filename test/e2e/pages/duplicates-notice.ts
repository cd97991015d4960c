/**
 * Page object for the Overview's notice of duplicate records (issue 9,
 * defect 4 follow-up): the notice, its review (counts by key and a sample),
 * the confirm bar of Merge, and the result line with Undo.
 */
import type { Locator, Page } from 'playwright-core';

export class DuplicatesNotice {
  readonly root: Locator;
  readonly review: Locator;
  readonly result: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('duplicates-notice');
    this.review = page.getByTestId('duplicates-review');
    this.result = page.getByTestId('duplicates-result');
  }

  /** The notice's one line ("4 leads and 3 companies look imported twice (same email / same domain)"). */
  async title(): Promise<string> {
    return this.root.locator('#duplicates-title').innerText();
  }

  async openReview(): Promise<void> {
    await this.root.getByRole('button', { name: 'Review and merge' }).click();
    await this.review.waitFor({ state: 'visible' });
  }

  /** The counts by key, one "Leads|same email|4" line per row. */
  async countsByKey(): Promise<string[]> {
    return this.review.getByRole('table', { name: 'Duplicates by key' }).locator('tbody tr').evaluateAll((rows) =>
      rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim()).join('|')),
    );
  }

  /** The sample's rows: shared key and value, merged record(s), survivor, what it fills. */
  async sampleRows(): Promise<string[][]> {
    return this.review.locator('.duplicates-review__sample tbody tr').evaluateAll((rows) =>
      rows.map((r) => [...r.querySelectorAll('td')].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim())),
    );
  }

  /** Merge, then the confirm bar's question (left open for a look). */
  async askToMerge(): Promise<Locator> {
    await this.review.getByRole('button', { name: /^Merge / }).click();
    const bar = this.page.getByRole('alertdialog');
    await bar.waitFor({ state: 'visible' });
    return bar;
  }

  /** Confirms the merge and answers the result line. */
  async confirmMerge(): Promise<string> {
    await this.page.getByRole('alertdialog').getByRole('button', { name: 'Merge', exact: true }).click();
    await this.result.waitFor({ state: 'visible' });
    return this.result.locator('span').first().innerText();
  }

  /**
   * Confirms the merge while its request is held back (as a merge of seconds
   * is), and answers what the review's Merge button says and whether it is
   * disabled meanwhile (`whileHeld` runs then: a screenshot); then lets the
   * request go.
   */
  async confirmMergeHeld(whileHeld?: () => Promise<unknown>): Promise<{ label: string; disabled: boolean }> {
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    await this.page.route('**/api/workspace.mergeDuplicates', async (route) => {
      await released;
      await route.continue();
    });
    await this.page.getByRole('alertdialog').getByRole('button', { name: 'Merge', exact: true }).click();
    const button = this.review.getByRole('button', { name: 'Merging…' });
    await button.waitFor({ state: 'visible' });
    const seen = { label: await button.innerText(), disabled: await button.isDisabled() };
    await whileHeld?.();
    release();
    await this.result.waitFor({ state: 'visible' });
    await this.page.unroute('**/api/workspace.mergeDuplicates');
    return seen;
  }

  async undo(): Promise<string> {
    await this.result.getByRole('button', { name: 'Undo' }).click();
    await this.result.filter({ hasText: 'Undid the merge' }).waitFor();
    return this.result.innerText();
  }
}
