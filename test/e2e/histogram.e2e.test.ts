/**
 * User journey: reading how a finished job's scores spread and narrowing its
 * candidates from the histogram without the mouse. The axis is fitted to the
 * scores (not fixed at 0–1), each bar says its range and count, Left/Right
 * and Enter pick a bar exactly as a click does (the filter and the address's
 * `min=` follow), and the threshold line can be dragged. On the Maven CRM
 * export with a finished job of 100 candidates, ranked by `learned` into a narrow band.
 */
import { artifactPath } from './support/artifacts';
import { MAVEN_WITH_NARROW_SCORES } from './support/seeds';
import { describe, expect, seedsFor, test } from './support/studio-test';

describe('The score histogram of a finished job', () => {
  seedsFor(MAVEN_WITH_NARROW_SCORES);

  test('fits its axis to the scores, and picks a bar from the keyboard as a click would, into the filter and the address', async ({ studio }) => {
    const { api, workspacePage, page } = await studio.open(MAVEN_WITH_NARROW_SCORES);
    const jobId = (await api['jobs.list']()).find((j) => j.candidates === 100)!.id;
    const all = await api['jobs.candidates']({ jobId, limit: 100 });
    const lowest = Math.min(...all.candidates.map((c) => c.score));
    expect(lowest, 'this journey needs a job whose scores are all above 0.4').toBeGreaterThan(0.4);

    const panel = await workspacePage.openCandidates(jobId);
    const ticks = await panel.histogramTicks();
    expect(ticks.length).toBeGreaterThan(1);
    expect(ticks[0]).not.toBe('0.00');
    expect(Number(ticks[0])).toBeLessThanOrEqual(lowest);
    expect(Number(ticks[0])).toBeGreaterThan(0.3);

    // Every bar says its range and how many candidates it holds; together, all 100.
    const labels = await panel.histogramBarLabels();
    expect(labels.length).toBeGreaterThan(2);
    const counts = labels.map((l) => {
      expect(l).toMatch(/^\d\.\d\d–\d\.\d\d: [\d,]+ candidates?$/);
      return Number(l.split(': ')[1]!.split(' ')[0]!.replace(/,/g, ''));
    });
    expect(counts.reduce((a, b) => a + b, 0)).toBe(100);

    // The fullest bar, reached with Home and Right, picked with Enter.
    const fullest = counts.reduce((best, n, i) => (n > counts[best]! ? i : best), 0);
    const from = labels[fullest]!.slice(0, 4);
    await panel.pickHistogramBarByKeyboard(fullest);
    await expect.poll(() => panel.histogramActiveBar()).toBe(labels[fullest]);
    await expect.poll(() => panel.minScoreInput().inputValue()).toBe(String(Number(from)));
    await expect.poll(() => workspacePage.hash()).toContain(`min=${Number(from)}`);
    const fromThere = all.candidates.filter((c) => c.score >= Number(from)).length;
    await expect.poll(() => panel.range()).toContain(`of ${fromThere}`);
    await expect(panel.root.getByTestId('histogram-focused-bar').count()).resolves.toBe(1);
    await panel.root.getByTestId('score-histogram').screenshot({ path: artifactPath('histogram-keyboard.png') });

    // Space picks too: one bar left of it.
    if (fullest > 0) {
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('Space');
      const before = Number(labels[fullest - 1]!.slice(0, 4));
      await expect.poll(() => panel.minScoreInput().inputValue()).toBe(String(before));
      await expect.poll(() => workspacePage.hash()).toContain(`min=${before}`);
    }

    // The threshold line, dragged onto the highest bar with candidates, sets the minimum to its lower edge.
    const last = counts.findLastIndex((n) => n > 0);
    await panel.dragHistogramThreshold(last);
    const lastFrom = Number(labels[last]!.slice(0, 4));
    await expect.poll(() => panel.minScoreInput().inputValue()).toBe(String(lastFrom));
    await expect.poll(() => workspacePage.hash()).toContain(`min=${lastFrom}`);
  });
});
