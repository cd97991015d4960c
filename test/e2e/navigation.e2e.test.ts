/**
 * User journeys: finding one's way. Each view has its own address; reload,
 * Back/Forward and a bookmarked address return to the same view and the
 * same job's results; an empty workspace opens on a first-run screen whose
 * one action is importing a file. Screenshots of every view at 1440×900 are
 * kept in test-results/ (view-*.png).
 */
import { CandidatesPanel } from './pages/candidates-panel';
import { ImportPanel } from './pages/import-panel';
import { ListPanel } from './pages/list-panel';
import type { ViewName } from './pages/navigation';
import { WorkspacePage } from './pages/workspace-page';
import { artifactPath } from './support/artifacts';
import { EMPTY, MAVEN_WITH_LISTS, PIPELINE_LIST } from './support/seeds';
import { describe, expect, seedsFor, test } from './support/studio-test';

const SCREEN = { width: 1440, height: 900 };

describe('Views and their addresses (Maven CRM export, two jobs and two lists)', () => {
  seedsFor(MAVEN_WITH_LISTS);

  test('gives each view its own address, marks it in the navigation, and keeps a screenshot of each', async ({ studio }) => {
    const { api, page, workspacePage } = await studio.open(MAVEN_WITH_LISTS);
    await page.setViewportSize(SCREEN);
    await page.screenshot({ path: artifactPath('view-overview.png') });
    const views: Array<[ViewName, () => Promise<void>, string]> = [
      ['Import', () => workspacePage.openImports(), '#/import'],
      ['Jobs', () => workspacePage.openJobs(), '#/jobs'],
      ['Lists', () => workspacePage.openLists(), '#/lists'],
      ['Segments', () => workspacePage.openSegments(), '#/segments'],
      ['Campaigns', () => workspacePage.openCampaigns(), '#/campaigns'],
    ];
    for (const [name, open, hash] of views) {
      await open();
      expect(workspacePage.hash(), name).toBe(hash);
      expect(await workspacePage.navLink(name).getAttribute('aria-current'), name).toBe('page');
      await page.screenshot({ path: artifactPath(`view-${name.toLowerCase()}.png`) });
    }
    const campaigns = await api['campaigns.list']();
    await expect(page.getByRole('table', { name: 'Campaigns' }).locator('tbody tr').count()).resolves.toBe(campaigns.length);

    const jobId = (await api['jobs.list']()).find((j) => j.candidates === 100)!.id;
    await workspacePage.openCandidates(jobId);
    expect(workspacePage.hash()).toBe(`#/jobs/${jobId}`);
    await page.screenshot({ path: artifactPath('view-job-results.png') });
    const list = (await api['lists.list']()).find((l) => l.name === PIPELINE_LIST)!;
    const listPanel = await workspacePage.openList(list.id);
    await listPanel.waitForMembers();
    expect(workspacePage.hash()).toBe(`#/lists/${list.id}`);
    await page.screenshot({ path: artifactPath('view-list.png') });
  });

  test("reloading on a job's address shows the same rows again: its page, sort and minimum score", async ({ studio }) => {
    const { api, page, workspacePage } = await studio.open(MAVEN_WITH_LISTS);
    const jobId = (await api['jobs.list']()).find((j) => j.candidates === 100)!.id;
    // A minimum that keeps more than one page (at least the best 60) of the 100.
    const scores = (await api['jobs.candidates']({ jobId, limit: 100 })).candidates.map((c) => c.score).sort((a, b) => b - a);
    const min = Math.floor(scores[59]! * 100) / 100;
    const kept = scores.filter((s) => s >= min).length;
    const panel = await workspacePage.openCandidates(jobId);
    await panel.filterMinScore(min);
    await expect.poll(() => panel.range()).toBe(`Showing 1–50 of ${kept}`);
    await panel.grid.sortBy('Company', 'descending');
    await panel.nextPage();
    await expect.poll(() => panel.range()).toBe(`Showing 51–${kept} of ${kept}`);
    const companies = await panel.grid.columnValues('Company');
    expect(workspacePage.hash()).toBe(`#/jobs/${jobId}?sort=company.desc&page=2&min=${min}`);

    await workspacePage.reload();
    expect(workspacePage.hash()).toBe(`#/jobs/${jobId}?sort=company.desc&page=2&min=${min}`);
    const again = new CandidatesPanel(page);
    await again.waitForRows();
    expect(await again.title()).toBe(`Candidates of job #${jobId}`);
    await expect.poll(() => again.range()).toBe(`Showing 51–${kept} of ${kept}`);
    expect(await again.grid.sortOf('Company')).toBe('descending');
    expect(await again.minScoreInput().inputValue()).toBe(String(min));
    expect(await again.grid.columnValues('Company')).toEqual(companies);
  });

  test('Back returns to the previous view and the list that was open there; Forward comes back', async ({ studio }) => {
    const { api, page, workspacePage } = await studio.open(MAVEN_WITH_LISTS);
    const list = (await api['lists.list']()).find((l) => l.name === PIPELINE_LIST)!;
    await workspacePage.openLists();
    await workspacePage.openList(list.id);
    await workspacePage.openSegments();
    expect(workspacePage.hash()).toBe('#/segments');

    await workspacePage.back();
    expect(workspacePage.hash()).toBe(`#/lists/${list.id}`);
    const panel = new ListPanel(page);
    await panel.waitUntilLoaded();
    expect(await panel.title()).toBe(PIPELINE_LIST);
    await workspacePage.back();
    expect(workspacePage.hash()).toBe('#/lists');
    await expect(panel.root.count()).resolves.toBe(0);
    await workspacePage.forward();
    expect(workspacePage.hash()).toBe(`#/lists/${list.id}`);
    await panel.waitUntilLoaded();
  });

  test("a new page opened at a bookmarked job address shows that job's results", async ({ studio }) => {
    const { api, host, page, workspacePage } = await studio.open(MAVEN_WITH_LISTS);
    const jobId = (await api['jobs.list']()).find((j) => j.candidates === 100)!.id;
    await workspacePage.openCandidates(jobId);
    const bookmark = new URL(page.url());
    expect(bookmark.hash).toBe(`#/jobs/${jobId}`);

    // The bookmark as it is, without the token: the web host kept a loopback session after the first visit.
    const fresh = await page.context().newPage();
    try {
      await fresh.goto(`${new URL(host.url).origin}/${bookmark.hash}`);
      const opened = new WorkspacePage(fresh);
      await opened.waitUntilLoaded();
      expect(opened.hash()).toBe(`#/jobs/${jobId}`);
      expect(new URL(fresh.url()).search).toBe(''); // the token does not stay in the address
      const panel = new CandidatesPanel(fresh);
      await panel.waitUntilLoaded();
      expect(await panel.title()).toBe(`Candidates of job #${jobId}`);
      await expect(opened.errorNotice.count()).resolves.toBe(0);
    } finally {
      await fresh.close();
    }
  });
});

describe('The first run, on an empty workspace', () => {
  seedsFor(EMPTY);

  test('opens on a first-run screen whose one action is importing a file, with no terminal command', async ({ studio }) => {
    const { page, workspacePage } = await studio.open(EMPTY);
    await page.setViewportSize(SCREEN);
    await workspacePage.firstRun.waitFor();
    const text = await workspacePage.firstRun.innerText();
    expect(text).not.toMatch(/npm|lookalike --|terminal/i);
    await expect(workspacePage.primaryActions().allInnerTexts()).resolves.toEqual(['Import a CSV file']);
    await page.screenshot({ path: artifactPath('view-first-run.png') });

    await workspacePage.primaryActions().click();
    expect(workspacePage.hash()).toBe('#/import');
    const importPanel = new ImportPanel(page);
    await importPanel.fileInput().waitFor();
  });
});
