/**
 * User journey on the Olist funnel, whose closed-deal fields exist only for
 * the deals that closed: a job from the won leads says which fields only its
 * examples have, and one click runs it again without the extra ones.
 */
import { CandidatesPanel } from './pages/candidates-panel';
import { seriousAccessibilityViolations } from './support/accessibility';
import { artifactPath } from './support/artifacts';
import { OLIST_WITH_JOB } from './support/seeds';
import { describe, expect, seedsFor, test } from './support/studio-test';

describe('a job whose examples have fields the other leads lack (Olist closed deals)', () => {
  seedsFor(OLIST_WITH_JOB);

  test('says which fields only the examples have, with their shares, and runs the job again without the extra ones', async ({ studio }) => {
    const { api, page, workspacePage } = await studio.open(OLIST_WITH_JOB);
    const jobId = (await api['jobs.list']())[0]!.id;
    await workspacePage.waitForJobStatus(jobId, 'completed');
    const detail = await api['jobs.get']({ jobId, limit: 0 });
    const extras = detail.coverageGaps.filter((g) => g.kind === 'extra');
    expect(extras.length).toBeGreaterThan(0);
    const panel = await workspacePage.openCandidates(jobId);
    const notice = panel.coverageNotice();
    const text = await notice.text();
    expect(text).toContain('The examples have fields most other leads lack');
    for (const g of detail.coverageGaps) expect(text).toContain(g.label);
    expect(text).toContain('Industry (standard field, always used)');
    expect(await seriousAccessibilityViolations(page, CandidatesPanel.selector)).toEqual([]);
    await notice.root.screenshot({ path: artifactPath('coverage-notice.png') });

    const status = await notice.runAgainWithoutExtras(extras.length);
    const again = Number(/job #(\d+)/.exec(status)?.[1]);
    expect(again).toBeGreaterThan(jobId);
    await workspacePage.waitForJobStatus(again, 'completed');
    const rerun = await api['jobs.get']({ jobId: again, limit: 1 });
    expect((rerun.params as { ignoreFields: string[] }).ignoreFields.sort()).toEqual(extras.map((g) => g.field).sort());
    expect(rerun.coverageGaps.map((g) => g.field)).toEqual(['industry']);

    await panel.close();
    const second = await workspacePage.openCandidates(again);
    const left = await second.coverageNotice().text();
    expect(left).toContain('Industry');
    await expect(second.coverageNotice().buttons().count()).resolves.toBe(0); // nothing left to leave out
  });

  test('logs no console or page errors', async ({ studio }) => {
    const { api, pageErrors, workspacePage } = await studio.open(OLIST_WITH_JOB);
    const jobId = (await api['jobs.list']())[0]!.id;
    const panel = await workspacePage.openCandidates(jobId);
    await panel.coverageNotice().root.waitFor();
    await panel.close();
    expect(pageErrors).toEqual([]);
  });
});
