/**
 * User journeys: the review loop (issue 11, item 7) and list scores that
 * keep their job (item 8). On the Maven CRM export with a finished job of
 * 100 candidates, the analyst marks candidates a good fit or not a fit from
 * the grid's selection and from Compare, sees the marks in the grid,
 * re-ranks with them, and reads what moved; a list built from the job keeps
 * each member's score and job when a later job for the same source runs.
 */
import type { ServedApi } from '../../src-main/contract/json-text';
import type { JobDetailDto } from '../../src-main/contract/dto';
import { CandidatesPanel } from './pages/candidates-panel';
import { MarkSelection, MarkToggle, markShown, ReviewLoopBar, WhatMovedPage } from './pages/review-loop';
import { seriousAccessibilityViolations } from './support/accessibility';
import { artifactPath } from './support/artifacts';
import { MAVEN_WITH_JOB } from './support/seeds';
import { describe, expect, seedsFor, test } from './support/studio-test';

/** Waits until a job has completed with its backtest saved (nothing of it changes after that). */
async function settled(api: ServedApi, jobId: number): Promise<JobDetailDto> {
  let job = await api['jobs.get']({ jobId, limit: 0 });
  for (let tries = 0; tries < 600 && !(job.status === 'completed' && job.backtest !== null && job.strategy?.why !== 'checking by backtest'); tries++) {
    if (job.status === 'failed' || job.status === 'cancelled') throw new Error(`Job ${jobId} ended ${job.status}: ${job.error}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    job = await api['jobs.get']({ jobId, limit: 0 });
  }
  return job;
}

describe('The review loop on the Maven CRM export', () => {
  seedsFor(MAVEN_WITH_JOB);

  test('marks candidates from the grid and from Compare, re-ranks with them, and shows what moved', async ({ studio }) => {
    const { api, page, workspacePage } = await studio.open(MAVEN_WITH_JOB);
    const jobId = (await api['jobs.list']()).find((j) => j.candidates === 100)!.id;
    const ranked = (await api['jobs.candidates']({ jobId, limit: 100 })).candidates;
    const panel = await workspacePage.openCandidates(jobId);
    const marks = new MarkSelection(panel.root);

    // Two at the top are not a fit; one further down is a good fit.
    await panel.select(1);
    await panel.select(2);
    await marks.mark(2, 'not a fit');
    await panel.unselect(1);
    await panel.unselect(2);
    await panel.select(40);
    await marks.mark(1, 'good fit');
    await panel.unselect(40);
    await expect.poll(() => markShown(panel.root, 1)).toBe('Not a fit');
    expect(await markShown(panel.root, 2)).toBe('Not a fit');
    expect(await markShown(panel.root, 40)).toBe('Good fit');
    expect(await markShown(panel.root, 3)).toBe('');

    // Compare the third and call it a good fit there; the grid follows.
    const compare = await panel.compareOne(3);
    const toggle = new MarkToggle(compare.root, ranked[2]!.id);
    await toggle.press('good fit');
    expect(await toggle.pressed()).toEqual(['Good fit']);
    await compare.root.screenshot({ path: artifactPath('review-compare-marked.png') });
    await compare.closeWithEscape();
    await expect.poll(() => markShown(panel.root, 3)).toBe('Good fit');
    expect(await api['jobs.marks']({ jobId })).toMatchObject({ good: 2, notAFit: 2 });

    const bar = new ReviewLoopBar(panel.root);
    expect(await bar.counts()).toBe('Your marks: 2 good fits, 2 not a fit.');
    await panel.root.screenshot({ path: artifactPath('review-marked-grid.png') });
    expect(await seriousAccessibilityViolations(page, CandidatesPanel.selector)).toEqual([]);

    // Re-rank: a new job with the same parameters and the marks, opened at once.
    await bar.rerank();
    await expect.poll(() => workspacePage.hash()).not.toBe(`#/jobs/${jobId}`);
    expect(workspacePage.hash()).toMatch(/^#\/jobs\/\d+$/);
    const rerankedId = Number(workspacePage.hash().split('/').pop());
    const reranked = await settled(api, rerankedId);
    const original = await api['jobs.get']({ jobId, limit: 0 });
    const params = reranked.params as Record<string, unknown>;
    for (const key of ['source', 'filters', 'strategy', 'minScore', 'maxResults']) expect(params[key]).toEqual((original.params as Record<string, unknown>)[key]);
    expect(params.review).toEqual({
      fromJobId: jobId,
      good: [ranked[2]!.id, ranked[39]!.id].sort((a, b) => a - b),
      notAFit: [ranked[0]!.id, ranked[1]!.id].sort((a, b) => a - b),
    });
    expect(reranked.positives).toBe(original.positives + 2);

    const newPanel = new CandidatesPanel(page);
    await newPanel.waitUntilLoaded();
    const newBar = new ReviewLoopBar(newPanel.root);
    expect(await newBar.text()).toContain(`Re-ranked from job #${jobId} with 2 good fits as examples and 2 not a fit as counter-examples.`);
    // The records marked not a fit are judged already: the re-ranking leaves them out.
    const moved = await api['jobs.moved']({ jobId: rerankedId });
    for (const id of [ranked[0]!.id, ranked[1]!.id]) expect(moved.marked.find((m) => m.id === id)).toMatchObject({ newRank: null, leftOut: true });
    const newIds = (await api['jobs.candidates']({ jobId: rerankedId, limit: 500 })).candidates.map((c) => c.id);
    expect(newIds).not.toContain(ranked[0]!.id);
    expect(newIds).not.toContain(ranked[1]!.id);

    // What moved: the marked records, what entered and left the top 50, the biggest rises and falls.
    const view = await newBar.openWhatMoved(page);
    expect(workspacePage.hash()).toBe(`#/jobs/${rerankedId}/moved`);
    expect(await view.heading()).toBe(`What moved in job #${rerankedId}`);
    expect(await view.ids('marked')).toEqual(moved.marked.map((m) => m.id));
    const top = await view.row('marked', ranked[0]!.id);
    expect(top[1]).toBe('Not a fit');
    expect(top[2]).toBe(`1 (${ranked[0]!.score.toFixed(3)})`);
    expect(top.slice(3)).toEqual(['left out: not a fit', 'left out']);
    const good = await view.row('marked', ranked[39]!.id);
    expect(good.slice(1)).toEqual(['Good fit', `40 (${ranked[39]!.score.toFixed(3)})`, 'now an example', 'now an example']);
    expect(await view.ids('entered')).toEqual(moved.entered.map((m) => m.id));
    expect(await view.ids('left')).toEqual(moved.left.map((m) => m.id));
    expect(await view.ids('rises')).toEqual(moved.rises.map((m) => m.id));
    expect(await view.ids('falls')).toEqual(moved.falls.map((m) => m.id));
    // As many entered the top 50 as left it; the two good fits of the old top 50 left it as examples.
    expect(moved.entered.length).toBe(moved.left.length);
    expect(moved.left.filter((m) => m.nowExample).map((m) => m.id).sort()).toEqual([ranked[2]!.id, ranked[39]!.id].sort());
    await view.root.screenshot({ path: artifactPath('what-moved-1360.png') });
    expect(await seriousAccessibilityViolations(page, WhatMovedPage.selector)).toEqual([]);

    // A smaller top compares fewer; reload keeps the view; the way back leads to the results.
    await view.compareTop(20);
    const top20 = await api['jobs.moved']({ jobId: rerankedId, top: 20 });
    await expect.poll(() => view.ids('entered')).toEqual(top20.entered.map((m) => m.id));
    await workspacePage.reload();
    await view.waitUntilLoaded();
    expect(workspacePage.hash()).toBe(`#/jobs/${rerankedId}/moved`);

    for (const [width, scheme] of [
      [1024, 'dark'],
      [1440, 'light'],
    ] as const) {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: artifactPath(`what-moved-${width}-${scheme}.png`), fullPage: true });
      // Nothing sticks out of the page sideways.
      expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    }
    await view.backToResults(rerankedId);
    await newPanel.waitUntilLoaded();
    expect(workspacePage.hash()).toBe(`#/jobs/${rerankedId}`);
  });

  test('a list built from a job keeps each member\'s score and job when a later job for the same source runs', async ({ studio }) => {
    const { api, workspacePage } = await studio.open(MAVEN_WITH_JOB);
    const jobId = (await api['jobs.list']()).find((j) => j.candidates === 100)!.id;
    const ranked = (await api['jobs.candidates']({ jobId, limit: 100 })).candidates;
    const panel = await workspacePage.openCandidates(jobId);
    await panel.select(41);
    await panel.select(42);
    await panel.addToList.toNewList('Picked for review');
    await expect.poll(() => panel.addToList.status()).toBe('Added 2 to “Picked for review”.');
    const list = (await api['lists.list']()).find((l) => l.name === 'Picked for review')!;

    // A later job for the same campaign keeps only its top 5: the two picked are not among them.
    const { jobId: later } = await api['jobs.start']({ source: { kind: 'campaign', id: 1 }, minScore: 0, maxResults: 5 });
    await settled(api, later);
    const laterIds = new Set((await api['jobs.candidates']({ jobId: later, limit: 5 })).candidates.map((c) => c.id));
    expect(laterIds.has(ranked[40]!.id) || laterIds.has(ranked[41]!.id)).toBe(false);

    const members = await workspacePage.openList(list.id);
    await members.waitForMembers();
    for (const c of [ranked[40]!, ranked[41]!]) {
      const cells = await members.member(c.id).innerText();
      expect(cells).toContain(c.score.toFixed(3));
      expect(cells).toContain(`job #${jobId}`);
      expect(cells).not.toContain('not scored');
    }
    await members.root.screenshot({ path: artifactPath('list-scores-kept.png') });
  });
});
