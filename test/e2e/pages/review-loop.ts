/**
 * Page objects of the review loop: the marks given from the candidates'
 * selection bar and from Compare, the bar above the candidates that counts
 * them and re-ranks with them, and the "What moved" view. Specs speak in
 * ranks, record ids and verdicts; selectors live here.
 */
import type { Locator, Page } from 'playwright-core';

export type Verdict = 'good fit' | 'not a fit';

/** The marks of the candidates picked in the grid ("Mark 2 as good fit"), inside the selection bar. */
export class MarkSelection {
  readonly root: Locator;

  constructor(candidatesPanel: Locator) {
    this.root = candidatesPanel.getByTestId('mark-selection');
  }

  /** Marks every picked candidate and waits for the bar to say so. */
  async mark(count: number, verdict: Verdict): Promise<void> {
    await this.root.getByRole('button', { name: `Mark ${count} as ${verdict}` }).click();
    await this.root.getByRole('status').filter({ hasText: `Marked ${count} as` }).waitFor();
  }

  async clear(): Promise<void> {
    await this.root.getByRole('button', { name: 'Clear marks' }).click();
  }
}

/** A candidate's mark as the grid's Mark column shows it ("Good fit", "Not a fit" or ""). */
export async function markShown(candidatesPanel: Locator, rank: number): Promise<string> {
  const cell = candidatesPanel.getByTestId(`candidate-row-${rank}`).locator('[data-mark]');
  return (await cell.count()) === 0 ? '' : (await cell.innerText()).replace(/^[✓✕]\s*/, '');
}

/** One compared record's verdict buttons in Compare. */
export class MarkToggle {
  readonly root: Locator;

  constructor(comparePanel: Locator, recordId: number) {
    this.root = comparePanel.getByTestId(`mark-toggle-${recordId}`);
  }

  button(verdict: Verdict): Locator {
    return this.root.getByRole('button', { name: verdict === 'good fit' ? 'Good fit' : 'Not a fit' });
  }

  /** Presses a verdict and waits until it shows pressed. */
  async press(verdict: Verdict): Promise<void> {
    await this.button(verdict).click();
    await this.root.locator(`button[aria-pressed="true"]`).filter({ hasText: verdict === 'good fit' ? 'Good fit' : 'Not a fit' }).waitFor();
  }

  async pressed(): Promise<string[]> {
    return this.root.locator('button[aria-pressed="true"]').allInnerTexts();
  }
}

/** Above a job's candidates: the marks counted, "Re-rank with my marks", and on a re-ranked job where it came from. */
export class ReviewLoopBar {
  readonly root: Locator;

  constructor(candidatesPanel: Locator) {
    this.root = candidatesPanel.getByTestId('review-loop');
  }

  /** "Your marks: 2 good fits, 2 not a fit." */
  counts(): Promise<string> {
    return this.root.getByTestId('review-counts').innerText();
  }

  text(): Promise<string> {
    return this.root.innerText();
  }

  async rerank(): Promise<void> {
    await this.root.getByRole('button', { name: 'Re-rank with my marks' }).click();
  }

  async openWhatMoved(page: Page): Promise<WhatMovedPage> {
    await this.root.getByRole('link', { name: 'What moved' }).click();
    const view = new WhatMovedPage(page);
    await view.waitUntilLoaded();
    return view;
  }
}

export type MovedSection = 'marked' | 'entered' | 'left' | 'rises' | 'falls';

/** `#/jobs/N/moved`: the re-ranked job beside the one it came from. */
export class WhatMovedPage {
  static readonly selector = '[data-testid="what-moved"]';
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator(WhatMovedPage.selector);
  }

  async waitUntilLoaded(): Promise<void> {
    await this.section('marked').waitFor();
  }

  heading(): Promise<string> {
    return this.root.getByRole('heading', { level: 2 }).innerText();
  }

  section(name: MovedSection): Locator {
    return this.root.getByTestId(`moved-${name}`);
  }

  /** The record ids a section lists, top to bottom. */
  async ids(name: MovedSection): Promise<number[]> {
    const testIds = await this.section(name).locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-testid') ?? ''));
    return testIds.map((t) => Number(t.split('-').pop()));
  }

  /** A record's row in a section: name, (mark,) before, after, change. */
  async row(name: MovedSection, id: number): Promise<string[]> {
    return this.section(name).getByTestId(`moved-${name}-${id}`).locator('td').allInnerTexts();
  }

  async compareTop(top: number): Promise<void> {
    await this.root.getByLabel('How many of the best to compare').selectOption(String(top));
  }

  async backToResults(jobId: number): Promise<void> {
    await this.root.getByRole('link', { name: `Back to the results of job #${jobId}` }).click();
  }
}
