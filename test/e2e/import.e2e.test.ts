/**
 * User journeys: getting CRM exports into a workspace and seeing what came
 * of them. From an empty workspace, a file is uploaded or dropped in the
 * window; on a workspace the Maven CRM export was imported into (with rows
 * to reject), the Workspace screen's counts, import history and rejected
 * rows are checked against the workspace itself.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { uploadsFolder } from '../../src-main/services/uploads';
import { ImportPanel } from './pages/import-panel';
import type { StatKey } from './pages/workspace-page';
import { seriousAccessibilityViolations } from './support/accessibility';
import { artifactPath } from './support/artifacts';
import { BAD_ROWS_FILE, EMPTY, MAVEN, MAVEN_DIR, REJECTS_PAGE_SIZE } from './support/seeds';
import { describe, expect, seedsFor, test } from './support/studio-test';

const STATS: StatKey[] = ['leads', 'companies', 'lists', 'segments', 'campaigns'];

describe('Workspace screen on an empty workspace', () => {
  seedsFor(EMPTY);

  test('shows zero counts and tells the user how to import into this workspace', async ({ studio }) => {
    const { workspacePage } = await studio.open(EMPTY);

    for (const key of STATS) expect(await workspacePage.statValue(key)).toBe(0);
    await workspacePage.openImports();
    const emptyText = await workspacePage.importsEmpty.innerText();
    expect(emptyText).toContain('Use Import CSV… above');
    expect(emptyText).not.toMatch(/npm run|--db/); // the window points to its own Import, not to a terminal (issue 11)
    await expect(workspacePage.importsTable.count()).resolves.toBe(0);
    await workspacePage.openLists();
    await expect(workspacePage.listsEmpty.count()).resolves.toBe(1);
  });

  test('imports a CRM export from the window: upload, preview, a column ignored, progress, and the history and counts follow', async ({ studio }) => {
    const { page, workspacePage, api, workspace, dbPath } = await studio.open(EMPTY);
    const importPanel = new ImportPanel(page);
    await importPanel.open();
    // A browser names no path on the host: there is no path field; the file itself is chosen or dropped, then uploaded.
    await expect(importPanel.textFields().count()).resolves.toBe(0);
    expect(await seriousAccessibilityViolations(page, ImportPanel.selector)).toEqual([]);
    // A dropped file the importer cannot read is named in the message, and the panel offers the picker again.
    await importPanel.dropFile('empty.csv', '');
    await expect.poll(() => importPanel.error().innerText()).toContain('empty.csv');
    await importPanel.chooseFile(join(MAVEN_DIR, 'accounts.csv'));
    const summary = await importPanel.summary().innerText();
    expect(summary).toContain('Recognised as Maven CRM accounts ·');
    await expect(importPanel.fieldFor('sector').inputValue()).resolves.toBe('industry');
    // Each column says why it goes where it goes (sector is the second column).
    await expect(importPanel.columnReasons().nth(1).innerText()).resolves.toBe('header matches the Maven CRM accounts preset');
    expect(await seriousAccessibilityViolations(page, ImportPanel.selector)).toEqual([]);
    await importPanel.fieldFor('office_location').selectOption('-');
    await expect.poll(() => importPanel.fieldFor('office_location').inputValue()).toBe('-');
    await importPanel.root.screenshot({ path: artifactPath('import-preview.png') });
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
    await workspacePage.screenshot(artifactPath('import.png'));
    await importPanel.close();
    // The uploaded copies went: the imported one with its import, the unreadable one when it failed its preview.
    await expect.poll(() => readdirSync(uploadsFolder(dbPath), { recursive: true }).filter((entry) => String(entry).endsWith('.csv'))).toEqual([]);
  });

  test('after an import with won leads, offers finding lookalikes of them: Find lookalikes opens with them chosen', async ({ studio }) => {
    const { page, workspacePage, api } = await studio.open(EMPTY);
    const importPanel = new ImportPanel(page);
    await importPanel.open();
    await importPanel.chooseFile(join(MAVEN_DIR, 'sales_pipeline.csv'));
    await importPanel.summary().waitFor();
    await importPanel.startImport();
    await expect.poll(() => importPanel.outcome().innerText(), { timeout: 60_000 }).toContain('Imported sales_pipeline.csv');
    const won = (await api['segments.count']({ entity: 'leads', where: ['outcome = won'] })).members;
    expect(won).toBeGreaterThan(0);
    await expect.poll(() => importPanel.nextStep().innerText()).toBe(`Find lookalikes of the ${won.toLocaleString('en-US')} won leads`);
    await workspacePage.screenshot(artifactPath('import-next-step.png'));
    await importPanel.nextStep().click();
    const form = workspacePage.jobForm;
    await form.root.waitFor();
    const like = form.root.getByLabel(/^Like/);
    await expect.poll(async () => (await like.locator('option:checked').innerText()).trim()).toMatch(/^Won leads — /);
    await expect(form.likeHint().innerText()).resolves.toContain('saves the segment “Won leads”');
    // The request is read and taken off the address: the Jobs view's own address, and Back goes to the import.
    await expect.poll(() => page.url()).toMatch(/#\/jobs$/);
    await page.goBack();
    await expect.poll(() => page.url()).toMatch(/#\/import$/);
  });

  test('imports a file dropped on the import panel, rejected row included', async ({ studio }) => {
    const { page, workspacePage, api } = await studio.open(EMPTY);
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
  });
});

describe('Workspace screen on a workspace imported from the Maven CRM export', () => {
  seedsFor(MAVEN);

  test('shows the counts the workspace holds', async ({ studio }) => {
    const { api, workspacePage } = await studio.open(MAVEN);
    const { stats, path } = await api['workspace.info']();
    expect(stats.leads + stats.companies).toBeGreaterThan(0);
    for (const key of STATS) {
      expect(await workspacePage.statValue(key), key).toBe(stats[key]);
      expect(await workspacePage.statText(key), key).toBe(stats[key].toLocaleString('en-US'));
    }
    expect(await workspacePage.workspacePath()).toBe(path);
  });

  test('lists every import batch with its file name and counts', async ({ studio }) => {
    const { api, workspacePage } = await studio.open(MAVEN);
    const batches = await api['imports.list']();
    expect(batches).toHaveLength(3);
    await workspacePage.openImports();
    await expect(workspacePage.importRows().count()).resolves.toBe(batches.length);
    for (const batch of batches) {
      const text = await workspacePage.importRow(batch.id).innerText();
      expect(text).toContain(batch.fileName);
      expect(text).toContain(batch.imported.toLocaleString('en-US'));
    }
  });

  test('opens the rejected rows of a batch, matching the workspace row for row', async ({ studio }) => {
    const { api, workspacePage } = await studio.open(MAVEN);
    const batch = (await api['imports.list']()).find((b) => b.fileName === BAD_ROWS_FILE);
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

  test('pages through rejected rows that do not fit on one page', async ({ studio }) => {
    const { api, workspacePage } = await studio.open(MAVEN);
    const batch = (await api['imports.list']()).find((b) => b.fileName === BAD_ROWS_FILE)!;
    expect(batch.rejected).toBeGreaterThan(REJECTS_PAGE_SIZE);
    await workspacePage.openRejects(batch.id);

    await workspacePage.nextRejectsPage();

    const second = await api['imports.rejects']({ batchId: batch.id, offset: REJECTS_PAGE_SIZE, limit: REJECTS_PAGE_SIZE });
    const shown = await workspacePage.rejectRowViews();
    expect(shown.map((r) => r.row)).toEqual(second.rows.map((r) => r.rowNumber.toLocaleString('en-US')));
    expect(await workspacePage.rejectsRange()).toBe(`Showing ${REJECTS_PAGE_SIZE + 1}–${batch.rejected} of ${batch.rejected}`);
  });

  test('saves a screenshot of the screen with a rejects panel open', async ({ studio }) => {
    const { api, workspacePage } = await studio.open(MAVEN);
    const batch = (await api['imports.list']()).find((b) => b.fileName === BAD_ROWS_FILE)!;
    await workspacePage.openRejects(batch.id);
    const png = await workspacePage.screenshot(artifactPath('workspace.png'));
    expect(png.length).toBeGreaterThan(10_000);
  });
});
