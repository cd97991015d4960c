/**
 * User journey: the results grids do what their controls show (issue 11).
 * A column header reorders the rows over the whole result — the candidates,
 * the jobs, a list's members — by click or from the keyboard, back to the
 * first page, with aria-sort on the column the rows are in order of; a
 * column the core cannot sort has no sort control. The export button says
 * what it will write, and writes exactly that: the ticked rows, or all.
 */
import { readFileSync } from 'node:fs';
import { artifactPath } from './support/artifacts';
import { MAVEN_WITH_LISTS, PIPELINE_LIST } from './support/seeds';
import { describe, expect, seedsFor, test } from './support/studio-test';

/** In the core's order of a text column: ignoring case (ASCII, as SQLite's NOCASE), blanks last. */
function inTextOrder(values: string[], direction: 'asc' | 'desc'): boolean {
  const filled = values.filter((v) => v !== '');
  if (values.slice(filled.length).some((v) => v !== '') || values.slice(0, filled.length).some((v) => v === '')) return false;
  const key = (v: string) => v.replace(/[A-Z]/g, (c) => c.toLowerCase());
  return filled.every((v, i) => i === 0 || (direction === 'asc' ? key(filled[i - 1]!) <= key(v) : key(filled[i - 1]!) >= key(v)));
}

function inNumberOrder(values: number[], direction: 'asc' | 'desc'): boolean {
  return values.every((v, i) => i === 0 || (direction === 'asc' ? values[i - 1]! <= v : values[i - 1]! >= v));
}

/** The records of a CSV the app wrote (UTF-8 with BOM, CRLF, RFC 4180 quotes), by header. */
function readCsv(file: string): Record<string, string>[] {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(cell);
      cell = '';
    } else if (!quoted && c === '\n') {
      row.push(cell.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      cell = '';
    } else {
      cell += c;
    }
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  const [header, ...records] = rows;
  return records.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
}

describe('Sorting and exporting the results grids (Maven CRM export)', () => {
  seedsFor(MAVEN_WITH_LISTS);

  test('a candidates column header reorders all the candidates both ways, from page 1; columns the core cannot sort have no control', async ({ studio }) => {
    const { api, workspacePage } = await studio.open(MAVEN_WITH_LISTS);
    const jobId = (await api['jobs.list']()).find((j) => j.candidates === 100)!.id;
    const panel = await workspacePage.openCandidates(jobId);
    const grid = panel.grid;

    // Best first, and the grid says so.
    expect(await grid.sortOf('Rank')).toBe('ascending');
    expect(await panel.shownRanks()).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    const { sortable, fixed } = await grid.sortableColumns();
    expect(sortable).toEqual(['Rank', 'Score', 'Name', 'Title', 'Company']);
    expect(fixed).toContain('Why similar');
    expect(await grid.header('Why similar').getByRole('button').count()).toBe(0);

    // From page 2, a new order starts again at page 1.
    await panel.nextPage();
    await expect.poll(() => panel.range()).toBe('Showing 51–100 of 100');
    await grid.sortBy('Company', 'ascending');
    expect(await panel.range()).toBe('Showing 1–50 of 100');
    expect(await grid.sortOf('Rank')).toBeNull();
    const ascending = await grid.columnValues('Company');
    expect(ascending).toHaveLength(50);
    expect(inTextOrder(ascending, 'asc')).toBe(true);
    expect(await panel.shownRanks()).not.toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    // The order is over all 100, not the page: the core's first rows are these.
    const fromCore = await api['jobs.candidates']({ jobId, limit: 50, sort: { column: 'company', direction: 'asc' } });
    expect(await panel.shownRanks()).toEqual(fromCore.candidates.map((c) => c.rank));

    await grid.sortBy('Company', 'descending');
    const descending = await grid.columnValues('Company');
    expect(inTextOrder(descending, 'desc')).toBe(true);
    expect(descending[0]!.toLowerCase() >= ascending[0]!.toLowerCase()).toBe(true);
    await workspacePage.screenshot(artifactPath('grid-candidates-by-company-desc.png'));

    // From the keyboard: the score, highest first on the first press, then lowest first.
    await grid.sortBy('Score', 'descending', 'keyboard');
    expect(inNumberOrder(await panel.shownScores(), 'desc')).toBe(true);
    await grid.sortBy('Score', 'ascending', 'keyboard');
    const lowest = await panel.shownScores();
    expect(inNumberOrder(lowest, 'asc')).toBe(true);
    expect(lowest[0]).toBeLessThan((await api['jobs.candidates']({ jobId, limit: 1 })).candidates[0]!.score);

    // A third press on a column goes back to the core's order: best first.
    await grid.sortBy('Rank', 'descending');
    expect((await panel.shownRanks())[0]).toBe(100);
    await grid.sortBy('Rank', 'ascending');
    expect((await panel.shownRanks())[0]).toBe(1);
  });

  test('the jobs table and a list\'s members sort too', async ({ studio }) => {
    const { api, workspacePage } = await studio.open(MAVEN_WITH_LISTS);
    const jobs = await api['jobs.list']();
    expect(jobs).toHaveLength(2);
    await workspacePage.openJobs();
    const grid = workspacePage.jobsGrid;
    // Newest first, as the header says.
    expect(await grid.sortOf('Job')).toBe('descending');
    expect(await workspacePage.shownJobIds()).toEqual(jobs.map((j) => j.id));
    const { fixed } = await grid.sortableColumns();
    expect(fixed).toEqual(expect.arrayContaining(['Progress', 'Took']));

    const bySize = [...jobs].sort((a, b) => a.candidates - b.candidates).map((j) => j.id);
    await grid.sortBy('Candidates', 'ascending');
    await expect.poll(() => workspacePage.shownJobIds()).toEqual(bySize);
    await grid.sortBy('Candidates', 'descending');
    await expect.poll(() => workspacePage.shownJobIds()).toEqual([...bySize].reverse());
    await grid.sortBy('Job', 'ascending');
    await expect.poll(() => workspacePage.shownJobIds()).toEqual([...jobs.map((j) => j.id)].sort((a, b) => a - b));

    const pipeline = (await api['lists.list']()).find((l) => l.name === PIPELINE_LIST)!;
    const panel = await workspacePage.openList(pipeline.id);
    await panel.waitForMembers();
    // Stored order: no column claims it.
    expect(await panel.membersTable().locator('th[aria-sort]').count()).toBe(0);
    await panel.nextPage();
    await expect.poll(() => panel.range()).toBe('Showing 51–100 of 100');
    await panel.grid.sortBy('Company', 'ascending');
    expect(await panel.range()).toBe('Showing 1–50 of 100');
    expect(inTextOrder(await panel.grid.columnValues('Company'), 'asc')).toBe(true);
    const core = await api['lists.members']({ listId: pipeline.id, limit: 50, sort: { column: 'company', direction: 'asc' } });
    expect(await panel.shownIds()).toEqual(core.members.map((m) => m.id));
    await panel.grid.sortBy('Lookalike score', 'descending');
    const scores = (await panel.grid.columnValues('Lookalike score')).filter((s) => s !== 'not scored').map(Number);
    expect(scores.length).toBeGreaterThan(0);
    expect(inNumberOrder(scores, 'desc')).toBe(true);
    await panel.grid.sortBy('Title', 'descending');
    expect(inTextOrder(await panel.grid.columnValues('Title'), 'desc')).toBe(true);
  });

  test('Export with 50 candidates ticked writes those 50; with a list member or two ticked, those', async ({ studio }) => {
    const { api, workspacePage } = await studio.open(MAVEN_WITH_LISTS);
    const jobId = (await api['jobs.list']()).find((j) => j.candidates === 100)!.id;
    const panel = await workspacePage.openCandidates(jobId);
    expect(await panel.exportButton().innerText()).toBe('Export all 100 shown');

    // Not the top 50: the page of a different order, so a wrong export cannot pass by writing ranks 1–50.
    await panel.grid.sortBy('Company', 'descending');
    await panel.selectPage().check();
    const ticked = await panel.shownRanks();
    expect(ticked).toHaveLength(50);
    expect(await panel.exportButton().innerText()).toBe('Export 50 selected');
    const status = await panel.exportCsv();
    const file = /^Exported 50 rows to (.+\.csv)$/.exec(status)?.[1];
    expect(file).toBeDefined();
    const rows = readCsv(file!);
    expect(rows).toHaveLength(50);
    expect(rows.map((r) => Number(r['Lookalike Rank'])).sort((a, b) => a - b)).toEqual([...ticked].sort((a, b) => a - b));

    // Unticked: all again.
    await panel.selectPage().uncheck();
    expect(await panel.exportButton().innerText()).toBe('Export all 100 shown');

    const pipeline = (await api['lists.list']()).find((l) => l.name === PIPELINE_LIST)!;
    const list = await workspacePage.openList(pipeline.id);
    await list.waitForMembers();
    expect(await list.exportButton().innerText()).toBe('Export all 100 shown');
    const [a, b] = await list.shownIds();
    await list.tick(a!);
    await list.tick(b!);
    expect(await list.exportButton().innerText()).toBe('Export 2 selected');
    const listFile = /^Exported 2 rows to (.+\.csv)$/.exec(await list.exportCsv())?.[1];
    expect(listFile).toBeDefined();
    const members = (await api['lists.members']({ listId: pipeline.id, limit: 2 })).members;
    const written = readCsv(listFile!);
    expect(written).toHaveLength(2);
    for (const m of members) expect(written.some((r) => Object.values(r).includes(m.recordId ?? '\u0000'))).toBe(true);
  });
});
