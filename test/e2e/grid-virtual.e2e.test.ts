/**
 * User journey: a big page of results stays quick (issue 11: no main-thread
 * task over 100 ms while scrolling). With 250 rows a page the candidates
 * grid scrolls inside its own box and mounts only the rows in view; it still
 * says how many rows it has (aria-rowcount, aria-rowindex), and the keyboard
 * still reaches every row: End goes to the last, Home to the first, arrows
 * step across rows not mounted a moment before, Space ticks, and Tab lands
 * on a mounted row after the focused one has scrolled away.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { createSegment } from '../../src-main/services/segments-service';
import { artifactPath } from './support/artifacts';
import { defineSeed } from './support/workspace-fixture';
import { describe, expect, seedsFor, test } from './support/studio-test';

/** Whether the element has the keyboard focus (the page's own check; the spec has no DOM types). */
function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((el) => el === (el.ownerDocument as unknown as { activeElement: unknown }).activeElement);
}

/** The data-index of the table row that has the keyboard focus, or -1 when the focus is not on one of its rows. */
function focusedRowIndex(table: Locator): Promise<number> {
  return table.evaluate((el) => {
    type Node = { tagName: string; getAttribute(name: string): string | null };
    const active = (el as unknown as { ownerDocument: { activeElement: Node | null } }).ownerDocument.activeElement;
    const inside = (el as unknown as { contains(node: unknown): boolean }).contains(active);
    return active && inside && active.tagName === 'TR' ? Number(active.getAttribute('data-index')) : -1;
  });
}

const TITLES = ['VP of Sales', 'Engineer', 'Account Executive', 'Data Analyst'];

/** 240 people at 30 firms: a job ranking everyone like the VPs keeps well over 100 candidates. */
function contactsCsv(): string {
  const header = ['Record ID', 'First Name', 'Last Name', 'Email', 'Job Title', 'Company Name', 'Number of Employees'];
  const rows = Array.from({ length: 240 }, (_, i) => [
    `c${i}`,
    `Person${i}`,
    'Scroller',
    `p${i}@firm${i % 30}.example`,
    TITLES[i % TITLES.length]!,
    `Firm ${i % 30}`,
    String(10 * (1 + (i % 40))),
  ]);
  return [header, ...rows].map((r) => r.join(',')).join('\r\n') + '\r\n';
}

const BIG_PAGE_WORKSPACE = defineSeed('grid-virtual', async (w) => {
  const file = join(w.dir, 'contacts.csv');
  writeFileSync(file, contactsCsv());
  await w.importFile(file);
  const { api, idle, workspace } = w.open();
  const segment = createSegment(workspace, { name: 'VPs', entity: 'leads', where: ['title contains VP'] }).id;
  await api['jobs.start']({ source: { kind: 'segment', id: segment }, minScore: 0, maxResults: 1000, strategy: 'centroid' });
  await idle();
});

describe('A big page of results', () => {
  seedsFor(BIG_PAGE_WORKSPACE);

  test('250 a page mounts only the rows in view, counts them all for assistive technology, and the keyboard reaches each', async ({ studio }) => {
    const { api, page, workspacePage } = await studio.open(BIG_PAGE_WORKSPACE, { viewport: { width: 1440, height: 900 } });
    const [job] = await api['jobs.list']();
    const total = job!.candidates;
    expect(total).toBeGreaterThan(150);
    const panel = await workspacePage.openCandidates(job!.id);
    const table = panel.root.getByTestId('candidates-table');

    // 50 a page: every row is there, as before.
    await expect.poll(() => table.locator('tbody tr[data-index]').count()).toBe(50);
    expect(await table.getAttribute('aria-rowcount')).toBeNull();

    // Every render from here on is watched: the grid never shows a frame without rows as the page turns virtual.
    await table.evaluate((el) => {
      // This runs in the page (the test's own types know no DOM globals).
      type Observer = new (callback: () => void) => { observe(target: unknown, options: { childList: boolean; subtree: boolean }): void };
      const w = globalThis as unknown as { rowCounts: number[]; MutationObserver: Observer };
      w.rowCounts = [];
      new w.MutationObserver(() => w.rowCounts.push(el.querySelectorAll('tbody tr[data-index]').length)).observe(el, { childList: true, subtree: true });
    });
    await panel.tools.setPageSize(250);
    await expect.poll(() => panel.range()).toBe(`Showing 1–${total} of ${total}`);
    // The table says it has every row (and its header row) though it mounts a window of them.
    await expect.poll(() => table.getAttribute('aria-rowcount')).toBe(String(total + 1));
    // Until the virtualiser measures its box it takes the window's height: wait for its window to settle.
    await expect.poll(() => table.locator('tbody tr[data-index]').count()).toBeGreaterThan(5);
    const mounted = await table.locator('tbody tr[data-index]').count();
    const counts = await page.evaluate(() => (globalThis as unknown as { rowCounts: number[] }).rowCounts);
    expect(counts.length).toBeGreaterThan(0);
    expect(Math.min(...counts)).toBeGreaterThan(0);
    expect(mounted).toBeGreaterThan(5);
    expect(mounted).toBeLessThan(total / 2);
    expect(await panel.row(total).count()).toBe(0);
    await workspacePage.screenshot(artifactPath('grid-virtual-250.png'));

    // End: the last row, mounted on the way; Home: back to the first.
    await panel.row(1).focus();
    await page.keyboard.press('End');
    await expect.poll(() => isFocused(panel.row(total))).toBe(true);
    expect(await panel.row(total).getAttribute('aria-rowindex')).toBe(String(total + 1));
    await expect.poll(() => panel.row(1).count()).toBe(0);
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => isFocused(panel.row(total - 1))).toBe(true);
    await page.keyboard.press('Space');
    await expect.poll(() => panel.root.getByLabel(`Select candidate ${total - 1}`, { exact: true }).isChecked()).toBe(true);
    await page.keyboard.press('Home');
    await expect.poll(() => isFocused(panel.row(1))).toBe(true);
    expect(await panel.row(1).getAttribute('aria-rowindex')).toBe('2');
    // Stepping down past the rows mounted at first: each arrow lands on the next row.
    for (let i = 0; i < mounted + 5; i++) await page.keyboard.press('ArrowDown');
    await expect.poll(() => isFocused(panel.row(mounted + 6))).toBe(true);
    await page.keyboard.press('Space');
    await expect.poll(() => panel.addToList.text()).toContain('2 leads selected');

    // Scrolling the box (the wheel over the grid) brings later rows in.
    await page.keyboard.press('Home');
    await table.hover();
    await page.mouse.wheel(0, 2000);
    await expect.poll(() => panel.row(1).count()).toBe(0);
    await expect.poll(async () => (await panel.shownRanks()).filter((r) => r > 40).length).toBeGreaterThan(0);
    // The focused row (the first) has scrolled out and unmounted: Tab into the table still lands on a row (the first mounted).
    await table.locator('thead').locator('button, input').last().focus();
    await page.keyboard.press('Tab');
    await expect.poll(() => focusedRowIndex(table)).toBeGreaterThan(20);
    await page.setViewportSize({ width: 1024, height: 768 });
    await workspacePage.screenshot(artifactPath('grid-virtual-1024.png'));
  });
});
