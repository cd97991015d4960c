/**
 * User journey: watching a lookalike job. A job started from Find
 * lookalikes is in the table at once, its progress names the step it is in
 * (in the Progress cell, and on its results view while it runs) with one bar
 * that never goes back, and the tab title says when it is done. On the Maven
 * CRM export. Notifications are not granted here, so none is asked for.
 */
import { MAVEN } from './support/seeds';
import { describe, expect, seedsFor, test } from './support/studio-test';

const STEP_WORDS = /Reading the examples|Learning the vocabulary|Embedding|Preparing the training set|Checking field coverage|Training the ranking|Leaving out the examples|Scoring|Explaining the scores|Saving|Checking the examples|Backtesting/;

describe('Watching a lookalike job on the Maven CRM export', () => {
  seedsFor(MAVEN);

  test('shows a job queued at once, names its steps while it runs, and says in the tab title when it is done', async ({ studio }) => {
    const { api, workspacePage } = await studio.open(MAVEN);
    await workspacePage.openJobs();
    await workspacePage.watchJobDisplay();
    const before = new Set((await api['jobs.list']()).map((j) => j.id));

    await workspacePage.startJob('sales_pipeline.csv', { minScore: '0', maxResults: '25' });
    await workspacePage.jobForm.waitUntilClosed(); // closes once the job is queued (after the API answers)
    const jobId = (await api['jobs.list']()).find((j) => !before.has(j.id))!.id;
    // In the table at once, from the start's answer: no waiting for the list to be read again.
    await workspacePage.jobRow(jobId).waitFor({ timeout: 2_000 });
    // Its results view while it runs (or its candidates, if it was quicker than the address).
    await workspacePage.showJobResults(jobId);

    await workspacePage.waitForJobStatus(jobId, 'completed');
    // The tab title tells, for a while (the view's own title comes back after).
    await expect.poll(async () => (await workspacePage.shownSince()).titles, { timeout: 30_000 }).toContain(`✓ Job ${jobId} done — Lookalike Studio`);

    const shown = await workspacePage.shownSince();
    // The first status the row showed was one of a job not yet done: queued (or already running).
    expect(['pending', 'running']).toContain(shown.statuses[String(jobId)]?.[0]);
    expect(shown.steps.some((text) => STEP_WORDS.test(text))).toBe(true);
  });
});
