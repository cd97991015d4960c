/**
 * User journey on X Education with the sales team's after-contact columns
 * kept: before starting a job the analyst checks the converted leads, sees
 * `Tags` named as a suspected outcome leak (ticked to leave out), starts the
 * job, and the job leaves it out.
 */
import { JobForm } from './pages/job-form';
import { seriousAccessibilityViolations } from './support/accessibility';
import { artifactPath } from './support/artifacts';
import { XEDUCATION_CONVERTED } from './support/seeds';
import { describe, expect, seedsFor, test } from './support/studio-test';

describe('checking the examples before a job (X Education, leakage columns kept)', () => {
  seedsFor(XEDUCATION_CONVERTED);

  test('names Tags as a suspected leak, ticked, and the job started then leaves it out', async ({ studio }) => {
    const { api, page, workspacePage } = await studio.open(XEDUCATION_CONVERTED);
    const form = workspacePage.jobForm;
    await form.open();
    await form.chooseSource('converted');
    const check = await form.checkExamples(60_000);
    expect(await check.cohesion().innerText()).toMatch(/3,561 examples · cohesion 0\.\d\d/);
    expect(await check.leaks().innerText()).toContain('Will revert after reading the email');
    const tick = check.leaveOutTick('Tags');
    expect(await tick.isChecked()).toBe(true);
    expect(await check.leaveOutSummary()).toBe('Start leaves out “Tags”.');
    expect(await (await check.showOutliers()).count()).toBeGreaterThan(0);
    expect(await seriousAccessibilityViolations(page, JobForm.selector)).toEqual([]);
    await form.root.screenshot({ path: artifactPath('seed-diagnostics.png') });

    // Unticking and ticking again is honoured; choosing another source would drop the check.
    await tick.uncheck();
    expect(await check.leaveOutSummary()).toBe('Every field is used.');
    await tick.check();
    await form.fill({ maxResults: '20' });
    await form.start();
    await expect.poll(async () => (await api['jobs.list']()).length, { timeout: 10_000 }).toBe(1);
    const [job] = await api['jobs.list']();
    await workspacePage.waitForJobStatus(job!.id, 'completed', 120_000);
    // The job's own check and backtest are saved after its candidates.
    await expect.poll(async () => (await api['jobs.get']({ jobId: job!.id, limit: 0 })).diagnostics !== null, { timeout: 60_000 }).toBe(true);
    const detail = await api['jobs.get']({ jobId: job!.id, limit: 0 });
    expect((detail.params as { ignoreFields: string[] }).ignoreFields).toEqual(['Tags']);
    expect(detail.diagnostics!.leaks).toEqual([]);

    // Beside its candidates the job shows its own check: no leak left, the outlying examples named.
    const panel = await workspacePage.openCandidates(job!.id);
    const notice = panel.diagnosticsNotice();
    expect(await notice.cohesion().innerText()).toMatch(/3,561 examples · cohesion/);
    expect(await notice.leaks().count()).toBe(0);
    expect(await notice.outliers().count()).toBe(1);
    await notice.root.screenshot({ path: artifactPath('diagnostics-notice.png') });
  }, 180_000);

  test('logs no console or page errors', async ({ studio }) => {
    const { pageErrors, workspacePage } = await studio.open(XEDUCATION_CONVERTED);
    const form = workspacePage.jobForm;
    await form.open();
    await form.chooseSource('converted');
    const check = await form.checkExamples(60_000);
    await check.leaks().waitFor();
    await form.close();
    expect(pageErrors).toEqual([]);
  });
});
