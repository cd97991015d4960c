/**
 * User journeys: finding lookalikes. A job started from the app or from
 * Find lookalikes shows up in the jobs table and completes live; a job that
 * cannot start says why in the form; a segment saved from the window is a
 * job's source, with records left out and only some kept; a finished job is
 * deleted after the user is told what goes. On the Maven CRM export.
 */
import { SegmentForm } from './pages/segment-form';
import { artifactPath } from './support/artifacts';
import { seriousAccessibilityViolations } from './support/accessibility';
import { MAVEN, MAVEN_WITH_LISTS, PIPELINE_LIST } from './support/seeds';
import { describe, expect, seedsFor, test } from './support/studio-test';

describe('Lookalike jobs on the Maven CRM export', () => {
  seedsFor(MAVEN);

  test('shows a lookalike job started in the app go from queued to completed, live, with its candidates', async ({ studio }) => {
    const { api, workspacePage } = await studio.open(MAVEN);
    await workspacePage.openJobs();
    await expect(workspacePage.jobsEmpty.count()).resolves.toBe(1);
    const campaign = (await api['jobs.start']({ source: { kind: 'campaign', id: 1 }, minScore: 0, maxResults: 100 })).jobId;
    await workspacePage.waitForJobStatus(campaign, 'completed');
    const job = await api['jobs.get']({ jobId: campaign, limit: 0 });
    expect(job).toMatchObject({ status: 'completed', candidates: 100 });
    const text = await workspacePage.jobRow(campaign).innerText();
    expect(text).toContain(`#${campaign}`);
    expect(text).toContain('sales_pipeline.csv');
    expect(text).toContain(job.positives.toLocaleString('en-US'));
    expect(text).toContain('100');
    await expect(workspacePage.cancelJobButton(campaign).count()).resolves.toBe(0);
  });

  test('starts a job from Find lookalikes and shows it completing in the table', async ({ studio }) => {
    const { api, workspacePage } = await studio.open(MAVEN);
    const before = (await api['jobs.list']()).length;
    await workspacePage.startJob('sales_pipeline.csv', { minScore: '0', maxResults: '25', strategy: 'contrast' });
    await workspacePage.jobForm.waitUntilClosed(); // closes once the job is queued (after the API answers)
    const jobs = await api['jobs.list']();
    expect(jobs).toHaveLength(before + 1);
    const jobId = jobs[0]!.id;
    await workspacePage.waitForJobStatus(jobId, 'completed');
    const job = await api['jobs.get']({ jobId, limit: 0 });
    expect(job.params).toMatchObject({ minScore: 0, maxResults: 25, source: { kind: 'campaign', id: 1 }, strategy: 'contrast' });
    expect(job.candidates).toBe(25);
  });

  test('finds lookalikes of every won lead: the outcome is offered with its count and saved as a segment, said so first', async ({ studio }) => {
    const { api, workspacePage } = await studio.open(MAVEN);
    const won = (await api['segments.count']({ entity: 'leads', where: ['outcome = won'] })).members;
    expect(won).toBeGreaterThan(0);
    const form = workspacePage.jobForm;
    await form.open();
    await expect.poll(() => form.sourceOptions('Outcomes')).toContain(`Won leads — ${won.toLocaleString('en-US')} leads (outcome = won)`);
    await form.chooseSource('Won leads');
    await expect(form.likeHint().innerText()).resolves.toContain('saves the segment “Won leads” (outcome = won)');
    await workspacePage.screenshot(artifactPath('new-job-won-leads.png'));
    await form.fill({ minScore: '0', maxResults: '20', strategy: 'contrast' });
    await form.start();
    await form.waitUntilClosed();
    const segment = (await api['segments.list']()).find((s) => s.name === 'Won leads')!;
    expect(segment).toMatchObject({ entity: 'leads', conditions: ['outcome = won'], members: won });
    const jobId = (await api['jobs.list']())[0]!.id;
    await workspacePage.waitForJobStatus(jobId, 'completed');
    expect((await api['jobs.get']({ jobId, limit: 0 })).params).toMatchObject({ source: { kind: 'segment', id: segment.id } });
    // Saved once: the next job offers it as the segment it now is, not as an outcome to save again.
    await form.open();
    await expect.poll(() => form.sourceOptions('Segments')).toContain(`Won leads — ${won.toLocaleString('en-US')} members`);
    expect(await form.sourceOptions('Outcomes')).not.toContain(expect.stringMatching(/^Won leads/));
  });

  test('explains in the form why a job cannot start, and starts nothing', async ({ studio }) => {
    const { api, workspacePage } = await studio.open(MAVEN);
    const before = (await api['jobs.list']()).length;
    await workspacePage.startJob('sales_pipeline.csv', { minScore: '3' });
    await expect(workspacePage.jobForm.alert().innerText()).resolves.toMatch(/minimum score/i);
    await workspacePage.jobForm.close();
    expect(await api['jobs.list']()).toHaveLength(before);
  });

});

describe('Segments and jobs after a working session on the Maven CRM export (two jobs, two lists)', () => {
  seedsFor(MAVEN_WITH_LISTS);

  test('saves a segment from the window with a live count, then finds lookalikes of it; a mistyped field is named', async ({ studio }) => {
    const { api, page, workspace, workspacePage } = await studio.open(MAVEN_WITH_LISTS);
    const segmentsBefore = await workspacePage.statValue('segments');
    const form = workspacePage.segmentForm;
    await form.open();
    await form.name('Won deals');
    await form.conditions('outcom = won');
    await expect.poll(() => form.count()).toContain('Unknown field "outcom"');
    await form.conditions('outcome = won');
    expect(await seriousAccessibilityViolations(page, SegmentForm.selector)).toEqual([]);
    const won = (await api['campaigns.list']())[0]!.outcomes.won;
    await expect.poll(() => form.count()).toBe(`${won.toLocaleString('en-US')} leads match now.`);
    await form.save();
    const segment = (await api['segments.list']()).find((s) => s.name === 'Won deals')!;
    expect(segment).toMatchObject({ entity: 'leads', members: won, conditions: ['outcome = won'] });
    expect(await workspacePage.segmentRow(segment.id).innerText()).toContain(won.toLocaleString('en-US'));
    await expect.poll(() => workspacePage.statValue('segments')).toBe(segmentsBefore + 1);

    // Leaving out a list's members and keeping only deals still being worked.
    const pipeline = (await api['lists.list']()).find((l) => l.name === PIPELINE_LIST)!;
    const jobForm = workspacePage.jobForm;
    await jobForm.open();
    await jobForm.showLeaveOut();
    await jobForm.leaveOut(/^Pipeline lookalikes \(list/);
    await jobForm.keepOnlyWhere('status = Engaging');
    await workspacePage.startJob('Won deals', { minScore: '0', maxResults: '50' });
    await jobForm.waitUntilClosed();
    const job = (await api['jobs.list']())[0]!;
    expect(job.source).toMatchObject({ kind: 'segment', id: segment.id });
    await workspacePage.waitForJobStatus(job.id, 'completed');
    const detail = await api['jobs.get']({ jobId: job.id, limit: 50 });
    expect(detail.params).toMatchObject({ exclude: [{ kind: 'list', id: pipeline.id }] });
    const members = new Set((await api['lists.members']({ listId: pipeline.id, limit: 500 })).members.map((m) => m.id));
    const engaging = new Set(workspace.db.prepare("SELECT id FROM leads WHERE status = 'Engaging'").pluck().all() as number[]);
    expect(detail.top.length).toBe(50);
    for (const c of detail.top) {
      expect(members.has(c.id)).toBe(false);
      expect(engaging.has(c.id)).toBe(true);
    }
  });

  test('deletes a finished job after saying what goes and what stays', async ({ studio }) => {
    const { api, workspacePage } = await studio.open(MAVEN_WITH_LISTS);
    const jobs = await api['jobs.list']();
    const victim = jobs.find((j) => j.candidates === 25)!;
    const confirm = await workspacePage.askToDeleteJob(victim.id);
    expect(await confirm.innerText()).toContain('lists made from them stay');
    // The way out has the focus, so Enter after a slip keeps the job; Esc keeps it too.
    await expect.poll(() => confirm.getByRole('button', { name: 'Keep it' }).evaluate((button) => button === button.ownerDocument.activeElement)).toBe(true);
    await workspacePage.page.keyboard.press('Escape');
    await confirm.waitFor({ state: 'detached' });
    expect((await api['jobs.list']()).map((j) => j.id)).toContain(victim.id);
    await workspacePage.askToDeleteJob(victim.id);
    await workspacePage.confirmDeleteJob();
    await workspacePage.jobRow(victim.id).waitFor({ state: 'detached' });
    expect((await api['jobs.list']()).map((j) => j.id)).not.toContain(victim.id);
  });
});
