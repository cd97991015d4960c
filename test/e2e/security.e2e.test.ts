/**
 * What the browser build of the app promises about its page: the web host's
 * access token does not stay in the address bar (where history, bookmarks
 * and screenshots would keep it), and nothing the screens do logs an error,
 * Content Security Policy violations included (the host serves a strict CSP;
 * a chart or a panel that needs an inline script or style breaks it). Every
 * other journey fails on page errors too; this one walks every screen.
 */
import { ImportPanel } from './pages/import-panel';
import { BAD_ROWS_FILE, MAVEN, MAVEN_WITH_LISTS } from './support/seeds';
import { describe, expect, seedsFor, test } from './support/studio-test';

describe('The page the web host serves', () => {
  seedsFor(MAVEN, MAVEN_WITH_LISTS);

  test('drops the access token from the address bar once the page holds it', async ({ studio }) => {
    const { host, page } = await studio.open(MAVEN);
    expect(page.url()).toBe(`${host.origin}/`);
  });

  test('logs no console or page errors, CSP violations included', async ({ studio }) => {
    const { api, page, pageErrors, workspacePage } = await studio.open(MAVEN_WITH_LISTS);
    const batch = (await api['imports.list']()).find((b) => b.fileName === BAD_ROWS_FILE)!;
    await workspacePage.openRejects(batch.id);
    await workspacePage.nextRejectsPage();
    await workspacePage.closeRejects();

    const jobId = (await api['jobs.list']()).find((j) => j.candidates === 100)!.id;
    const candidates = await workspacePage.openCandidates(jobId);
    await candidates.backtestNotice().summary().waitFor();
    await candidates.histogramDrawings().first().waitFor();
    // The fullest bar as the chart draws it (it fits its bars to the scores).
    const bars = await candidates.histogramBars();
    await candidates.pickHistogramBar(bars.reduce((best, bar, i) => (bar.count > bars[best]!.count ? i : best), 0));
    await candidates.showAll();
    await candidates.select(1);
    await candidates.select(2);
    const compare = await candidates.compareSelected(2);
    await compare.close();
    await candidates.close();

    const list = (await api['lists.list']())[0]!;
    const listPanel = await workspacePage.openList(list.id);
    await listPanel.waitForMembers();
    await listPanel.close();

    await workspacePage.jobForm.open();
    await workspacePage.jobForm.chooseSource('sales_pipeline.csv');
    await workspacePage.jobForm.close();
    await workspacePage.segmentForm.open();
    await workspacePage.segmentForm.conditions('outcome = won');
    await expect.poll(() => workspacePage.segmentForm.count()).toContain('leads match now');
    const importPanel = new ImportPanel(page);
    await importPanel.open();
    await importPanel.close();

    expect(pageErrors).toEqual([]);
  });
});
