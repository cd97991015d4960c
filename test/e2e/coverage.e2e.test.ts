/**
 * User journey on the Olist funnel, whose closed-deal fields exist only for
 * the deals that closed: a job from the won leads says which fields only its
 * examples have, and one click runs it again without the extra ones.
 */
import { fileURLToPath } from 'node:url';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../../src-main/contract/api';
import { createSegment } from '../../src-main/services/segments-service';
import { WorkspacePage } from './pages/workspace-page';
import { seriousAccessibilityViolations } from './support/accessibility';
import { collectPageErrors, launchChromium } from './support/browser';
import { assertRendererBuilt, createWorkspaceFixture, type WorkspaceFixture } from './support/workspace-fixture';

const OLIST = fileURLToPath(new URL('../../../shared/data/olist-marketing-funnel', import.meta.url));

describe('a job whose examples have fields the other leads lack (Olist closed deals)', () => {
  let fixture: WorkspaceFixture;
  let api: Api;
  let browser: Browser;
  let page: Page;
  let workspacePage: WorkspacePage;
  let pageErrors: string[];
  let jobId: number;

  beforeAll(async () => {
    assertRendererBuilt();
    fixture = createWorkspaceFixture();
    fixture.importFile(join(OLIST, 'olist_marketing_qualified_leads_dataset.csv'));
    fixture.importFile(join(OLIST, 'olist_closed_deals_dataset.csv'));
    const served = await fixture.serve();
    api = served.api;
    const segment = createSegment(served.workspace, { name: 'closed deals', entity: 'leads', where: ['outcome = won'] }).id;
    ({ jobId } = await api['jobs.start']({ source: { kind: 'segment', id: segment }, minScore: 0, maxResults: 50 }));
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1360, height: 900 }, locale: 'en-US' });
    pageErrors = collectPageErrors(page);
    workspacePage = new WorkspacePage(page);
    await workspacePage.open(served.host.url);
    await workspacePage.waitForJobStatus(jobId, 'completed');
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await fixture?.dispose();
  });

  it('says which fields only the examples have, with their shares, and runs the job again without the extra ones', async () => {
    const detail = await api['jobs.get']({ jobId, limit: 0 });
    const extras = detail.coverageGaps.filter((g) => g.kind === 'extra');
    expect(extras.length).toBeGreaterThan(0);
    const panel = await workspacePage.openCandidates(jobId);
    const notice = panel.getByTestId('coverage-notice');
    const text = await notice.innerText();
    expect(text).toContain('The examples have fields most other leads lack');
    for (const g of detail.coverageGaps) expect(text).toContain(g.label);
    expect(text).toContain('Industry (standard field, always used)');
    expect(await seriousAccessibilityViolations(page, '[data-testid="candidates-panel"]')).toEqual([]);
    mkdirSync(join(process.cwd(), 'test-results'), { recursive: true });
    await notice.screenshot({ path: join(process.cwd(), 'test-results', 'coverage-notice.png') });

    await notice.getByRole('button', { name: `Run again without these ${extras.length} extra fields` }).click();
    const status = await notice.getByRole('status').innerText();
    const again = Number(/job #(\d+)/.exec(status)?.[1]);
    expect(again).toBeGreaterThan(jobId);
    await workspacePage.waitForJobStatus(again, 'completed');
    const rerun = await api['jobs.get']({ jobId: again, limit: 1 });
    expect((rerun.params as { ignoreFields: string[] }).ignoreFields.sort()).toEqual(extras.map((g) => g.field).sort());
    expect(rerun.coverageGaps.map((g) => g.field)).toEqual(['industry']);

    await panel.getByRole('button', { name: 'Close candidates' }).click();
    const second = await workspacePage.openCandidates(again);
    const left = await second.getByTestId('coverage-notice').innerText();
    expect(left).toContain('Industry');
    await expect(second.getByTestId('coverage-notice').getByRole('button').count()).resolves.toBe(0); // nothing left to leave out
  }, 90_000);

  it('logs no console or page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
