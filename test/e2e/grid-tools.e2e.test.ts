/**
 * User journey: a results grid an analyst can work in all day (issue 11,
 * item 3 and the grid parts of item 8). Above a job's candidates, what the
 * job asked for; page sizes and a page jump kept in the address; ticks kept
 * across pages with a count and "Clear selection"; a quick search and
 * column filters done by the core, kept in the address, with "N of M
 * shown"; columns added from a chooser (fields and imported extra fields),
 * remembered, sortable where the core sorts; the later record of a person
 * held twice marked; a list's members in the same grid, with Undo for
 * taking members off; the jobs and lists tables' own order in the address;
 * and the keyboard: `/`, `g j`/`g l`/`g i`, Esc, arrows and Space, `?`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { createSegment } from '../../src-main/services/segments-service';
import { artifactPath } from './support/artifacts';
import { defineSeed } from './support/workspace-fixture';
import { describe, expect, seedsFor, test } from './support/studio-test';

/** Whether the element has the keyboard focus (the page's own check; the spec has no DOM types). */
function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((el) => el === (el.ownerDocument as unknown as { activeElement: unknown }).activeElement);
}

const COUNTRIES = ['Germany', 'United States', 'France', 'Spain'];
const TITLES = ['VP of Sales', 'Engineer', 'Account Executive', 'Nurse', 'Marketing Manager', 'Data Analyst'];
const SHORTLIST = 'Shortlist';

/** A CRM contacts export: 160 people at 23 firms, an unmapped "Region Code" column, and one person held twice two ways. */
function contactsCsv(): string {
  const header = ['Record ID', 'First Name', 'Last Name', 'Email', 'Job Title', 'Company Name', 'Number of Employees', 'Country/Region', 'Region Code'];
  const rows = Array.from({ length: 160 }, (_, i) => [
    `c${i}`,
    `Person${i}`,
    'Tester',
    `p${i}@firm${i % 23}.example`,
    TITLES[i % TITLES.length]!,
    `Firm ${i % 23}`,
    String(10 * (1 + (i % 40))),
    COUNTRIES[i % COUNTRIES.length]!,
    `RC-${i % 5}`,
  ]);
  // Person41 again under another CRM id, the email in capitals; Person43 again with another email at the same firm.
  rows.push(['dup-email', ...rows[41]!.slice(1, 3), 'P41@FIRM18.EXAMPLE', ...rows[41]!.slice(4)]);
  rows.push(['dup-name', ...rows[43]!.slice(1, 3), 'someone.else@firm20.example', ...rows[43]!.slice(4)]);
  return [header, ...rows].map((r) => r.join(',')).join('\r\n') + '\r\n';
}

/** The contacts, a segment of the VPs, a job ranking everyone like them (with a filter), and a list of its candidates. */
const GRID_WORKSPACE = defineSeed('grid-tools', async (w) => {
  const file = join(w.dir, 'contacts.csv');
  writeFileSync(file, contactsCsv());
  await w.importFile(file);
  const { api, idle, workspace } = w.open();
  const segment = createSegment(workspace, { name: 'VPs', entity: 'leads', where: ['title contains VP'] }).id;
  const { jobId } = await api['jobs.start']({
    source: { kind: 'segment', id: segment },
    minScore: 0,
    maxResults: 1000,
    strategy: 'centroid',
    filters: ['employees >= 10'],
  });
  await idle();
  const list = await api['lists.create']({ name: SHORTLIST, entity: 'leads' });
  await api['lists.add']({ listId: list.id, fromJob: jobId });
});

describe('A results grid analysts trust', () => {
  seedsFor(GRID_WORKSPACE);

  test('the job above its results; page size and page jump in the address; ticks kept across pages', async ({ studio }) => {
    const { api, workspacePage } = await studio.open(GRID_WORKSPACE);
    const [job] = await api['jobs.list']();
    const total = job!.candidates;
    expect(total).toBeGreaterThan(110);
    const panel = await workspacePage.openCandidates(job!.id);

    // What the job asked for.
    const summary = await panel.summary().innerText();
    expect(summary).toContain('segment “VPs”');
    expect(await panel.summary().getByTestId('job-summary-filters').innerText()).toBe('employees >= 10');
    expect(await panel.summary().getByTestId('job-summary-min-score').innerText()).toBe('0');
    await expect.poll(() => panel.summary().getByTestId('job-summary-strategy').innerText()).toBe('centroid');

    // 100 a page, kept by a reload; page 2 of 2 by typing it.
    await panel.tools.setPageSize(100);
    await expect.poll(() => panel.range()).toBe(`Showing 1–100 of ${total}`);
    expect(workspacePage.hash()).toContain('size=100');
    await workspacePage.reload();
    await panel.waitForRows();
    await expect.poll(() => panel.range()).toBe(`Showing 1–100 of ${total}`);
    await panel.tools.jumpToPage(2);
    await expect.poll(() => panel.range()).toBe(`Showing 101–${total} of ${total}`);
    expect(await panel.shownRanks()).toHaveLength(total - 100);
    // Back to 50 a page: the first row shown stays on the page shown (101 is on page 3 of 50).
    await panel.tools.setPageSize(50);
    await expect.poll(() => panel.range()).toBe(`Showing 101–${Math.min(150, total)} of ${total}`);
    await expect.poll(() => panel.tools.pageNumber().inputValue()).toBe('3');
    // A page past the end goes to the last one.
    await panel.tools.jumpToPage(1);
    await expect.poll(() => panel.range()).toBe(`Showing 1–50 of ${total}`);
    const lastStart = Math.floor((total - 1) / 50) * 50 + 1;
    await panel.tools.jumpToPage(99);
    await expect.poll(() => panel.range()).toBe(`Showing ${lastStart}–${total} of ${total}`);
    await expect.poll(() => panel.tools.pageNumber().inputValue()).toBe(String(Math.ceil(total / 50)));

    // Ticks on page 1 and page 2 are all kept, counted, and exported.
    await panel.tools.jumpToPage(1);
    await panel.select(1);
    await panel.select(2);
    await panel.tools.jumpToPage(2);
    await panel.select(51);
    await expect.poll(() => panel.addToList.text()).toContain('3 leads selected');
    await expect.poll(() => panel.exportButton().innerText()).toBe('Export 3 selected');
    await panel.tools.jumpToPage(1);
    await expect.poll(() => panel.root.getByLabel('Select candidate 1', { exact: true }).isChecked()).toBe(true);
    await expect.poll(() => panel.root.getByLabel('Select candidate 3', { exact: true }).isChecked()).toBe(false);
    // A new order keeps them too.
    await panel.grid.sortBy('Company', 'ascending');
    await expect.poll(() => panel.addToList.text()).toContain('3 leads selected');
    await workspacePage.screenshot(artifactPath('grid-tools-selection.png'));
    await panel.tools.clearSelection();
    await expect.poll(() => panel.tools.selectionCount().count()).toBe(0);
    await expect.poll(() => panel.exportButton().innerText()).toBe(`Export all ${total} shown`);
  });

  test('quick search and column filters by the core, in the address, with "N of M shown"; columns added, sorted, remembered; duplicates marked', async ({ studio }) => {
    const { api, workspacePage } = await studio.open(GRID_WORKSPACE);
    const [job] = await api['jobs.list']();
    const total = job!.candidates;
    const panel = await workspacePage.openCandidates(job!.id);

    // Search: name, email, company, title, ignoring case.
    await panel.tools.search('FIRM 7');
    const firm7 = await api['jobs.candidates']({ jobId: job!.id, limit: 500, search: 'firm 7' });
    expect(firm7.total).toBeGreaterThan(0);
    expect(firm7.total).toBeLessThan(total);
    await expect.poll(() => panel.tools.filterCount().innerText()).toBe(`${firm7.total} of ${total} leads shown`);
    expect(await panel.grid.columnValues('Company')).toEqual(firm7.candidates.map(() => 'Firm 7'));
    expect(workspacePage.hash()).toContain('q=FIRM+7');
    await workspacePage.reload();
    await panel.waitForRows();
    await expect.poll(() => panel.tools.filterCount().innerText()).toBe(`${firm7.total} of ${total} leads shown`);
    await expect.poll(() => panel.tools.searchBox().inputValue()).toBe('FIRM 7');
    await panel.tools.search('');
    await expect.poll(() => panel.range()).toBe(`Showing 1–50 of ${total}`);

    // A column from the chooser: shown, sortable by the core, remembered after a reload.
    await panel.tools.toggleColumn('Country');
    expect((await panel.grid.sortableColumns()).sortable).toContain('Country');
    await panel.grid.sortBy('Country', 'descending');
    const countries = await panel.grid.columnValues('Country');
    expect(countries[0]).toBe('United States');
    expect([...countries].sort().reverse()).toEqual(countries);
    await panel.tools.toggleColumn('Region Code');
    expect((await panel.grid.columnValues('Region Code')).every((v) => /^RC-[0-4]$/.test(v))).toBe(true);
    await workspacePage.reload();
    await panel.waitForRows();
    expect(await panel.grid.sortOf('Country')).toBe('descending');
    expect((await panel.grid.columnValues('Region Code')).length).toBeGreaterThan(0);

    // An imported extra field sorts by the core too, both ways, over every row (not the page shown), kept in the address.
    expect((await panel.grid.sortableColumns()).sortable).toContain('Region Code');
    for (const [direction, first] of [['descending', 'RC-4'], ['ascending', 'RC-0']] as const) {
      await panel.grid.sortBy('Region Code', direction);
      const codes = await panel.grid.columnValues('Region Code');
      expect(codes[0]).toBe(first);
      expect(codes).toEqual([...codes].sort((a, b) => (direction === 'ascending' ? a.localeCompare(b) : b.localeCompare(a))));
      const byCore = await api['jobs.candidates']({ jobId: job!.id, limit: 50, sort: { column: 'x:Region Code', direction: direction === 'ascending' ? 'asc' : 'desc' } });
      expect(await panel.shownRanks()).toEqual(byCore.candidates.map((c) => c.rank));
    }
    expect(workspacePage.hash()).toContain('sort=x%3ARegion+Code.asc');
    await workspacePage.reload();
    await panel.waitForRows();
    expect(await panel.grid.sortOf('Region Code')).toBe('ascending');
    // …and filters: "is one of" offers the values the data holds, to pick; "contains" on it too.
    await panel.tools.addFilterPicking('Region Code', ['RC-1', 'RC-3']);
    expect(await panel.tools.filters()).toEqual(['Region Code is RC-1 or RC-3']);
    const picked = await api['jobs.candidates']({ jobId: job!.id, limit: 500, filters: [{ column: 'x:Region Code', in: ['RC-1', 'RC-3'] }] });
    expect(picked.total).toBeGreaterThan(0);
    await expect.poll(() => panel.tools.filterCount().innerText()).toBe(`${picked.total} of ${total} leads shown`);
    expect(new Set(await panel.grid.columnValues('Region Code'))).toEqual(new Set(['RC-1', 'RC-3']));
    await workspacePage.screenshot(artifactPath('grid-tools-extra-filter.png'));
    await panel.tools.removeFilter('Region Code is RC-1 or RC-3');
    await panel.tools.addExtraFilter('Region Code', 'contains', 'c-2');
    expect(new Set(await panel.grid.columnValues('Region Code'))).toEqual(new Set(['RC-2']));
    await panel.tools.removeFilter('Region Code contains “c-2”');

    // Filters: one of some values, and a number range; chips; in the address; removable.
    await panel.tools.addFilter('Country', 'germany, spain');
    await panel.tools.addFilter('Employees', { min: 100, max: 200 });
    expect(await panel.tools.filters()).toEqual(['Country is germany or spain', 'Employees 100–200']);
    const filtered = await api['jobs.candidates']({
      jobId: job!.id,
      limit: 500,
      filters: [
        { column: 'country', in: ['germany', 'spain'] },
        { column: 'employees', min: 100, max: 200 },
      ],
    });
    await expect.poll(() => panel.tools.filterCount().innerText()).toBe(`${filtered.total} of ${total} leads shown`);
    expect(new Set(await panel.grid.columnValues('Country'))).toEqual(new Set(['Spain', 'Germany']));
    expect(workspacePage.hash()).toContain('f=country%3Ain%3Agermany%7Cspain');
    // Narrowed, "all" is what is shown (export.e2e.test.ts checks the file).
    await expect.poll(() => panel.exportButton().innerText()).toBe(`Export all ${filtered.total} shown`);
    await workspacePage.screenshot(artifactPath('grid-tools-filters.png'));
    await panel.tools.removeFilter('Country is germany or spain');
    expect(await panel.tools.filters()).toEqual(['Employees 100–200']);

    // The same person twice: the later record says which it repeats.
    await panel.tools.removeFilter('Employees 100–200');
    await panel.tools.search('person4');
    const badges = await panel.tools.duplicateBadges().allInnerTexts();
    const marked = (await api['jobs.candidates']({ jobId: job!.id, limit: 500, search: 'person4' })).candidates.filter((c) => c.duplicateOf !== null);
    expect(marked.map((c) => c.duplicateOf!.by).sort()).toEqual(['email', 'name and company']);
    expect(marked.map((c) => c.name)).toEqual(expect.arrayContaining([expect.stringMatching(/^Person41\b/), expect.stringMatching(/^Person43\b/)]));
    expect(badges).toEqual(marked.map((c) => `duplicate of ${c.duplicateOf!.name}${c.duplicateOf!.rank === null ? '' : ` (rank ${c.duplicateOf!.rank})`}`));
    expect(badges.every((b) => /^duplicate of Person4[13]\b/.test(b))).toBe(true);

    // Folding the duplicates away with nothing else narrowing the rows: "N of M shown" says how many are left.
    await panel.tools.search('');
    await expect.poll(() => panel.tools.filterCount().count()).toBe(0);
    await panel.tools.foldDuplicates();
    const folded = await api['jobs.candidates']({ jobId: job!.id, limit: 1, fold: true });
    expect(folded.total).toBeLessThan(total);
    await expect.poll(() => panel.tools.filterCount().innerText()).toBe(`${folded.total} of ${total} leads shown`);
  });

  test("a list's members get the same grid, and Undo puts members taken off back with their scores; the tables keep their order in the address", async ({ studio }) => {
    const { api, workspacePage } = await studio.open(GRID_WORKSPACE);
    const list = (await api['lists.list']()).find((l) => l.name === SHORTLIST)!;
    const panel = await workspacePage.openList(list.id);
    await panel.waitForMembers();

    await panel.tools.search('firm 3');
    const matching = await api['lists.members']({ listId: list.id, limit: 500, search: 'firm 3' });
    await expect.poll(() => panel.tools.filterCount().innerText()).toBe(`${matching.total} of ${list.members} leads shown`);
    await panel.tools.search('');
    await panel.tools.setPageSize(100);
    await expect.poll(() => panel.range()).toBe(`Showing 1–100 of ${list.members}`);
    await panel.grid.sortBy('Lookalike score', 'descending');
    expect(workspacePage.hash()).toMatch(/sort=score\.desc.*size=100|size=100.*sort=score\.desc/);

    const before = (await api['lists.members']({ listId: list.id, limit: 500 })).members;
    const [a, b] = await panel.shownIds();
    await panel.tick(a!);
    await panel.tick(b!);
    await expect.poll(() => panel.tools.selectionCount().innerText()).toContain('2 leads selected');
    await panel.takeOffTicked();
    await expect.poll(() => panel.takeOffStatus()).toBe(`Took 2 leads off “${SHORTLIST}”.`);
    await expect.poll(async () => (await api['lists.members']({ listId: list.id, limit: 1 })).total).toBe(list.members - 2);
    await panel.undoTakeOff();
    const after = (await api['lists.members']({ listId: list.id, limit: 500 })).members;
    expect(after.map((m) => [m.id, m.score, m.scoreJobId])).toEqual(before.map((m) => [m.id, m.score, m.scoreJobId]));
    await expect.poll(() => panel.range()).toBe(`Showing 1–100 of ${list.members}`);

    // The lists table's order is in the address and survives a reload and opening a list.
    await workspacePage.openLists();
    await workspacePage.listsGrid.sortBy('Members', 'descending');
    expect(workspacePage.hash()).toContain('lists-sort=members.desc');
    await workspacePage.reload();
    expect(await workspacePage.listsGrid.sortOf('Members')).toBe('descending');
    // The jobs table's too.
    await workspacePage.openJobs();
    await workspacePage.jobsGrid.sortBy('Candidates', 'ascending');
    expect(workspacePage.hash()).toContain('jobs-sort=candidates.asc');
    await workspacePage.reload();
    expect(await workspacePage.jobsGrid.sortOf('Candidates')).toBe('ascending');
  });

  test('the keyboard: / searches, g j / g l / g i go to a view, arrows and Space tick rows, Esc clears then closes, ? lists them', async ({ studio }) => {
    const { api, page, workspacePage } = await studio.open(GRID_WORKSPACE);
    const [job] = await api['jobs.list']();
    const panel = await workspacePage.openCandidates(job!.id);

    // Arrows move between rows, Space ticks the focused one.
    await panel.row(1).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => isFocused(panel.row(3))).toBe(true);
    await page.keyboard.press('Space');
    await expect.poll(() => panel.root.getByLabel('Select candidate 3', { exact: true }).isChecked()).toBe(true);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Space');
    await expect.poll(() => panel.addToList.text()).toContain('2 leads selected');

    // `/` goes to the quick search; a `/` typed there is a slash.
    await page.keyboard.press('/');
    await expect.poll(() => isFocused(panel.tools.searchBox())).toBe(true);
    await page.keyboard.type('a/b');
    await expect.poll(() => panel.tools.searchBox().inputValue()).toBe('a/b');
    await panel.tools.searchBox().fill('');
    await panel.row(1).focus();

    // Esc: first the selection, then the results.
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.tools.selectionCount().count()).toBe(0);
    await expect.poll(() => panel.root.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.root.count()).toBe(0);
    expect(workspacePage.hash()).toBe('#/jobs');

    // g then a letter: a view.
    await page.locator('body').press('g');
    await page.keyboard.press('l');
    await expect.poll(() => workspacePage.hash()).toBe('#/lists');
    await page.keyboard.press('g');
    await page.keyboard.press('i');
    await expect.poll(() => workspacePage.hash()).toBe('#/import');
    await page.keyboard.press('g');
    await page.keyboard.press('j');
    await expect.poll(() => workspacePage.hash()).toBe('#/jobs');

    // ? lists them all; Esc closes the list.
    await page.keyboard.press('?');
    const help = page.getByTestId('shortcuts-help');
    await expect.poll(() => help.isVisible()).toBe(true);
    await expect.poll(() => help.innerText()).toContain('Go to Jobs');
    await expect.poll(() => help.innerText()).toContain('Search the grid shown');
    await workspacePage.screenshot(artifactPath('grid-tools-shortcuts.png'));
    await page.keyboard.press('Escape');
    await expect.poll(() => help.count()).toBe(0);
  });
});
