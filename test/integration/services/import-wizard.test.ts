/**
 * The import wizard's service side (issue 11, item 4), through the dispatch
 * table: the preview's first rows, readable field names and examples; two
 * columns claiming one field reported and refused at import; status values
 * remapped (or ignored) and applied; a mapping remembered per CRM and header
 * layout; rejected rows downloaded as a formula-safe CSV; a stopped import
 * recorded as stopped; and the running import found again after a reload.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportBatchDto, ImportPreviewDto, ImportProgressEvent, RejectsCsvDto } from '../../../src-main/contract/dto';
import { AppWorkspace } from '../../helpers/app-workspace';
import { DATA } from '../../helpers/temp-workspace';

const app = new AppWorkspace({ threads: 1, importFolders: (ws) => [ws.dir, DATA] });
const { ok, fails, writeLines: file } = app;
beforeEach(() => app.open());
afterEach(() => app.close());

const STATUSES = ['Closed Won', 'Nurturing', 'Nurturing', 'Bad Fit', 'Spam'];
const leads = (n: number) =>
  Array.from({ length: n }, (_, i) => `L${i},Person ${i},p${i}@firm${i}.example,p${i}@home.example,${STATUSES[i % STATUSES.length]}`);
const HEADER = 'Record ID,Full Name,Email,Personal Email,Lead Status';

describe('the import wizard', () => {
  it('previews the first 20 rows under readable field names, with examples for each column', async () => {
    const path = file('leads.csv', [HEADER, ...leads(30)]);
    const p = await ok<ImportPreviewDto>('imports.preview', { path });
    expect(p.sampleRows).toHaveLength(20);
    expect(p.sampleRows[0]).toEqual({ rowNumber: 2, cells: ['L0', 'Person 0', 'p0@firm0.example', 'p0@home.example', 'Closed Won'] });
    expect(p.fieldLabels).toMatchObject({ record_id: 'Record ID', email: 'Email', full_name: 'Full name' });
    expect(p.columns[0]).toMatchObject({ header: 'Record ID', field: 'record_id', examples: ['L0', 'L1', 'L2'], overridden: false });
    expect(p.conflicts).toEqual([]);
  });

  it('says which columns claim one field, and refuses the import until the other column is chosen for', async () => {
    const path = file('leads.csv', [HEADER, ...leads(10)]);
    const automatic = await ok<ImportPreviewDto>('imports.preview', { path });
    expect(automatic.columns.find((c) => c.header === 'Email')?.field).toBe('email');
    const clash = await ok<ImportPreviewDto>('imports.preview', { path, overrides: { 'Personal Email': 'email' } });
    expect(clash.conflicts).toEqual([{ field: 'email', chosen: 'Personal Email', displaced: 'Email' }]);
    expect(clash.columns.find((c) => c.header === 'Email')).toMatchObject({ field: null, ignored: false });

    await ok('imports.start', { path, overrides: { 'Personal Email': 'email' } });
    await app.services.idle();
    expect(app.importEvents.at(-1)).toMatchObject({ status: 'failed', message: expect.stringContaining('"Personal Email" and "Email" both claim email') });
    expect(app.ws.db.prepare('SELECT count(*) FROM leads').pluck().get()).toBe(0);

    // An explicit choice for the displaced column settles it.
    const settled = { 'Personal Email': 'email', Email: 'extra' };
    expect((await ok<ImportPreviewDto>('imports.preview', { path, overrides: settled })).conflicts).toEqual([]);
    await ok('imports.start', { path, overrides: settled });
    await app.services.idle();
    expect(app.importEvents.at(-1)).toMatchObject({ status: 'completed', counts: { imported: 10 } });
    expect(app.ws.db.prepare("SELECT email FROM leads WHERE record_id = 'L3'").pluck().get()).toBe('p3@home.example');
  });

  it('counts the status values, remaps them (or ignores them) and imports the outcomes chosen', async () => {
    const path = file('leads.csv', [HEADER, ...leads(10)]);
    const p = await ok<ImportPreviewDto>('imports.preview', { path });
    expect(p.statusValues?.column).toBe('Lead Status');
    expect(p.statusValues?.values).toEqual([
      { value: 'Nurturing', rows: 4, outcome: 'open', remapped: false },
      { value: 'Bad Fit', rows: 2, outcome: 'lost', remapped: false },
      { value: 'Closed Won', rows: 2, outcome: 'won', remapped: false },
      { value: 'Spam', rows: 2, outcome: 'open', remapped: false },
    ]);
    const outcomes = { Nurturing: 'replied', Spam: 'ignore' } as const;
    const remapped = await ok<ImportPreviewDto>('imports.preview', { path, outcomes });
    expect(remapped.statusValues?.values.find((v) => v.value === 'Nurturing')).toMatchObject({ outcome: 'replied', remapped: true });
    expect(remapped.statusValues?.values.find((v) => v.value === 'Spam')).toMatchObject({ outcome: null, remapped: true });
    expect(await fails('imports.preview', { path, outcomes: { Spam: 'winner' } })).toMatchObject({ code: 'invalid_input' });

    await ok('imports.start', { path, outcomes });
    await app.services.idle();
    const byOutcome = app.ws.db
      .prepare(
        `SELECT l.record_id AS id, m.outcome FROM leads l LEFT JOIN campaign_members m ON m.lead_id = l.id ORDER BY l.id`,
      )
      .all() as { id: string; outcome: string | null }[];
    const outcomeOf = (id: string) => byOutcome.find((r) => r.id === id)?.outcome ?? null;
    expect(outcomeOf('L0')).toBe('won'); // Closed Won, as the importer reads it
    expect(outcomeOf('L1')).toBe('replied'); // Nurturing, remapped
    expect(outcomeOf('L3')).toBe('lost'); // Bad Fit
    expect(outcomeOf('L4')).toBeNull(); // Spam, ignored: no outcome, not "open"
  });

  it('remembers the mapping per CRM and header layout, applies it to the next such file, and forgets it on reset', async () => {
    const first = file('first.csv', [HEADER, ...leads(5)]);
    const choices = { overrides: { 'Personal Email': 'email', Email: 'extra' }, outcomes: { Nurturing: 'replied' as const } };
    await ok('imports.start', { path: first, ...choices });
    await app.services.idle();

    const second = file('second.csv', [HEADER, ...leads(8).slice(5)]);
    const remembered = await ok<ImportPreviewDto>('imports.preview', { path: second });
    expect(remembered.template?.savedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(remembered.applied).toEqual({ ...choices, entity: null });
    expect(remembered.columns.find((c) => c.header === 'Personal Email')).toMatchObject({ field: 'email', overridden: true });

    // Another layout (a column more) is not that template's.
    const other = file('other.csv', [`${HEADER},Country`, ...leads(3).map((l) => `${l},France`)]);
    expect((await ok<ImportPreviewDto>('imports.preview', { path: other })).template).toBeNull();
    // Reset: previewed without it; importing without choices forgets it.
    const reset = await ok<ImportPreviewDto>('imports.preview', { path: second, template: false });
    expect(reset.template).toBeNull();
    expect(reset.columns.find((c) => c.header === 'Email')?.field).toBe('email');
    await ok('imports.start', { path: second });
    await app.services.idle();
    expect((await ok<ImportPreviewDto>('imports.preview', { path: second })).template).toBeNull();
  });

  it('downloads rejected rows as a CSV in the exports folder, formulas neutralised', async () => {
    const path = file('bad.csv', ['Record ID,Full Name,Email', 'A1,Ann,ann@x.example', '=1+2,Eve,x,y', 'A3,Too,many,cells']);
    await ok('imports.start', { path });
    await app.services.idle();
    const batch = (await ok<ImportBatchDto[]>('imports.list'))[0]!;
    expect(batch.rejected).toBe(2);
    const saved = await ok<RejectsCsvDto>('imports.rejectsCsv', { batchId: batch.id });
    expect(saved.rows).toBe(2);
    expect(saved.file).toContain(join(app.ws.dir, 'exports'));
    const text = readFileSync(saved.file, 'utf8');
    expect(text.split('\r\n')[0]).toBe('\uFEFFrow,column,reason,raw');
    // The raw row began with "=": written so that a spreadsheet shows it rather than runs it.
    expect(text).toContain(`"'=1+2,Eve,x,y"`);
    expect(text).not.toMatch(/(^|,)"?=1\+2/m);
    expect(text).toContain('4,,"4 cells, but the header has 3 columns","A3,Too,many,cells"');
    expect(await fails('imports.rejectsCsv', { batchId: 999 })).toMatchObject({ code: 'not_found' });
  });

  it('records a stopped import as stopped, and shows the running one to a window that asks after a reload', async () => {
    const rows = Array.from({ length: 60_000 }, (_, i) => `${i},Person ${i},p${i}@firm${i % 500}.example`);
    const path = file('big.csv', ['Record ID,Full Name,Email', ...rows]);
    expect(await ok('imports.current')).toBeNull();
    await ok('imports.start', { path });
    expect(await ok('imports.current')).toMatchObject({ file: 'big.csv', status: 'running' });
    // Stopped once rows are going in, as a user's Stop is.
    await expect.poll(() => app.importEvents.some((e) => e.rows > 0), { timeout: 20_000, interval: 5 }).toBe(true);
    expect(await ok<ImportProgressEvent>('imports.current')).toMatchObject({ rows: expect.any(Number), bytesRead: expect.any(Number) });
    await ok('imports.cancel');
    await app.services.idle();
    expect(await ok('imports.current')).toBeNull();
    expect((await ok<ImportBatchDto[]>('imports.list'))[0]).toMatchObject({ fileName: 'big.csv', status: 'stopped', imported: 0 });
  });

  it('on the Maven CRM sales pipeline: remaps a deal stage, imports it, and offers the same mapping for that CRM layout again', async () => {
    const path = join(DATA, 'maven-crm-sales-opportunities', 'sales_pipeline.csv');
    const p = await ok<ImportPreviewDto>('imports.preview', { path });
    expect(p.preset).toBe('Maven CRM sales pipeline');
    expect(p.statusValues?.column).toBe('deal_stage');
    expect(p.statusValues?.values.map((v) => [v.value, v.outcome])).toEqual(
      expect.arrayContaining([
        ['Won', 'won'],
        ['Lost', 'lost'],
        ['Engaging', 'open'],
      ]),
    );
    expect(p.statusValues?.values.reduce((n, v) => n + v.rows, 0)).toBe(p.statusValues?.rowsSampled);
    await ok('imports.start', { path, outcomes: { Engaging: 'replied' } });
    await app.services.idle();
    expect(app.importEvents.at(-1)).toMatchObject({ status: 'completed', counts: { imported: 8_800 } });
    const engaging = app.ws.db
      .prepare(`SELECT count(*) FROM campaign_members WHERE outcome = 'replied'`)
      .pluck()
      .get() as number;
    expect(engaging).toBeGreaterThan(0);
    const again = await ok<ImportPreviewDto>('imports.preview', { path });
    expect(again.template).not.toBeNull();
    expect(again.statusValues?.values.find((v) => v.value === 'Engaging')).toMatchObject({ outcome: 'replied', remapped: true });
  }, 60_000);
});
