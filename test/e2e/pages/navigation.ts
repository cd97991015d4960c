/**
 * The app shell's views and how a page object reaches one: through the main
 * navigation, as a user would, unless the address already shows it (so a
 * form or panel open in the view stays open).
 */
import type { Page } from 'playwright-core';

export type ViewName = 'Import' | 'Jobs' | 'Lists' | 'Segments' | 'Campaigns';

/** Each view's address (its hash) and what marks it on the page. */
export const VIEWS: Record<ViewName, { hash: string; testId: string }> = {
  Import: { hash: '#/import', testId: 'import-view' },
  Jobs: { hash: '#/jobs', testId: 'jobs-view' },
  Lists: { hash: '#/lists', testId: 'lists-view' },
  Segments: { hash: '#/segments', testId: 'segments-view' },
  Campaigns: { hash: '#/campaigns', testId: 'campaigns-view' },
};

/** The view the address shows: `#/jobs/12` is in Jobs. */
export function currentHash(page: Page): string {
  return new URL(page.url()).hash;
}

export async function showView(page: Page, view: ViewName): Promise<void> {
  const { hash, testId } = VIEWS[view];
  const here = currentHash(page);
  if (here !== hash && !here.startsWith(`${hash}/`)) {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: view, exact: true }).click();
  }
  await page.getByTestId(testId).waitFor();
}
