/**
 * User journey: an imported column the CRM export carried (not a field the
 * app knows) is a column like any other in the results grids (issue 11):
 * added from the chooser, sorted by the core — numbers as numbers, text
 * ignoring case, blanks last both ways — and filtered, "is one of" offering
 * the values the data holds. On a list's members here (grid-tools.e2e.test.ts
 * covers a job's candidates); then the grid's tools looked at in each width
 * and theme, screenshots kept (grid-extra-WIDTH-SCHEME.png).
 */
import { artifactPath } from './support/artifacts';
import { seedVpLookalikeList } from './support/seeds';
import { defineSeed } from './support/workspace-fixture';
import { describe, expect, seedsFor, test } from './support/studio-test';

const SOURCES = ['Google', 'referral', 'Olark Chat', 'REFERRAL'];

/** 90 contacts with two columns no field takes: "Visits" (a count, blank for every seventh) and "Webinar Track" (text). */
function contactsCsv(): string {
  const header = ['Record ID', 'First Name', 'Last Name', 'Email', 'Job Title', 'Company Name', 'Visits', 'Webinar Track'];
  const rows = Array.from({ length: 90 }, (_, i) => [
    `e${i}`,
    `Person${i}`,
    'Extra',
    `p${i}@firm${i % 17}.example`,
    i % 3 === 0 ? 'VP of Sales' : 'Engineer',
    `Firm ${i % 17}`,
    i % 7 === 0 ? '' : String((i * 37) % 120),
    SOURCES[i % SOURCES.length]!,
  ]);
  return [header, ...rows].map((r) => r.join(',')).join('\r\n') + '\r\n';
}

const LIST = 'Everyone like the VPs';

const EXTRA_WORKSPACE = defineSeed('grid-extra-fields', (w) => seedVpLookalikeList(w, contactsCsv(), LIST));

const byNumber = (direction: 'ascending' | 'descending') => (a: string, b: string) => (direction === 'ascending' ? Number(a) - Number(b) : Number(b) - Number(a));

describe('An imported column in the results grids', () => {
  seedsFor(EXTRA_WORKSPACE);

  test("a list's members sort by an imported count as numbers, blanks last both ways, and filter by it", async ({ studio }) => {
    const { api, workspacePage } = await studio.open(EXTRA_WORKSPACE);
    const list = (await api['lists.list']()).find((l) => l.name === LIST)!;
    expect(list.members).toBeGreaterThan(50);
    const panel = await workspacePage.openList(list.id);
    await panel.waitForMembers();
    await panel.tools.setPageSize(100);
    await panel.tools.toggleColumn('Visits');
    expect((await panel.grid.sortableColumns()).sortable).toContain('Visits');

    for (const direction of ['ascending', 'descending'] as const) {
      await panel.grid.sortBy('Visits', direction);
      const visits = await panel.grid.columnValues('Visits');
      expect(visits).toHaveLength(list.members);
      const filled = visits.filter((v) => v !== '');
      expect(filled.length).toBeLessThan(visits.length);
      // Every blank after every number, and the numbers in numeric order (9 before 10 ascending).
      expect(visits.slice(filled.length).every((v) => v === '')).toBe(true);
      expect(filled).toEqual([...filled].sort(byNumber(direction)));
    }

    await panel.tools.addExtraFilter('Visits', 'between', { min: 10, max: 60 });
    expect(await panel.tools.filters()).toEqual(['Visits 10–60']);
    const shown = await panel.grid.columnValues('Visits');
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((v) => Number(v) >= 10 && Number(v) <= 60)).toBe(true);
    const core = await api['lists.members']({ listId: list.id, limit: 500, filters: [{ column: 'x:Visits', min: 10, max: 60 }] });
    await expect.poll(() => panel.tools.filterCount().innerText()).toBe(`${core.total} of ${list.members} leads shown`);

    // Text ignores case: "referral" and "REFERRAL" are one value to pick, and sort together.
    await panel.tools.removeFilter('Visits 10–60');
    await panel.tools.toggleColumn('Webinar Track');
    await panel.tools.addFilterPicking('Webinar Track', ['referral']);
    expect(new Set((await panel.grid.columnValues('Webinar Track')).map((v) => v.toLowerCase()))).toEqual(new Set(['referral']));
    await panel.tools.removeFilter('Webinar Track is referral');
    await panel.grid.sortBy('Webinar Track', 'ascending');
    const sources = (await panel.grid.columnValues('Webinar Track')).map((v) => v.toLowerCase());
    expect(sources).toEqual([...sources].sort());
  });

  for (const size of [
    { width: 1024, height: 768 },
    { width: 1440, height: 900 },
  ] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`the tools of a grid sorted and filtered by an imported column, ${size.width} px ${scheme}`, async ({ studio }) => {
        const { api, page, workspacePage } = await studio.open(EXTRA_WORKSPACE, { viewport: size, colorScheme: scheme });
        const [job] = await api['jobs.list']();
        const panel = await workspacePage.openCandidates(job!.id);
        await panel.tools.toggleColumn('Visits');
        await panel.grid.sortBy('Visits', 'descending');
        await panel.tools.foldDuplicates();
        await expect.poll(() => panel.tools.filterCount().innerText()).toMatch(/^\d+ of \d+ leads shown$/);
        // The value box open on an imported column's values.
        const form = panel.root.getByRole('form', { name: 'Add a filter' });
        await form.getByLabel('Filter column').selectOption({ label: 'Webinar Track' });
        await form.getByLabel('Filter kind').selectOption({ label: 'is one of' });
        await form.getByRole('combobox', { name: 'Is one of (comma-separated)' }).click();
        await form.getByRole('listbox').getByRole('option').first().waitFor();
        const { scrollWidth, innerWidth } = (await page.evaluate('({ scrollWidth: document.scrollingElement.scrollWidth, innerWidth: window.innerWidth })')) as {
          scrollWidth: number;
          innerWidth: number;
        };
        expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
        await panel.tools.searchBox().scrollIntoViewIfNeeded();
        await page.evaluate('window.scrollBy(0, -120)');
        await page.screenshot({ path: artifactPath(`grid-extra-${size.width}-${scheme}.png`) });
      });
    }
  }
});
