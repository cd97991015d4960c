/**
 * User journeys through the import wizard (issue 11, item 4), each on an
 * empty workspace: the 20-row preview under readable field names, two
 * columns claiming one field settled before importing, status values
 * remapped, the mapping remembered for the next file laid out the same; a
 * header-only and an all-rejected file said plainly, the rejected rows
 * downloaded; and an import still running after a reload, stopped there and
 * shown as stopped.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ImportPanel, RejectedRows } from './pages/import-panel';
import { artifactPath } from './support/artifacts';
import { EMPTY } from './support/seeds';
import { describe, expect, seedsFor, test } from './support/studio-test';

const STATUSES = ['Closed Won', 'Nurturing', 'Nurturing', 'Bad Fit', 'Spam'];
const HEADER = 'Record ID,Full Name,Work Email,Personal Email,Lead Status';
const leadsCsv = (from: number, n: number) =>
  [HEADER, ...Array.from({ length: n }, (_, k) => {
    const i = from + k;
    return `L${i},Person ${i},p${i}@firm${i}.example,p${i}@home.example,${STATUSES[i % STATUSES.length]}`;
  })].join('\n') + '\n';

describe('the import wizard', () => {
  seedsFor(EMPTY);

  test('previews 20 rows under readable names, settles a clash, remaps outcomes, and remembers the mapping for the next such file', async ({ studio }) => {
    const { page, workspace } = await studio.open(EMPTY);
    const panel = new ImportPanel(page);
    await panel.open();
    await panel.dropFile('week-1.csv', leadsCsv(0, 30));
    await panel.summary().waitFor();

    // The first 20 rows, under the field table's names, never raw ones like record_id.
    await expect.poll(() => panel.sampleRows().count()).toBe(20);
    expect(await panel.sampleFieldNames()).toEqual(['Record ID', 'Full name', 'Email', 'Extra: Personal Email', 'Status']);
    expect(await panel.fieldLabelFor('Record ID')).toBe('Record ID');
    expect((await panel.columnExamples())[0]).toEqual(['L0', 'L1', 'L2']);

    // Mapping Personal Email onto Email clashes with Work Email: said plainly, and Import waits.
    await panel.chooseField('Personal Email', 'email');
    await expect.poll(() => panel.conflicts().count()).toBe(1);
    expect(await panel.conflicts().innerText()).toContain('Email is claimed by two columns: “Personal Email” (your choice) and “Work Email”');
    await expect(panel.importButton().isDisabled()).resolves.toBe(true);
    await panel.root.screenshot({ path: artifactPath('import-wizard-conflict.png') });
    await panel.keepColumn('Personal Email');
    await expect.poll(() => panel.conflicts().count()).toBe(0);
    await expect.poll(() => panel.fieldFor('Work Email').inputValue()).toBe('extra');
    await expect(panel.importButton().isDisabled()).resolves.toBe(false);

    // The status column's values with their counts, remapped.
    expect(await panel.statusValues()).toEqual([
      ['Nurturing', '12', 'open'],
      ['Bad Fit', '6', 'lost'],
      ['Closed Won', '6', 'won'],
      ['Spam', '6', 'open'],
    ]);
    await panel.remapOutcome('Nurturing', 'replied');
    await expect.poll(() => panel.root.getByLabel('Outcome for Nurturing').inputValue()).toBe('replied');
    await panel.remapOutcome('Spam', 'ignore');
    await expect.poll(() => panel.root.getByLabel('Outcome for Spam').inputValue()).toBe('ignore');
    await panel.root.screenshot({ path: artifactPath('import-wizard-preview.png') });
    await panel.startImport();
    await expect.poll(() => panel.outcome().innerText(), { timeout: 30_000 }).toBe('Imported week-1.csv: 30 new, 0 updated, 0 unchanged.');
    const outcome = (id: string) =>
      workspace.db.prepare('SELECT m.outcome FROM leads l LEFT JOIN campaign_members m ON m.lead_id = l.id WHERE l.record_id = ?').pluck().get(id);
    expect(workspace.db.prepare("SELECT email FROM leads WHERE record_id = 'L1'").pluck().get()).toBe('p1@home.example');
    expect(outcome('L1')).toBe('replied');
    expect(outcome('L4')).toBeNull();
    await panel.close();

    // Next week's export, laid out the same: the mapping comes back, and Reset returns to the importer's.
    await panel.open();
    await panel.dropFile('week-2.csv', leadsCsv(30, 10));
    await panel.summary().waitFor();
    await expect.poll(() => panel.templateNote().innerText()).toMatch(/^Using your mapping from .+ for files laid out like this one\./);
    expect(await panel.fieldFor('Personal Email').inputValue()).toBe('email');
    expect(await panel.root.getByLabel('Outcome for Nurturing').inputValue()).toBe('replied');
    await panel.root.screenshot({ path: artifactPath('import-wizard-template.png') });
    await panel.resetTemplate();
    await expect.poll(() => panel.templateNote().count()).toBe(0);
    expect(await panel.fieldFor('Personal Email').inputValue()).toBe('extra');
    expect(await panel.fieldFor('Work Email').inputValue()).toBe('email');
  });

  test('a file of 2,000 columns: the mapping mounts only the rows in view, Find a column reaches any one, and the first rows show 40 columns', async ({ studio }) => {
    const { page, workspace } = await studio.open(EMPTY);
    const panel = new ImportPanel(page);
    const extras = Array.from({ length: 1997 }, (_, i) => `Signal ${String(i + 1).padStart(4, '0')}`);
    const row = (i: number) => [`p${i}@firm${i}.example`, `Person ${i}`, ...extras.map((_, k) => (k === 1234 ? 'Enterprise' : `v${(i + k) % 7}`))].join(',');
    const csv = [['Email', 'Full Name', 'Plan Tier', ...extras].join(','), ...Array.from({ length: 30 }, (_, i) => row(i).replace(/^([^,]*,[^,]*),/, `$1,Tier ${i % 3},`))].join('\n') + '\n';
    await panel.open();
    await panel.dropFile('wide.csv', csv);
    await panel.summary().waitFor();

    // 2,000 columns listed, a screenful mounted: mounting all of them froze the page for seconds.
    await expect.poll(() => panel.findCount().innerText()).toBe('2,000 columns');
    const mounted = await panel.mountedColumnRows().count();
    expect(mounted).toBeGreaterThan(5);
    expect(mounted).toBeLessThan(100);
    expect(await panel.sampleFieldNames()).toHaveLength(40);
    expect(await panel.sampleColumnsNote().innerText()).toBe('Showing 40 of 2,000 columns; find a column above to see its values here.');

    // Any column is a search away, in the mapping and in the first rows; then mapped like any other.
    await panel.findColumn('signal 1235');
    await expect.poll(() => panel.findCount().innerText()).toBe('1 of 2,000 columns');
    await expect.poll(() => panel.mountedColumnRows().count()).toBe(1);
    expect(await panel.sampleFieldNames()).toEqual(['Extra: Signal 1235']);
    expect(await panel.sampleColumnsNote().count()).toBe(0);
    await panel.findColumn('tier');
    await expect.poll(() => panel.findCount().innerText()).toBe('1 of 2,000 columns');
    await panel.chooseField('Plan Tier', '-');
    await expect.poll(() => panel.fieldFor('Plan Tier').inputValue()).toBe('-');
    await panel.root.screenshot({ path: artifactPath('import-wizard-wide.png') });
    await panel.findColumn('zzz');
    await expect.poll(() => panel.root.getByTestId('import-columns-none').count()).toBe(1);
    expect(await panel.sampleColumnsNote().innerText()).toBe('No column found to show; clear “Find a column” to see the first rows.');
    expect(await panel.sampleRows().count()).toBe(0);
    await panel.findColumn('');
    await panel.startImport();
    await expect.poll(() => panel.outcome().innerText(), { timeout: 60_000 }).toBe('Imported wide.csv: 30 new, 0 updated, 0 unchanged.');
    const extra = JSON.parse(workspace.db.prepare("SELECT extra FROM leads WHERE email = 'p3@firm3.example'").pluck().get() as string) as Record<string, string>;
    expect(extra['Signal 1235']).toBe('Enterprise');
    expect(extra['Plan Tier']).toBeUndefined();
  });

  test('says plainly when a file has no data rows or every row is rejected, and downloads the rejected rows', async ({ studio }) => {
    const { page, dir } = await studio.open(EMPTY);
    const panel = new ImportPanel(page);
    await panel.open();
    await panel.dropFile('header-only.csv', 'Record ID,Full Name,Email\n');
    await panel.startImport();
    await expect.poll(() => panel.outcome().innerText(), { timeout: 30_000 }).toBe('header-only.csv has a header row but no data rows: nothing was imported.');
    await panel.close();

    await panel.open();
    await panel.dropFile('all-bad.csv', 'Record ID,Full Name,Email\nB1,Too,many,cells\n=1+2,Bad,row,here\n');
    await panel.startImport();
    await expect
      .poll(() => panel.outcome().first().innerText(), { timeout: 30_000 })
      .toBe('Nothing was imported from all-bad.csv: all 2 rows were rejected. The rejected rows are below.');
    await expect.poll(() => panel.rejectsTable().getByTestId('reject-row').count()).toBe(2);
    await panel.root.screenshot({ path: artifactPath('import-wizard-all-rejected.png') });
    const saved = await new RejectedRows(panel.root.getByTestId('rejects-panel')).download();
    expect(saved.startsWith(join(dir, 'exports'))).toBe(true);
    const csv = readFileSync(saved, 'utf8');
    expect(csv).toContain('"B1,Too,many,cells"');
    expect(csv).toContain(`"'=1+2,Bad,row,here"`); // a formula in the raw text is neutralised
  });

  test('a running import is shown again after a reload, with its progress and Stop, and ends as stopped', async ({ studio }) => {
    const { page, workspacePage, dir, api } = await studio.open(EMPTY);
    const big = join(dir, 'big-leads.csv');
    const rows = Array.from({ length: 250_000 }, (_, i) => `${i},Person ${i},p${i}@firm${i % 997}.example,VP of Sales,Firm ${i % 997}`);
    writeFileSync(big, ['Record ID,Full Name,Email,Job Title,Company Name', ...rows].join('\n'));
    const panel = new ImportPanel(page);
    await panel.open();
    await panel.chooseFile(big);
    await panel.summary().waitFor();
    await panel.startImport();
    await expect.poll(() => panel.rowsRead().innerText(), { timeout: 30_000 }).toMatch(/rows read/);

    await page.reload();
    await expect.poll(() => panel.rowsRead().innerText(), { timeout: 30_000 }).toMatch(/^[\d,]+ rows read$/);
    const before = Number((await panel.rowsRead().innerText()).replace(/\D/g, ''));
    await expect.poll(async () => Number((await panel.rowsRead().innerText()).replace(/\D/g, '')), { timeout: 30_000 }).toBeGreaterThan(before);
    await panel.root.screenshot({ path: artifactPath('import-wizard-reattached.png') });
    await panel.stop();
    await expect.poll(() => panel.outcome().innerText(), { timeout: 30_000 }).toBe('Stopped the import of big-leads.csv: nothing from it was kept.');

    const batch = (await api['imports.list']())[0]!;
    expect(batch).toMatchObject({ fileName: 'big-leads.csv', status: 'stopped', imported: 0 });
    await panel.close();
    await expect.poll(() => workspacePage.importRow(batch.id).innerText()).toContain('Stopped');
  });

  for (const [width, colorScheme] of [[1024, 'dark'], [1440, 'light']] as const) {
    test(`fits the preview, its conflict and outcomes in ${width} px, ${colorScheme}`, async ({ studio }) => {
      const { page } = await studio.open(EMPTY, { viewport: { width, height: 900 }, colorScheme });
      const panel = new ImportPanel(page);
      await panel.open();
      await panel.dropFile('wide.csv', leadsCsv(0, 25));
      await panel.summary().waitFor();
      await panel.chooseField('Personal Email', 'email');
      await expect.poll(() => panel.conflicts().count()).toBe(1);
      // Nothing spills out of the panel sideways: the first rows scroll inside their own box.
      const overflow = await panel.root.evaluate((el) => el.scrollWidth - el.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await panel.root.screenshot({ path: artifactPath(`import-wizard-${width}-${colorScheme}.png`) });
    });
  }
});
