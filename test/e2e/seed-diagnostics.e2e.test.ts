/**
 * User journey on X Education with the sales team's after-contact columns
 * kept: before starting a job the analyst checks the converted leads, sees
 * `Tags` named as a suspected outcome leak (ticked to leave out), starts the
 * job, and the job leaves it out.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../../src-main/contract/api';
import { createSegment } from '../../src-main/services/segments-service';
import { WorkspacePage } from './pages/workspace-page';
import { seriousAccessibilityViolations } from './support/accessibility';
import { collectPageErrors, launchChromium } from './support/browser';
import { assertRendererBuilt, createWorkspaceFixture, type WorkspaceFixture } from './support/workspace-fixture';

const LEADS = fileURLToPath(new URL('../../../shared/data/xeducation-leads/Leads.csv', import.meta.url));

describe('checking the examples before a job (X Education, leakage columns kept)', () => {
  let fixture: WorkspaceFixture;
  let api: Api;
  let browser: Browser;
  let page: Page;
  let workspacePage: WorkspacePage;
  let pageErrors: string[];

  beforeAll(async () => {
    assertRendererBuilt();
    fixture = createWorkspaceFixture();
    fixture.importFile(LEADS);
    const served = await fixture.serve();
    api = served.api;
    createSegment(served.workspace, { name: 'converted', entity: 'leads', where: ['outcome = won'] });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1360, height: 900 }, locale: 'en-US' });
    pageErrors = collectPageErrors(page);
    workspacePage = new WorkspacePage(page);
    await workspacePage.open(served.host.url);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await fixture?.dispose();
  });

  it('names Tags as a suspected leak, ticked, and the job started then leaves it out', async () => {
    await page.getByRole('button', { name: 'Find lookalikes' }).click();
    const form = workspacePage.newJobForm();
    const like = form.getByLabel(/^Like/);
    await like.locator('option', { hasText: 'converted' }).first().waitFor({ state: 'attached' });
    await like.selectOption((await like.locator('option', { hasText: 'converted' }).first().getAttribute('value'))!);
    await form.getByRole('button', { name: 'Check the examples' }).click();
    const check = form.getByTestId('seed-diagnostics');
    await check.waitFor({ timeout: 60_000 });
    expect(await check.getByTestId('seed-cohesion').innerText()).toMatch(/3,561 examples · cohesion 0\.\d\d/);
    const leaks = check.getByTestId('seed-leaks');
    expect(await leaks.innerText()).toContain('Will revert after reading the email');
    const tick = leaks.getByRole('checkbox', { name: 'Leave out Tags' });
    expect(await tick.isChecked()).toBe(true);
    expect(await check.getByTestId('leave-out-summary').innerText()).toBe('Start leaves out “Tags”.');
    await check.getByTestId('seed-outliers').locator('summary').click();
    expect(await check.getByTestId('seed-outliers').locator('li').count()).toBeGreaterThan(0);
    expect(await seriousAccessibilityViolations(page, '[data-testid="new-job-form"]')).toEqual([]);
    mkdirSync(join(process.cwd(), 'test-results'), { recursive: true });
    await form.screenshot({ path: join(process.cwd(), 'test-results', 'seed-diagnostics.png') });

    // Unticking and ticking again is honoured; choosing another source would drop the check.
    await tick.uncheck();
    expect(await check.getByTestId('leave-out-summary').innerText()).toBe('Every field is used.');
    await tick.check();
    await form.getByLabel('Candidates at most').fill('20');
    await form.getByRole('button', { name: 'Start' }).click();
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
    const notice = panel.getByTestId('diagnostics-notice');
    expect(await notice.getByTestId('seed-cohesion').innerText()).toMatch(/3,561 examples · cohesion/);
    expect(await notice.getByTestId('seed-leaks').count()).toBe(0);
    expect(await notice.getByTestId('seed-outliers').count()).toBe(1);
    await notice.screenshot({ path: join(process.cwd(), 'test-results', 'diagnostics-notice.png') });
  }, 180_000);

  it('logs no console or page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
