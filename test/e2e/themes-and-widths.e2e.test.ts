/**
 * Every view looked at as an analyst's screens show it: 1024×768 (a small
 * laptop, a window half a monitor wide) and 1440×900, in the light theme and
 * in the dark one the system asks for (`prefers-color-scheme`). On each, the
 * page never scrolls sideways, the controls that matter (the navigation,
 * Export, Compare, the comparison's Close and its last candidate) are on
 * screen — a wide table scrolls inside its own box, never the page — and
 * axe-core finds no serious problem (contrast among them). A screenshot of
 * each is left in test-results/ (themes-WIDTH-SCHEME-VIEW.png) to be looked at.
 * On the Maven CRM export after a working session: jobs, two lists, a segment.
 */
import type { Locator, Page } from 'playwright-core';
import { ComparePanel } from './pages/compare-panel';
import { seriousAccessibilityViolations } from './support/accessibility';
import { artifactPath } from './support/artifacts';
import { MAVEN_WITH_LISTS, PIPELINE_LIST } from './support/seeds';
import { describe, expect, seedsFor, test } from './support/studio-test';

const SIZES = [
  { width: 1024, height: 768 },
  { width: 1440, height: 900 },
] as const;
const SCHEMES = ['light', 'dark'] as const;

/** How far an element is cut off sideways: by the window, or by any box around it that clips (scrolls or hides) its overflow. */
async function horizontalClip(target: Locator): Promise<string | null> {
  await target.scrollIntoViewIfNeeded();
  return target.evaluate(horizontalClipInPage);
}

/** The DOM as far as the check below reads it (this file compiles without the DOM's types). */
interface Box {
  getBoundingClientRect(): { left: number; right: number; width: number };
  parentElement: Box | null;
  tagName: string;
  className: string;
}

/** Run in the page: null, or what cuts `el` off sideways. */
function horizontalClipInPage(el: unknown): string | null {
  const page = globalThis as unknown as { innerWidth: number; document: { body: Box }; getComputedStyle(b: Box): { overflowX: string } };
  const rect = (el as Box).getBoundingClientRect();
  if (rect.width === 0) return 'it has no width';
  if (rect.left < -0.5 || rect.right > page.innerWidth + 0.5) return `the window cuts it: ${rect.left}–${rect.right} of ${page.innerWidth}`;
  for (let box = (el as Box).parentElement; box && box !== page.document.body; box = box.parentElement) {
    const overflowX = page.getComputedStyle(box).overflowX;
    if (overflowX === 'visible') continue;
    const outer = box.getBoundingClientRect();
    if (rect.left < outer.left - 0.5 || rect.right > outer.right + 0.5) {
      return `${box.tagName.toLowerCase()}.${box.className} (overflow-x ${overflowX}) cuts it: ${rect.left}–${rect.right} of ${outer.left}–${outer.right}`;
    }
  }
  return null;
}

/** How far a DataTable's box scrolls sideways (0 or less: every column fits it). */
async function tableOverflow(table: Locator): Promise<number> {
  return table.evaluate((el) => {
    const box = (el as unknown as { parentElement: { scrollWidth: number; clientWidth: number } }).parentElement;
    return box.scrollWidth - box.clientWidth;
  });
}

/** The page scrolls up and down only, never sideways. */
async function pageOverflow(page: Page): Promise<{ scrollWidth: number; innerWidth: number }> {
  return (await page.evaluate('({ scrollWidth: document.scrollingElement.scrollWidth, innerWidth: window.innerWidth })')) as {
    scrollWidth: number;
    innerWidth: number;
  };
}

async function expectNothingClipped(page: Page, where: string, controls: Locator[]): Promise<void> {
  const { scrollWidth, innerWidth } = await pageOverflow(page);
  expect(scrollWidth, `${where}: the page scrolls sideways`).toBeLessThanOrEqual(innerWidth);
  const nav = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
  for (const control of [...(await nav.all()), ...controls]) {
    const name = (await control.getAttribute('aria-label')) ?? (await control.innerText()).trim();
    expect(await horizontalClip(control), `${where}: “${name}”`).toBeNull();
  }
  await page.evaluate('window.scrollTo(0, 0)');
}

describe('Every view at 1024 and 1440 px wide, light and dark, with nothing clipped', () => {
  seedsFor(MAVEN_WITH_LISTS);

  for (const size of SIZES) {
    for (const scheme of SCHEMES) {
      test(`${size.width}×${size.height}, ${scheme}`, { timeout: 300_000 }, async ({ studio }) => {
        const { api, page, workspacePage } = await studio.open(MAVEN_WITH_LISTS, { viewport: size, colorScheme: scheme });
        await api['segments.create']({ name: 'Won deals', entity: 'leads', where: ['outcome = won'] });
        expect(await page.evaluate("matchMedia('(prefers-color-scheme: dark)').matches")).toBe(scheme === 'dark');
        const shot = (view: string) => artifactPath(`themes-${size.width}-${scheme}-${view}.png`);
        const checkA11y = async (where: string, selector?: string) => {
          expect(await seriousAccessibilityViolations(page, selector), `${where} (${scheme})`).toEqual([]);
        };

        // Overview
        await workspacePage.screenshot(shot('overview'));
        await expectNothingClipped(page, 'overview', []);
        await checkA11y('overview');

        // Import
        await workspacePage.openImports();
        await workspacePage.screenshot(shot('import'));
        await expectNothingClipped(page, 'import', [page.getByTestId('import-view').getByRole('button', { name: 'Import CSV…' })]);
        // The history fits its box: every column shown without scrolling it sideways (a clip check would scroll to each).
        expect(await tableOverflow(page.getByTestId('imports-table')), 'import: the history scrolls sideways').toBeLessThanOrEqual(0);
        await checkA11y('import');

        // Jobs: the table fits its box too, every column's text shown (narrow, the entity joins the source)
        await workspacePage.openJobs();
        const jobsTable = page.getByTestId('jobs-table');
        await jobsTable.waitFor();
        await workspacePage.screenshot(shot('jobs'));
        expect(await tableOverflow(jobsTable), 'jobs: the table scrolls sideways').toBeLessThanOrEqual(0);
        await expectNothingClipped(page, 'jobs', [page.getByRole('button', { name: 'Find lookalikes' }), jobsTable.getByRole('button', { name: /^Delete job/ }).first()]);
        const firstJob = await jobsTable.locator('tbody tr').first().innerText();
        for (const text of ['Campaign', 'sales_pipeline.csv', 'Leads', 'Completed']) expect(firstJob, `jobs: the first row shows “${text}”`).toContain(text);
        await checkA11y('jobs');

        // Jobs, a job's results open: its grid, Why similar, Compare on each row, Export
        const jobId = (await api['jobs.list']()).find((j) => j.candidates === 100)!.id;
        const candidates = await workspacePage.openCandidates(jobId);
        await candidates.histogramDrawings().first().waitFor();
        for (const rank of [1, 2, 3, 4, 5, 6]) await candidates.select(rank);
        const compareSix = candidates.root.getByRole('button', { name: 'Compare 6 side by side' });
        await workspacePage.screenshot(shot('job-results'));
        await candidates.row(1).scrollIntoViewIfNeeded();
        await page.evaluate('window.scrollBy(0, -160)');
        await page.screenshot({ path: shot('job-results-grid') }); // the grid as the window shows it
        await expectNothingClipped(page, 'job results', [
          candidates.exportButton(),
          compareSix,
          candidates.root.getByRole('button', { name: 'Close candidates' }),
          candidates.root.getByRole('button', { name: 'Compare candidate 1 with the examples' }),
          candidates.root.getByLabel('Select candidate 1', { exact: true }),
          candidates.row(1).locator('.candidates__why'),
          // Each reason whole, its figure included: a long one wraps inside the column rather than being cut off.
          ...(await candidates.row(1).locator('.reason-chip').all()),
          candidates.root.getByRole('button', { name: 'Next' }),
        ]);
        await checkA11y('job results');

        // Compare of six: the dialog fits the window and scrolls inside itself
        const compare = await candidates.compareSelected(6);
        const top = (await api['jobs.candidates']({ jobId, limit: 6 })).candidates;
        await page.screenshot({ path: shot('compare-six') });
        await expectNothingClipped(page, 'compare of six', [
          compare.root.getByRole('button', { name: 'Close comparison' }),
          compare.recordHeader(top[0]!.id),
          compare.recordHeader(top[5]!.id),
        ]);
        const dialog = await compare.root.boundingBox();
        expect(dialog!.x).toBeGreaterThanOrEqual(0);
        expect(dialog!.x + dialog!.width).toBeLessThanOrEqual(size.width);
        expect(dialog!.y + dialog!.height).toBeLessThanOrEqual(size.height);
        await checkA11y('compare of six', ComparePanel.selector);
        await compare.close();
        await candidates.close();

        // Lists, one open
        const pipeline = (await api['lists.list']()).find((l) => l.name === PIPELINE_LIST)!;
        const list = await workspacePage.openList(pipeline.id);
        await list.waitForMembers();
        await workspacePage.screenshot(shot('list'));
        await expectNothingClipped(page, 'list', [
          list.exportButton(),
          list.root.getByRole('button', { name: 'Delete list' }),
          list.root.getByRole('button', { name: 'Close list' }),
        ]);
        await checkA11y('list');
        await list.close();

        // Segments
        await workspacePage.openSegments();
        await page.getByRole('table', { name: 'Segments' }).waitFor();
        await workspacePage.screenshot(shot('segments'));
        await expectNothingClipped(page, 'segments', []);
        await checkA11y('segments');

        // Campaigns
        await workspacePage.openCampaigns();
        await workspacePage.screenshot(shot('campaigns'));
        await expectNothingClipped(page, 'campaigns', []);
        await checkA11y('campaigns');
      });
    }
  }
});
