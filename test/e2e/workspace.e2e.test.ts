/**
 * User journey: open the app on a workspace built from real CRM exports and
 * check what the Workspace screen reports against the workspace itself.
 * Runs the built renderer (out/renderer) in system Chromium via the web host.
 */
import { fileURLToPath } from 'node:url';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../../src-main/contract/api';
import type { ImportBatchDto } from '../../src-main/contract/dto';
import type { WebHost } from '../../src-main/webhost/server';
import type { Workspace } from '../../src-main/db/workspace';
import { uploadsFolder } from '../../src-main/services/uploads';
import { ImportPanel } from './pages/import-panel';
import { WorkspacePage, type StatKey } from './pages/workspace-page';
import { seriousAccessibilityViolations } from './support/accessibility';
import { collectPageErrors, launchChromium } from './support/browser';
import { assertRendererBuilt, createWorkspaceFixture, type WorkspaceFixture } from './support/workspace-fixture';

const MAVEN_DIR = fileURLToPath(new URL('../../../shared/data/maven-crm-sales-opportunities', import.meta.url));
const SCREENSHOT = join(process.cwd(), 'test-results', 'workspace.png');
const VIEWPORT = { width: 1360, height: 900 };
const CONTEXT = { viewport: VIEWPORT, locale: 'en-US' };
const STATS: StatKey[] = ['leads', 'companies', 'lists', 'segments', 'campaigns'];
const REJECTS_PAGE_SIZE = 25;

/**
 * The Maven accounts export with rows real exports carry and the importer
 * must reject: a shifted row with extra cells, and the run of all-empty rows
 * a spreadsheet leaves after formatted-but-blank lines (more than one page of
 * them, so paging is exercised). Written to the fixture folder; the shared
 * data set stays read-only.
 */
const EMPTY_ROWS = REJECTS_PAGE_SIZE + 5;
function writeAccountsWithBadRows(dir: string): string {
  const original = readFileSync(join(MAVEN_DIR, 'accounts.csv'), 'utf8');
  const extraRows = [
    'Shifted Holdings,retail,2004,12.5,80,United States,,unexpected,cells',
    'Quiet Harbor,services,2011,3.2,25,Canada,',
    ...Array.from({ length: EMPTY_ROWS }, () => ',,,,,,'),
  ];
  const file = join(dir, 'accounts-with-bad-rows.csv');
  writeFileSync(file, original.trimEnd() + '\r\n' + extraRows.join('\r\n') + '\r\n');
  return file;
}

describe('Workspace screen on a workspace imported from the Maven CRM export', () => {
  let fixture: WorkspaceFixture;
  let api: Api;
  let workspace: Workspace;
  let host: WebHost;
  let browser: Browser;
  let page: Page;
  let workspacePage: WorkspacePage;
  let pageErrors: string[];
  let batches: ImportBatchDto[];
  let mavenWorkspace: Workspace;

  beforeAll(async () => {
    assertRendererBuilt();
    fixture = createWorkspaceFixture();
    fixture.importFile(join(MAVEN_DIR, 'sales_pipeline.csv'));
    fixture.importFile(join(MAVEN_DIR, 'accounts.csv'));
    fixture.importFile(writeAccountsWithBadRows(fixture.dir));
    ({ api, host, workspace: mavenWorkspace } = await fixture.serve());
    batches = await api['imports.list']();

    browser = await launchChromium();
    page = await browser.newPage(CONTEXT);
    pageErrors = collectPageErrors(page);
    workspacePage = new WorkspacePage(page);
    await workspacePage.open(host.url);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await fixture?.dispose();
  });

  it('shows the counts the workspace holds', async () => {
    const { stats, path } = await api['workspace.info']();
    expect(stats.leads + stats.companies).toBeGreaterThan(0);
    for (const key of STATS) {
      expect(await workspacePage.statValue(key), key).toBe(stats[key]);
      expect(await workspacePage.statText(key), key).toBe(stats[key].toLocaleString('en-US'));
    }
    expect(await workspacePage.workspacePath()).toBe(path);
  });

  it('drops the access token from the address bar once the page holds it', () => {
    expect(page.url()).toBe(`${host.origin}/`);
  });

  it('lists every import batch with its file name and counts', async () => {
    expect(batches).toHaveLength(3);
    await expect(workspacePage.importRows().count()).resolves.toBe(batches.length);
    for (const batch of batches) {
      const text = await workspacePage.importRow(batch.id).innerText();
      expect(text).toContain(batch.fileName);
      expect(text).toContain(batch.imported.toLocaleString('en-US'));
    }
  });

  it('opens the rejected rows of a batch, matching the workspace row for row', async () => {
    const batch = batches.find((b) => b.fileName === 'accounts-with-bad-rows.csv');
    expect(batch?.rejected).toBeGreaterThan(0);
    const expected = await api['imports.rejects']({ batchId: batch!.id, limit: REJECTS_PAGE_SIZE });

    await workspacePage.openRejects(batch!.id);

    const shown = await workspacePage.rejectRowViews();
    expect(shown.map((r) => r.row)).toEqual(expected.rows.map((r) => r.rowNumber.toLocaleString('en-US')));
    expect(shown.map((r) => r.reason)).toEqual(expected.rows.map((r) => r.reason));
    expect(shown.map((r) => r.raw)).toEqual(expected.rows.map((r) => r.raw));
    expect(await workspacePage.rejectsRange()).toContain(`of ${expected.total}`);
    expect(await workspacePage.importRow(batch!.id).getAttribute('aria-selected')).toBe('true');
  });

  it('pages through rejected rows that do not fit on one page', async () => {
    const batch = batches.find((b) => b.fileName === 'accounts-with-bad-rows.csv')!;
    expect(batch.rejected).toBeGreaterThan(REJECTS_PAGE_SIZE);

    await workspacePage.nextRejectsPage();

    const second = await api['imports.rejects']({ batchId: batch.id, offset: REJECTS_PAGE_SIZE, limit: REJECTS_PAGE_SIZE });
    const shown = await workspacePage.rejectRowViews();
    expect(shown.map((r) => r.row)).toEqual(second.rows.map((r) => r.rowNumber.toLocaleString('en-US')));
    expect(await workspacePage.rejectsRange()).toBe(
      `Showing ${REJECTS_PAGE_SIZE + 1}–${batch.rejected} of ${batch.rejected}`,
    );
  });

  it('shows a lookalike job started in the app go from queued to completed, live, with its candidates', async () => {
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
    await expect(workspacePage.jobRow(campaign).getByRole('button', { name: `Cancel job ${campaign}` }).count()).resolves.toBe(0);
  }, 90_000);

  it('starts a job from Find lookalikes and shows it completing in the table', async () => {
    const before = (await api['jobs.list']()).length;
    await workspacePage.startJob('sales_pipeline.csv', { minScore: '0', maxResults: '25', strategy: 'contrast' });
    await workspacePage.newJobForm().waitFor({ state: 'detached' }); // closes once the job is queued (after the API answers)
    const jobs = await api['jobs.list']();
    expect(jobs).toHaveLength(before + 1);
    const jobId = jobs[0]!.id;
    await workspacePage.waitForJobStatus(jobId, 'completed');
    const job = await api['jobs.get']({ jobId, limit: 0 });
    expect(job.params).toMatchObject({ minScore: 0, maxResults: 25, source: { kind: 'campaign', id: 1 }, strategy: 'contrast' });
    expect(job.candidates).toBe(25);
  }, 90_000);

  it('opens a job\'s candidates: best first, why each is similar, how the scores spread, page by page', async () => {
    const jobId = (await api['jobs.list']()).find((j) => j.candidates === 100)!.id;
    const expected = await api['jobs.candidates']({ jobId, limit: 50 });
    const panel = await workspacePage.openCandidates(jobId);
    const first = await panel.getByTestId('candidate-row-1').innerText();
    expect(first).toContain(expected.candidates[0]!.score.toFixed(3));
    for (const r of expected.candidates[0]!.topReasons) expect(first).toContain(r.label);
    // The backtest comes after the job completed: its sentence shows once it is saved (the panel reads it again).
    await expect.poll(async () => (await api['jobs.get']({ jobId, limit: 0 })).backtest, { timeout: 60_000 }).not.toBeNull();
    const ranked = await api['jobs.get']({ jobId, limit: 0 });
    const notice = workspacePage.backtestNotice(panel);
    await notice.getByTestId('backtest-summary').waitFor({ timeout: 30_000 });
    expect(await notice.getByTestId('backtest-summary').innerText()).toContain(ranked.backtest!.summary);
    expect(await notice.getByTestId('strategy-used').innerText()).toBe(ranked.strategy!.used);
    expect(ranked.strategy!.requested).toBe('auto');
    expect(await notice.innerText()).toContain('chosen by auto');
    if (ranked.backtest!.comparison.length > 1) {
      const compared = await notice.getByTestId('backtest-comparison').locator('tbody tr').allInnerTexts();
      expect(compared.map((row) => row.split(/\s/)[0])).toEqual(ranked.backtest!.comparison.map((c) => c.strategy));
    }
    await expect(panel.getByTestId('candidate-row-1').innerText()).resolves.toContain(expected.candidates[0]!.topReasons[0]!.label);
    mkdirSync(join(process.cwd(), 'test-results'), { recursive: true });
    await panel.screenshot({ path: join(process.cwd(), 'test-results', 'candidates-backtest.png') });
    await expect(panel.getByTestId('candidates-table').locator('tbody tr').count()).resolves.toBe(50);
    const histogramCounts = await panel.getByTestId('score-histogram-table').locator('td').allInnerTexts();
    expect(histogramCounts.map(Number).reduce((a, b) => a + b, 0)).toBe(100);
    await expect(panel.getByTestId('score-histogram').locator('svg').count()).resolves.toBeGreaterThan(0);
    await panel.getByRole('button', { name: 'Next' }).click();
    await panel.getByTestId('candidate-row-51').waitFor();
    expect(await panel.getByTestId('candidates-range').innerText()).toBe('Showing 51–100 of 100');
    mkdirSync(join(process.cwd(), 'test-results'), { recursive: true });
    await panel.screenshot({ path: join(process.cwd(), 'test-results', 'candidates.png') });
    await panel.getByRole('button', { name: 'Close candidates' }).click();
  }, 60_000);

  it('adds every candidate of a job to a new list, then picked ones to that list, and says what it did', async () => {
    const jobId = (await api['jobs.list']()).find((j) => j.candidates === 100)!.id;
    const panel = await workspacePage.openCandidates(jobId);
    await panel.getByLabel('Select every candidate on this page').check();
    await panel.getByRole('button', { name: 'Select all 100 candidates' }).click();
    const bar = panel.getByTestId('add-to-list');
    expect(await bar.innerText()).toContain('100 leads selected');
    await bar.getByLabel('New list name').fill('Pipeline lookalikes');
    await bar.getByRole('button', { name: 'Add to list' }).click();
    await expect.poll(() => bar.getByRole('status').innerText()).toBe('Added 100 to “Pipeline lookalikes”.');
    const list = (await api['lists.list']()).find((l) => l.name === 'Pipeline lookalikes')!;
    expect(list).toMatchObject({ entity: 'leads', members: 100 });
    await expect.poll(() => workspacePage.statValue('lists')).toBe((await api['workspace.info']()).stats.lists); // the tile follows

    await panel.getByLabel('Select every candidate on this page').uncheck();
    await panel.getByLabel('Select candidate 1', { exact: true }).check();
    await panel.getByLabel('Select candidate 2', { exact: true }).check();
    expect(await bar.innerText()).toContain('2 leads selected');
    await bar.getByLabel('List to add to').selectOption(String(list.id));
    await bar.getByRole('button', { name: 'Add to list' }).click();
    // the status still shows the first add until the second answers, so wait for the new text
    await expect.poll(() => bar.getByRole('status').innerText()).toBe('Added 0 to “Pipeline lookalikes” (2 already there).');
    await panel.getByRole('button', { name: 'Close candidates' }).click();
  }, 60_000);

  it('exports a job\'s candidates to a CRM-ready CSV beside the workspace and says where', async () => {
    const jobId = (await api['jobs.list']()).find((j) => j.candidates === 100)!.id;
    const panel = await workspacePage.openCandidates(jobId);
    await panel.getByRole('button', { name: 'Export CSV' }).click();
    const status = await panel.getByRole('status').filter({ hasText: 'Exported' }).innerText();
    const file = /Exported 100 rows to (.+\.csv)/.exec(status)?.[1];
    expect(file).toBe(join(fixture.dir, 'exports', `lookalike-job-${jobId}-${new Date().toISOString().slice(0, 10)}.csv`));
    const text = readFileSync(file!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff); // UTF-8 with BOM, for Excel
    const lines = text.trim().split('\r\n');
    expect(lines).toHaveLength(101);
    expect(lines[0]).toContain('Lookalike Score');
    await panel.getByRole('button', { name: 'Close candidates' }).click();
  }, 60_000);

  it('narrows the candidates to a minimum score, typed or picked in the histogram, and adds exactly those to a list', async () => {
    const jobId = (await api['jobs.list']()).find((j) => j.candidates === 100)!.id;
    const all = await api['jobs.candidates']({ jobId, limit: 100 });
    const cut = all.candidates[29]!.score;
    const expected = all.candidates.filter((c) => c.score >= cut);
    const panel = await workspacePage.openCandidates(jobId);
    await panel.getByLabel('Score at least').fill(String(cut));
    await expect.poll(() => panel.getByTestId('candidates-range').innerText()).toBe(`Showing 1–${expected.length} of ${expected.length}`);
    const scores = await panel.getByTestId('candidates-table').locator('tbody tr meter').evaluateAll((ms) => ms.map((m) => (m as unknown as { value: number }).value));
    expect(scores).toHaveLength(expected.length);
    for (const sc of scores) expect(sc).toBeGreaterThanOrEqual(cut);

    await panel.getByLabel('Select every candidate on this page').check();
    const bar = panel.getByTestId('add-to-list');
    await bar.getByLabel('New list name').fill('Best lookalikes');
    await bar.getByRole('button', { name: 'Add to list' }).click();
    await expect.poll(() => bar.getByRole('status').innerText()).toBe(`Added ${expected.length} to “Best lookalikes”.`);
    const list = (await api['lists.list']()).find((l) => l.name === 'Best lookalikes')!;
    expect(list.members).toBe(expected.length);

    // A histogram bar sets the minimum to its lower edge: the fullest bin here.
    const histogram = await api['jobs.histogram']({ jobId });
    const fullest = histogram.bins.reduce((best, b, i) => (b.count > histogram.bins[best]!.count ? i : best), 0);
    await panel.getByTestId('score-histogram').locator('.recharts-bar-rectangle').nth(fullest).click();
    await expect.poll(() => panel.getByLabel('Score at least').inputValue()).toBe(String(histogram.bins[fullest]!.from));
    const fromThere = all.candidates.filter((c) => c.score >= histogram.bins[fullest]!.from).length;
    await expect.poll(() => panel.getByTestId('candidates-range').innerText()).toContain(`of ${fromThere}`);
    await panel.getByRole('button', { name: 'Show all' }).click();
    await expect.poll(() => panel.getByTestId('candidates-range').innerText()).toBe('Showing 1–50 of 100');
    await panel.getByRole('button', { name: 'Close candidates' }).click();
  }, 60_000);

  it('compares picked candidates side by side with what the examples have in common, and why each scores as it does', async () => {
    const jobId = (await api['jobs.list']()).find((j) => j.candidates === 100)!.id;
    const top = (await api['jobs.candidates']({ jobId, limit: 2 })).candidates;
    const expected = await api['jobs.compare']({ jobId, ids: top.map((c) => c.id) });
    const panel = await workspacePage.openCandidates(jobId);
    await panel.getByLabel('Select candidate 1', { exact: true }).check();
    await panel.getByLabel('Select candidate 2', { exact: true }).check();
    await panel.getByRole('button', { name: 'Compare 2 side by side' }).click();
    const compare = page.getByTestId('compare-panel');
    await compare.getByTestId('compare-table').waitFor();
    await expect(compare.getByRole('heading', { name: 'Side by side with the examples' }).count()).resolves.toBe(1);

    for (const [i, c] of top.entries()) {
      const header = await compare.getByTestId(`compare-record-${c.id}`).innerText();
      expect(header).toContain(`Rank ${i + 1} · score ${c.score.toFixed(3)}`);
      expect(await compare.getByTestId(`compare-score-${c.id}`).innerText()).toContain(c.score.toFixed(3));
    }
    // The examples' column shows their most common values with shares, field by field; a standard field
    // nobody here has is left out, and the imported columns the engine reads follow.
    for (const field of expected.fields) {
      const summary = expected.examples.fields[field.key];
      const row = compare.getByTestId(`compare-field-${field.key}`);
      const anyValue = expected.records.some((r) => r.values[field.key].value !== null || r.values[field.key].features.length > 0);
      if (summary.top.length === 0 && !anyValue) {
        await expect(row.count()).resolves.toBe(0);
        continue;
      }
      const examplesCell = await row.locator('td').first().innerText();
      if (summary.top.length === 0) expect(examplesCell).toBe('—');
      else expect(examplesCell).toContain(`${summary.top[0]!.feature} ${Math.round(summary.top[0]!.share * 100)}%`);
    }
    expect(expected.extraFields.length).toBeGreaterThan(0); // Maven deals carry product, close value, ...
    for (const x of expected.extraFields) {
      const top = expected.examples.extras[x.key]!.top[0]!;
      const cell = await compare.getByTestId(`compare-field-extra:${x.key}`).locator('td').first().innerText();
      expect(cell).toContain(`${top.feature} ${Math.round(top.share * 100)}%`);
    }
    // One row per feature block that adds to a score; each record's parts add up to its score.
    const blocks = expected.blocks.filter((b) => expected.records.some((r) => (r.reasons[b.block] ?? 0) !== 0));
    await expect(compare.getByTestId('compare-reasons').locator('tr[data-testid^="compare-reason-"]').count()).resolves.toBe(blocks.length);
    mkdirSync(join(process.cwd(), 'test-results'), { recursive: true });
    await compare.screenshot({ path: join(process.cwd(), 'test-results', 'compare.png') });

    await page.keyboard.press('Escape');
    await compare.waitFor({ state: 'detached' });
    // One candidate on its own, from its row.
    await panel.getByRole('button', { name: 'Compare candidate 3 with the examples' }).click();
    await compare.getByTestId('compare-table').waitFor();
    await expect(compare.locator('thead').first().locator('th').count()).resolves.toBe(3); // field, examples, the candidate
    await compare.getByRole('button', { name: 'Close comparison' }).click();
    await compare.waitFor({ state: 'detached' });
    await panel.getByRole('button', { name: 'Close candidates' }).click();
  }, 60_000);

  it('opens a list: its members page by page with their scores, exported for the CRM, some taken off; another list deleted', async () => {
    const lists = await api['lists.list']();
    const pipeline = lists.find((l) => l.name === 'Pipeline lookalikes')!;
    const best = lists.find((l) => l.name === 'Best lookalikes')!;
    await expect(page.getByTestId(`list-row-${pipeline.id}`).innerText()).resolves.toContain('100');
    await page.getByTestId(`list-row-${pipeline.id}`).click();
    const panel = page.getByTestId('list-members-panel');
    await panel.getByTestId('list-members-table').locator('tbody tr').first().waitFor();
    expect(await panel.getByTestId('list-members-range').innerText()).toBe('Showing 1–50 of 100');
    const expected = await api['lists.members']({ listId: pipeline.id, limit: 50 });
    // Each member's latest score for any source: a later job from the same source may not have ranked it.
    for (const m of expected.members.slice(0, 5)) {
      const row = await panel.getByTestId(`list-member-${m.id}`).innerText();
      expect(row).toContain(m.score === null ? 'not scored' : m.score.toFixed(3));
    }
    expect(expected.members.some((m) => m.score !== null)).toBe(true);

    await panel.getByRole('button', { name: 'Export CSV' }).click();
    const status = await panel.getByRole('status').filter({ hasText: 'Exported' }).innerText();
    const file = /Exported 100 rows to (.+\.csv)/.exec(status)?.[1];
    expect(file).toBe(join(fixture.dir, 'exports', `list-${pipeline.id}-${new Date().toISOString().slice(0, 10)}.csv`));
    expect(readFileSync(file!, 'utf8').trim().split('\r\n')).toHaveLength(101);

    const [a, b] = expected.members;
    await panel.getByTestId(`list-member-${a!.id}`).getByRole('checkbox').check();
    await panel.getByTestId(`list-member-${b!.id}`).getByRole('checkbox').check();
    await panel.getByRole('button', { name: 'Take off the list' }).click();
    await expect.poll(() => panel.getByRole('status').filter({ hasText: 'Took' }).innerText()).toBe('Took 2 leads off “Pipeline lookalikes”.');
    await expect.poll(() => panel.getByTestId('list-members-range').innerText()).toBe('Showing 1–50 of 98');
    expect((await api['lists.list']()).find((l) => l.id === pipeline.id)!.members).toBe(98);
    await panel.getByRole('button', { name: 'Close list' }).click();

    const listsBefore = await workspacePage.statValue('lists');
    await page.getByTestId(`list-row-${best.id}`).click();
    await panel.getByRole('button', { name: 'Delete list' }).click();
    expect(await panel.getByRole('alertdialog').innerText()).toContain('stay in the workspace');
    await panel.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
    await panel.waitFor({ state: 'detached' });
    await page.getByTestId(`list-row-${best.id}`).waitFor({ state: 'detached' });
    await expect.poll(() => workspacePage.statValue('lists')).toBe(listsBefore - 1);
    expect((await api['lists.list']()).some((l) => l.id === best.id)).toBe(false);
  }, 60_000);

  it('saves a segment from the window with a live count, then finds lookalikes of it; a mistyped field is named', async () => {
    const segmentsBefore = await workspacePage.statValue('segments');
    await page.getByRole('button', { name: 'New segment' }).click();
    const form = page.getByTestId('segment-form');
    await form.getByLabel('Name').fill('Won deals');
    await form.getByLabel('Conditions, one per line (all must hold)').fill('outcom = won');
    await expect.poll(() => form.getByTestId('segment-count').innerText()).toContain('Unknown field "outcom"');
    await form.getByLabel('Conditions, one per line (all must hold)').fill('outcome = won');
    expect(await seriousAccessibilityViolations(page, '[data-testid="segment-form"]')).toEqual([]);
    const won = (await api['campaigns.list']())[0]!.outcomes.won;
    await expect.poll(() => form.getByTestId('segment-count').innerText()).toBe(`${won.toLocaleString('en-US')} leads match now.`);
    await form.getByRole('button', { name: 'Save segment' }).click();
    await form.waitFor({ state: 'detached' });
    const segment = (await api['segments.list']()).find((s) => s.name === 'Won deals')!;
    expect(segment).toMatchObject({ entity: 'leads', members: won, conditions: ['outcome = won'] });
    expect(await page.getByTestId(`segment-row-${segment.id}`).innerText()).toContain(won.toLocaleString('en-US'));
    await expect.poll(() => workspacePage.statValue('segments')).toBe(segmentsBefore + 1);

    // Leaving out a list's members and keeping only deals still being worked.
    const pipeline = (await api['lists.list']()).find((l) => l.name === 'Pipeline lookalikes')!;
    await page.getByRole('button', { name: 'Find lookalikes' }).click();
    const jobForm = workspacePage.newJobForm();
    await jobForm.getByText('Leave out records, or keep only some').click();
    await jobForm.getByLabel(/^Pipeline lookalikes \(list/).check();
    await jobForm.getByLabel('Only candidates where (one condition per line)').fill('status = Engaging');
    await workspacePage.startJob('Won deals', { minScore: '0', maxResults: '50' });
    await jobForm.waitFor({ state: 'detached' });
    const job = (await api['jobs.list']())[0]!;
    expect(job.source).toMatchObject({ kind: 'segment', id: segment.id });
    await workspacePage.waitForJobStatus(job.id, 'completed');
    const detail = await api['jobs.get']({ jobId: job.id, limit: 50 });
    expect(detail.params).toMatchObject({ exclude: [{ kind: 'list', id: pipeline.id }] });
    const members = new Set((await api['lists.members']({ listId: pipeline.id, limit: 500 })).members.map((m) => m.id));
    const engaging = new Set(mavenWorkspace.db.prepare("SELECT id FROM leads WHERE status = 'Engaging'").pluck().all() as number[]);
    expect(detail.top.length).toBe(50);
    for (const c of detail.top) {
      expect(members.has(c.id)).toBe(false);
      expect(engaging.has(c.id)).toBe(true);
    }
  }, 60_000);

  it('deletes a finished job after saying what goes and what stays', async () => {
    const jobs = await api['jobs.list']();
    const victim = jobs.find((j) => j.candidates === 25)!;
    await page.getByRole('button', { name: `Delete job ${victim.id}` }).click();
    const confirm = page.getByRole('alertdialog');
    expect(await confirm.innerText()).toContain('lists made from them stay');
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await workspacePage.jobRow(victim.id).waitFor({ state: 'detached' });
    expect((await api['jobs.list']()).map((j) => j.id)).not.toContain(victim.id);
  });

  it('explains in the form why a job cannot start, and starts nothing', async () => {
    const before = (await api['jobs.list']()).length;
    await workspacePage.startJob('sales_pipeline.csv', { minScore: '3' });
    await expect(workspacePage.newJobForm().getByRole('alert').innerText()).resolves.toMatch(/minimum score/i);
    await workspacePage.newJobForm().getByRole('button', { name: 'Close' }).click();
    await workspacePage.newJobForm().waitFor({ state: 'detached' });
    expect(await api['jobs.list']()).toHaveLength(before);
  });

  it('saves a screenshot of the screen with a rejects panel open', async () => {
    const batch = batches.find((b) => b.fileName === 'accounts-with-bad-rows.csv')!;
    await workspacePage.closeRejects();
    await workspacePage.openRejects(batch.id);
    mkdirSync(join(process.cwd(), 'test-results'), { recursive: true });
    await page.evaluate('window.scrollTo(0, 0)'); // else the sticky header is drawn where the page was scrolled to
    const png = await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(png.length).toBeGreaterThan(10_000);
  });

  it('has no serious accessibility problems: the screen, a job\'s candidates, the comparison, a list', async () => {
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    const jobId = (await api['jobs.list']()).find((j) => j.candidates === 100)!.id;
    const panel = await workspacePage.openCandidates(jobId);
    expect(await seriousAccessibilityViolations(page, '[data-testid="candidates-panel"]')).toEqual([]);
    await panel.getByRole('button', { name: 'Compare candidate 1 with the examples' }).click();
    await page.getByTestId('compare-table').waitFor();
    expect(await seriousAccessibilityViolations(page, '[data-testid="compare-panel"]')).toEqual([]);
    await page.keyboard.press('Escape');
    await panel.getByRole('button', { name: 'Close candidates' }).click();
    const list = (await api['lists.list']())[0]!;
    await page.getByTestId(`list-row-${list.id}`).click();
    await page.getByTestId('list-members-table').waitFor();
    expect(await seriousAccessibilityViolations(page, '[data-testid="list-members-panel"]')).toEqual([]);
    await page.getByRole('button', { name: 'Close list' }).click();
  }, 60_000);

  it('logs no console or page errors, CSP violations included', () => {
    expect(pageErrors).toEqual([]);
  });
});

describe('Workspace screen on an empty workspace', () => {
  let fixture: WorkspaceFixture;
  let browser: Browser;
  let page: Page;
  let workspacePage: WorkspacePage;
  let api: Api;
  let workspace: Workspace;

  beforeAll(() => {
    assertRendererBuilt();
    fixture = createWorkspaceFixture();
  });

  afterAll(async () => {
    await browser?.close();
    await fixture?.dispose();
  });

  it('shows zero counts and tells the user how to import into this workspace', async () => {
    const served = await fixture.serve({ create: true });
    ({ api, workspace } = served);
    browser = await launchChromium();
    page = await browser.newPage(CONTEXT);
    workspacePage = new WorkspacePage(page);
    await workspacePage.open(served.host.url);

    for (const key of STATS) expect(await workspacePage.statValue(key)).toBe(0);
    const emptyText = await workspacePage.importsEmpty.innerText();
    expect(emptyText).toContain(`npm run lookalike -- import FILE --db ${fixture.dbPath}`);
    await expect(workspacePage.importsTable.count()).resolves.toBe(0);
    await expect(page.getByTestId('lists-empty').count()).resolves.toBe(1);
  }, 60_000);

  it('imports a CRM export from the window: upload, preview, a column ignored, progress, and the history and counts follow', async () => {
    const importPanel = new ImportPanel(page);
    const panel = importPanel.root;
    await importPanel.open();
    // A browser names no path on the host: there is no path field; the file itself is chosen or dropped, then uploaded.
    await expect(panel.getByRole('textbox').count()).resolves.toBe(0);
    expect(await seriousAccessibilityViolations(page, '[data-testid="import-panel"]')).toEqual([]);
    // A dropped file the importer cannot read is named in the message, and the panel offers the picker again.
    await importPanel.dropFile('empty.csv', '');
    await expect.poll(() => importPanel.error().innerText()).toContain('empty.csv');
    await importPanel.chooseFile(join(MAVEN_DIR, 'accounts.csv'));
    const summary = await importPanel.summary().innerText();
    expect(summary).toContain('Recognised as Maven CRM accounts ·');
    await expect(importPanel.fieldFor('sector').inputValue()).resolves.toBe('industry');
    // Each column says why it goes where it goes (sector is the second column).
    await expect(importPanel.columnReasons().nth(1).innerText()).resolves.toBe('header matches the Maven CRM accounts preset');
    expect(await seriousAccessibilityViolations(page, '[data-testid="import-panel"]')).toEqual([]);
    await importPanel.fieldFor('office_location').selectOption('-');
    await expect.poll(() => importPanel.fieldFor('office_location').inputValue()).toBe('-');
    mkdirSync(join(process.cwd(), 'test-results'), { recursive: true });
    await panel.screenshot({ path: join(process.cwd(), 'test-results', 'import-preview.png') });
    await importPanel.startImport();
    await expect.poll(() => importPanel.outcome().innerText(), { timeout: 30_000 }).toBe('Imported accounts.csv: 85 new, 0 updated, 0 unchanged.');
    await workspacePage.importRows().first().waitFor();
    await expect.poll(() => workspacePage.statValue('companies')).toBe(85);
    const batches = await api['imports.list']();
    expect(batches).toHaveLength(1);
    expect(batches[0]).toMatchObject({ fileName: 'accounts.csv', imported: 85 });
    // The ignored column was not stored, not even as an extra field.
    const stored = workspace.db.prepare("SELECT count(*) FROM companies WHERE country IS NOT NULL OR extra LIKE '%office_location%'").pluck().get();
    expect(stored).toBe(0);
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: join(process.cwd(), 'test-results', 'import.png'), fullPage: true });
    await importPanel.close();
    // The uploaded copies went: the imported one with its import, the unreadable one when it failed its preview.
    await expect.poll(() => readdirSync(uploadsFolder(fixture.dbPath), { recursive: true }).filter((entry) => String(entry).endsWith('.csv'))).toEqual([]);
  }, 60_000);

  it('imports a file dropped on the import panel, rejected row included', async () => {
    const importPanel = new ImportPanel(page);
    await importPanel.open();
    await importPanel.dropFile('dropped leads.csv', 'Record ID,Full Name,Email\nD1,Dee Drop,dee@drop.example\nD2,Too,many,fields\n');
    await expect(importPanel.summary().innerText()).resolves.toContain('rows are recognised by its record id');
    await importPanel.startImport();
    await expect.poll(() => importPanel.outcome().innerText(), { timeout: 30_000 }).toMatch(/^Imported dropped leads\.csv: 1 new, 0 updated, 0 unchanged, 1 rejected/);
    const batch = (await api['imports.list']()).find((b) => b.fileName === 'dropped leads.csv');
    expect(batch).toMatchObject({ imported: 1, rejected: 1 });
    await importPanel.close();
    await workspacePage.openRejects(batch!.id);
    expect((await workspacePage.rejectRowViews())[0]).toMatchObject({ row: '3', raw: 'D2,Too,many,fields' });
  }, 60_000);
});
