/**
 * User journeys: reviewing a finished job's candidates and keeping the good
 * ones. The candidates best first with why each is similar and how the job
 * ranked them; narrowed by score; compared side by side with the examples;
 * added to lists; a list opened, exported, trimmed, another deleted; and no
 * serious accessibility problems on any of these screens. On the Maven CRM
 * export with a finished job of 100 candidates.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CandidatesPanel } from './pages/candidates-panel';
import { ComparePanel } from './pages/compare-panel';
import { ListPanel } from './pages/list-panel';
import { seriousAccessibilityViolations } from './support/accessibility';
import { artifactPath } from './support/artifacts';
import { BEST_LIST, MAVEN_WITH_JOB, MAVEN_WITH_LISTS, PIPELINE_LIST } from './support/seeds';
import { describe, expect, seedsFor, test } from './support/studio-test';

describe('Reviewing a finished job on the Maven CRM export', () => {
  seedsFor(MAVEN_WITH_JOB);

  test('opens a job\'s candidates: best first, why each is similar, how the scores spread, page by page', async ({ studio }) => {
    const { api, workspacePage } = await studio.open(MAVEN_WITH_JOB);
    const jobId = (await api['jobs.list']()).find((j) => j.candidates === 100)!.id;
    const expected = await api['jobs.candidates']({ jobId, limit: 50 });
    const panel = await workspacePage.openCandidates(jobId);
    const first = await panel.row(1).innerText();
    expect(first).toContain(expected.candidates[0]!.score.toFixed(3));
    for (const r of expected.candidates[0]!.topReasons) expect(first).toContain(r.label);
    // The backtest comes after the job completed: its sentence shows once it is saved (the panel reads it again).
    await expect.poll(async () => (await api['jobs.get']({ jobId, limit: 0 })).backtest, { timeout: 60_000 }).not.toBeNull();
    const ranked = await api['jobs.get']({ jobId, limit: 0 });
    const notice = panel.backtestNotice();
    await notice.summary().waitFor({ timeout: 30_000 });
    expect(await notice.summary().innerText()).toContain(ranked.backtest!.summary);
    expect(await notice.strategyUsed().innerText()).toBe(ranked.strategy!.used);
    expect(ranked.strategy!.requested).toBe('auto');
    expect(await notice.text()).toContain('chosen by auto');
    if (ranked.backtest!.comparison.length > 1) {
      const compared = await notice.comparisonRows().allInnerTexts();
      expect(compared.map((row) => row.split(/\s/)[0])).toEqual(ranked.backtest!.comparison.map((c) => c.strategy));
    }
    await expect(panel.row(1).innerText()).resolves.toContain(expected.candidates[0]!.topReasons[0]!.label);
    await panel.root.screenshot({ path: artifactPath('candidates-backtest.png') });
    await expect(panel.tableRows().count()).resolves.toBe(50);
    const histogramCounts = await panel.histogramCounts();
    expect(histogramCounts.reduce((a, b) => a + b, 0)).toBe(100);
    await expect(panel.histogramDrawings().count()).resolves.toBeGreaterThan(0);
    await panel.nextPage();
    await panel.row(51).waitFor();
    expect(await panel.range()).toBe('Showing 51–100 of 100');
    await panel.root.screenshot({ path: artifactPath('candidates.png') });
    await panel.close();
  });

  test('adds every candidate of a job to a new list, then picked ones to that list, and says what it did', async ({ studio }) => {
    const { api, workspacePage } = await studio.open(MAVEN_WITH_JOB);
    const jobId = (await api['jobs.list']()).find((j) => j.candidates === 100)!.id;
    const panel = await workspacePage.openCandidates(jobId);
    await panel.selectPage().check();
    await panel.selectEveryCandidate(100);
    const bar = panel.addToList;
    expect(await bar.text()).toContain('100 leads selected');
    await bar.toNewList(PIPELINE_LIST);
    await expect.poll(() => bar.status()).toBe('Added 100 to “Pipeline lookalikes”.');
    const list = (await api['lists.list']()).find((l) => l.name === PIPELINE_LIST)!;
    expect(list).toMatchObject({ entity: 'leads', members: 100 });
    await expect.poll(() => workspacePage.statValue('lists')).toBe((await api['workspace.info']()).stats.lists); // the tile follows

    await panel.selectPage().uncheck();
    await panel.select(1);
    await panel.select(2);
    expect(await bar.text()).toContain('2 leads selected');
    await bar.toList(list.id);
    // the status still shows the first add until the second answers, so wait for the new text
    await expect.poll(() => bar.status()).toBe('Added 0 to “Pipeline lookalikes” (2 already there).');
    await panel.close();
  });

  test('narrows the candidates to a minimum score, typed or picked in the histogram, and adds exactly those to a list', async ({ studio }) => {
    const { api, workspacePage } = await studio.open(MAVEN_WITH_JOB);
    const jobId = (await api['jobs.list']()).find((j) => j.candidates === 100)!.id;
    const all = await api['jobs.candidates']({ jobId, limit: 100 });
    const cut = all.candidates[29]!.score;
    const expected = all.candidates.filter((c) => c.score >= cut);
    const panel = await workspacePage.openCandidates(jobId);
    await panel.filterMinScore(cut);
    await expect.poll(() => panel.range()).toBe(`Showing 1–${expected.length} of ${expected.length}`);
    const scores = await panel.shownScores();
    expect(scores).toHaveLength(expected.length);
    for (const sc of scores) expect(sc).toBeGreaterThanOrEqual(cut);

    await panel.selectPage().check();
    const bar = panel.addToList;
    await bar.toNewList(BEST_LIST);
    await expect.poll(() => bar.status()).toBe(`Added ${expected.length} to “Best lookalikes”.`);
    const list = (await api['lists.list']()).find((l) => l.name === BEST_LIST)!;
    expect(list.members).toBe(expected.length);

    // A histogram bar sets the minimum to its lower edge: the fullest bar here (the chart fits its bars to the scores).
    const bars = await panel.histogramBars();
    const fullest = bars.reduce((best, b, i) => (b.count > bars[best]!.count ? i : best), 0);
    await panel.pickHistogramBar(fullest);
    await expect.poll(() => panel.minScoreInput().inputValue()).toBe(String(bars[fullest]!.from));
    const fromThere = all.candidates.filter((c) => c.score >= bars[fullest]!.from).length;
    await expect.poll(() => panel.range()).toContain(`of ${fromThere}`);
    await panel.showAll();
    await expect.poll(() => panel.range()).toBe('Showing 1–50 of 100');
    await panel.close();
  });

  test('compares picked candidates side by side with what the examples have in common, and why each scores as it does', async ({ studio }) => {
    const { api, workspacePage } = await studio.open(MAVEN_WITH_JOB);
    const jobId = (await api['jobs.list']()).find((j) => j.candidates === 100)!.id;
    const top = (await api['jobs.candidates']({ jobId, limit: 2 })).candidates;
    const expected = await api['jobs.compare']({ jobId, ids: top.map((c) => c.id) });
    const panel = await workspacePage.openCandidates(jobId);
    await panel.select(1);
    await panel.select(2);
    const compare = await panel.compareSelected(2);
    await expect(compare.heading().count()).resolves.toBe(1);

    for (const [i, c] of top.entries()) {
      const header = await compare.recordHeader(c.id).innerText();
      expect(header).toContain(`Rank ${i + 1} · score ${c.score.toFixed(3)}`);
      expect(await compare.score(c.id).innerText()).toContain(c.score.toFixed(3));
    }
    // The examples' column shows their most common values with shares, field by field; a standard field
    // nobody here has is left out, and the imported columns the engine reads follow.
    for (const field of expected.fields) {
      const summary = expected.examples.fields[field.key];
      const row = compare.fieldRow(field.key);
      const anyValue = expected.records.some((r) => r.values[field.key].value !== null || r.values[field.key].features.length > 0);
      if (summary.top.length === 0 && !anyValue) {
        await expect(row.count()).resolves.toBe(0);
        continue;
      }
      const examplesCell = await compare.examplesCell(row);
      if (summary.top.length === 0) expect(examplesCell).toBe('—');
      else expect(examplesCell).toContain(`${summary.top[0]!.feature} ${Math.round(summary.top[0]!.share * 100)}%`);
    }
    expect(expected.extraFields.length).toBeGreaterThan(0); // Maven deals carry product, close value, ...
    for (const x of expected.extraFields) {
      const top = expected.examples.extras[x.key]!.top[0]!;
      const cell = await compare.examplesCell(compare.extraFieldRow(x.key));
      expect(cell).toContain(`${top.feature} ${Math.round(top.share * 100)}%`);
    }
    // One row per feature block that adds to a score; each record's parts add up to its score.
    const blocks = expected.blocks.filter((b) => expected.records.some((r) => (r.reasons[b.block] ?? 0) !== 0));
    await expect(compare.reasonRows().count()).resolves.toBe(blocks.length);
    await compare.root.screenshot({ path: artifactPath('compare.png') });

    await compare.closeWithEscape();
    // One candidate on its own, from its row.
    const single = await panel.compareOne(3);
    await expect(single.columnHeaders().count()).resolves.toBe(3); // field, examples, the candidate
    await single.close();
    await panel.close();
  });

});

describe('Lists made from a job\'s candidates (Maven CRM export)', () => {
  seedsFor(MAVEN_WITH_LISTS);

  test('opens a list: its members page by page with their scores, exported for the CRM, some taken off; another list deleted', async ({ studio }) => {
    const { api, dir, workspacePage } = await studio.open(MAVEN_WITH_LISTS);
    const lists = await api['lists.list']();
    const pipeline = lists.find((l) => l.name === PIPELINE_LIST)!;
    const best = lists.find((l) => l.name === BEST_LIST)!;
    await workspacePage.openLists();
    await expect(workspacePage.listRow(pipeline.id).innerText()).resolves.toContain('100');
    const panel = await workspacePage.openList(pipeline.id);
    await panel.waitForMembers();
    expect(await panel.range()).toBe('Showing 1–50 of 100');
    const expected = await api['lists.members']({ listId: pipeline.id, limit: 50 });
    // Each member's latest score for any source: a later job from the same source may not have ranked it.
    for (const m of expected.members.slice(0, 5)) {
      const row = await panel.member(m.id).innerText();
      expect(row).toContain(m.score === null ? 'not scored' : m.score.toFixed(3));
    }
    expect(expected.members.some((m) => m.score !== null)).toBe(true);

    const status = await panel.exportCsv();
    const file = /Exported 100 rows to (.+\.csv)/.exec(status)?.[1];
    expect(file).toBe(join(dir, 'exports', `list-${pipeline.id}-for-crm-${new Date().toISOString().slice(0, 10)}.csv`));
    expect(readFileSync(file!, 'utf8').trim().split('\r\n')).toHaveLength(101);

    const [a, b] = expected.members;
    await panel.tick(a!.id);
    await panel.tick(b!.id);
    await panel.takeOffTicked();
    await expect.poll(() => panel.takeOffStatus()).toBe('Took 2 leads off “Pipeline lookalikes”.');
    await expect.poll(() => panel.range()).toBe('Showing 1–50 of 98');
    expect((await api['lists.list']()).find((l) => l.id === pipeline.id)!.members).toBe(98);
    await panel.close();

    const listsBefore = await workspacePage.statValue('lists');
    const other = await workspacePage.openList(best.id);
    const confirm = await other.askToDelete();
    expect(await confirm.innerText()).toContain('stay in the workspace');
    await other.confirmDelete();
    await workspacePage.listRow(best.id).waitFor({ state: 'detached' });
    await expect.poll(() => workspacePage.statValue('lists')).toBe(listsBefore - 1);
    expect((await api['lists.list']()).some((l) => l.id === best.id)).toBe(false);
  });

  test('has no serious accessibility problems: the screen, a job\'s candidates, the comparison, a list', async ({ studio }) => {
    const { api, page, workspacePage } = await studio.open(MAVEN_WITH_LISTS);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    const jobId = (await api['jobs.list']()).find((j) => j.candidates === 100)!.id;
    const panel = await workspacePage.openCandidates(jobId);
    expect(await seriousAccessibilityViolations(page, CandidatesPanel.selector)).toEqual([]);
    await panel.compareOne(1);
    expect(await seriousAccessibilityViolations(page, ComparePanel.selector)).toEqual([]);
    await page.keyboard.press('Escape');
    await panel.close();
    const list = (await api['lists.list']())[0]!;
    const listPanel = await workspacePage.openList(list.id);
    expect(await seriousAccessibilityViolations(page, ListPanel.selector)).toEqual([]);
    await listPanel.close();
  });
});
