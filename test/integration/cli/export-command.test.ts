import Papa from 'papaparse';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { csvLines } from '../../../src-main/csv/export-csv';
import { finishJob, insertCandidates, insertJob, writeLookalikeScores } from '../../../src-main/db/queries/jobs';
import { addListMembers, insertList } from '../../../src-main/db/queries/lists';
import { openWorkspace, type Workspace } from '../../../src-main/db/workspace';
import { cli } from '../../helpers/run-cli';
import { CliWorkspace } from '../../helpers/cli-workspace';

const cw = new CliWorkspace();
const { run } = cw;
beforeEach(() => cw.open());
afterEach(() => cw.close());

function withWorkspace<T>(path: string, fn: (ws: Workspace) => T): T {
  const ws = openWorkspace(path);
  try {
    return fn(ws);
  } finally {
    ws.close();
  }
}

const leadIds = (path: string) =>
  withWorkspace(path, (ws) => Object.fromEntries((ws.db.prepare('SELECT email, id FROM leads').all() as { email: string; id: number }[]).map((r) => [r.email, r.id])));

/** A list holding every lead of the workspace; returns its id. */
const listOfAll = (path: string) =>
  withWorkspace(path, (ws) => {
    const list = insertList(ws.db, 'All', 'leads');
    addListMembers(ws.db, list, 'leads', ws.db.prepare('SELECT id FROM leads ORDER BY id').pluck().all() as number[]);
    return list;
  });

/** The file as a spreadsheet reads it: BOM checked and removed, then rows of cells keyed by header. */
function readExport(file: string): { raw: string; rows: Record<string, string>[] } {
  const raw = readFileSync(file, 'utf8');
  expect(raw.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<Record<string, string>>(raw.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return { raw, rows: parsed.data };
}

describe('lookalike export --job', () => {
  it("writes the job's candidates in rank order with score, reasons in words and the job id, as UTF-8 with BOM and CRLF", async () => {
    const ids = leadIds(cw.db);
    const job = withWorkspace(cw.db, (ws) => {
      const j = insertJob(ws.db, { entity: 'leads', sourceKind: 'campaign', sourceId: 1, sourceName: 'hubspot-contacts.csv', params: {} });
      insertCandidates(ws.db, j, [
        { recordId: ids['maria.garcia@gmail.com']!, score: 0.712345, reasons: { industry: 0.31, size: 0.12, seniority: 0.09, title: 0.19, geography: 0 } },
        { recordId: ids['wei@initech.io']!, score: 0.42, reasons: { geography: 0.4 } },
      ]);
      finishJob(ws.db, j, 'completed', { candidates: 2 });
      return j;
    });
    const out = join(cw.dir, 'lookalikes.csv');
    const r = await run('export', '--job', String(job), '--out', out);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Exported 2 leads to .*lookalikes\.csv/);
    const { raw, rows } = readExport(out);
    expect(raw.split('\r\n')[0]).toBe(
      '\uFEFFRecord ID,First Name,Last Name,Full Name,Email,Phone,Job Title,Seniority,Department,Company,Domain,Industry,Employees,' +
        'Annual Revenue,Country,State,City,Technologies,Intent,Lead Status,Lead Score,Campaign,Replied,Won,Outcome,Owner,Created At,' +
        'Lookalike Rank,Lookalike Score,Lookalike Reasons,Lookalike Job ID,Favourite Snack',
    );
    expect(raw.replace(/\r\n/g, '')).not.toContain('\n');
    expect(rows.map((row) => row['Email'])).toEqual(['maria.garcia@gmail.com', 'wei@initech.io']);
    expect(rows[0]).toMatchObject({
      'Record ID': '39779198737',
      'First Name': 'Maria',
      'Last Name': 'Garcia',
      'Job Title': 'Head of Growth',
      Company: 'Globex GmbH',
      Domain: 'globex.de',
      Employees: '1001-5000',
      'Lookalike Rank': '1',
      'Lookalike Score': '0.7123',
      'Lookalike Reasons': 'Industry 0.31; Title keywords 0.19; Company size 0.12',
      'Lookalike Job ID': String(job),
    });
    expect(rows[1]!['Lookalike Reasons']).toBe('Geography 0.40');
  });

  it('refuses a job that has not completed (exit 1) and writes no file', async () => {
    const job = withWorkspace(cw.db, (ws) => insertJob(ws.db, { entity: 'leads', sourceKind: 'list', sourceId: 1, sourceName: 'x', params: {} }));
    const out = join(cw.dir, 'pending.csv');
    const r = await run('export', '--job', String(job), '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/pending/);
    expect(existsSync(out)).toBe(false);
  });
});

describe('lookalike export --list', () => {
  it('neutralises text cells a spreadsheet would run as formulas, keeps numbers and normal values as they are', async () => {
    const ids = leadIds(cw.db);
    const list = listOfAll(cw.db);
    withWorkspace(cw.db, (ws) => {
      const set = ws.db.prepare('UPDATE leads SET title = ?, city = ?, revenue = ? WHERE id = ?');
      set.run('=HYPERLINK("http://evil.example","click")', '+1', -5, ids['jane@acme.com']);
      set.run('-2+3', '@SUM(1)', 1200.5, ids['john.smith@acme.com']);
      set.run('\tcmd', '\rcmd', null, ids['maria.garcia@gmail.com']);
      set.run('=1+1\nsecond line', 'Singapore', null, ids['wei@initech.io']);
    });
    const out = join(cw.dir, 'list.csv');
    expect((await run('export', '--list', String(list), '--out', out, '--for', 'spreadsheet')).code).toBe(0);
    const byEmail = Object.fromEntries(readExport(out).rows.map((row) => [row['Email'], row]));
    expect(byEmail['jane@acme.com']).toMatchObject({ 'Job Title': '\'=HYPERLINK("http://evil.example","click")', City: "'+1", 'Annual Revenue': '-5' });
    expect(byEmail['john.smith@acme.com']).toMatchObject({ 'Job Title': "'-2+3", City: "'@SUM(1)", 'Annual Revenue': '1200.5' });
    expect(byEmail['maria.garcia@gmail.com']).toMatchObject({ 'Job Title': "'\tcmd", City: "'\rcmd" });
    // papaparse's own escapeFormulae pattern misses a formula followed by a line break.
    expect(byEmail['wei@initech.io']).toMatchObject({ 'Job Title': "'=1+1\nsecond line", City: 'Singapore' });
    // Normal values are untouched, including a hyphen or plus inside a value.
    expect(byEmail['john.smith@acme.com']).toMatchObject({ 'First Name': 'John', Company: 'Acme, Inc.', 'Created At': '2024-03-13 10:00' });
  });

  it('--for crm (the default) writes a phone number exactly and still neutralises formulas; --for spreadsheet neutralises the phone too', async () => {
    const ids = leadIds(cw.db);
    const list = listOfAll(cw.db);
    withWorkspace(cw.db, (ws) => {
      const set = ws.db.prepare('UPDATE leads SET phone = ?, title = ? WHERE id = ?');
      set.run('+1 451 555 0100', '+cmd|\' /C calc\'!A0', ids['jane@acme.com']);
      set.run('-12.5', '@SUM(1)', ids['john.smith@acme.com']);
    });
    const crm = join(cw.dir, 'crm.csv');
    const r = await run('export', '--list', String(list), '--out', crm);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/for a CRM: values exact, formulas neutralised; extra columns: Favourite Snack\)\.$/m);
    const byEmail = (file: string) => Object.fromEntries(readExport(file).rows.map((row) => [row['Email'], row]));
    expect(byEmail(crm)['jane@acme.com']).toMatchObject({ Phone: '+1 451 555 0100', 'Job Title': "'+cmd|' /C calc'!A0" });
    expect(byEmail(crm)['john.smith@acme.com']).toMatchObject({ Phone: '-12.5', 'Job Title': "'@SUM(1)" });

    const sheet = join(cw.dir, 'sheet.csv');
    const json = await run('export', '--list', String(list), '--out', sheet, '--for', 'spreadsheet', '--json');
    expect(JSON.parse(json.stdout)).toMatchObject({ flavour: 'spreadsheet', extraColumns: ['Favourite Snack'], extraColumnsCapped: false });
    expect(byEmail(sheet)['jane@acme.com']).toMatchObject({ Phone: "'+1 451 555 0100", 'Job Title': "'+cmd|' /C calc'!A0" });
    expect(byEmail(sheet)['john.smith@acme.com']).toMatchObject({ Phone: "'-12.5" });
  });

  it('--extra all (the default), none or named headers choose the imported extra columns after the lookalike ones', async () => {
    const list = listOfAll(cw.db);
    const header = async (...extra: string[]) => {
      const out = join(cw.dir, `extra-${extra.length}-${extra[0] ?? 'default'}.csv`);
      expect((await run('export', '--list', String(list), '--out', out, ...extra)).code).toBe(0);
      return readFileSync(out, 'utf8').slice(1).split('\r\n')[0]!.split(',').slice(-2);
    };
    expect(await header()).toEqual(['Lookalike Job ID', 'Favourite Snack']);
    expect(await header('--extra', 'all')).toEqual(['Lookalike Job ID', 'Favourite Snack']);
    expect(await header('--extra', 'none')).toEqual(['Lookalike Reasons', 'Lookalike Job ID']);
    expect(await header('--extra', 'Favourite Snack', '--extra', 'Shoe Size')).toEqual(['Favourite Snack', 'Shoe Size']);
    const snacks = readExport(join(cw.dir, 'extra-0-default.csv')).rows.map((row) => row['Favourite Snack']);
    expect(snacks).toContain('crisps');
  });

  it('exits 2 for an unknown --for or a mix of --extra all and headers', async () => {
    const list = listOfAll(cw.db);
    const out = join(cw.dir, 'bad.csv');
    expect((await run('export', '--list', String(list), '--out', out, '--for', 'excel')).code).toBe(2);
    expect((await run('export', '--list', String(list), '--out', out, '--extra', 'all', '--extra', 'Favourite Snack')).code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });

  it('neutralises exactly the cells starting with = + - @ tab or CR', () => {
    const cells = ['=A1', '+1', '-1', '@x', '\tx', '\rx', 'a=1', ' =1', '1-2', "'quoted", 'x\n=1', -5, 3.25];
    const parsed = Papa.parse<string[]>(csvLines([cells])).data[0];
    expect(parsed).toEqual(["'=A1", "'+1", "'-1", "'@x", "'\tx", "'\rx", 'a=1', ' =1', '1-2', "'quoted", 'x\n=1', '-5', '3.25']);
  });

  it("gives each member its latest lookalike score, that job's reasons and id, and leaves never-scored members blank", async () => {
    const ids = leadIds(cw.db);
    const list = listOfAll(cw.db);
    const job = withWorkspace(cw.db, (ws) => {
      const j = insertJob(ws.db, { entity: 'leads', sourceKind: 'campaign', sourceId: 1, sourceName: 'c', params: {} });
      const candidates = [{ recordId: ids['wei@initech.io']!, score: 0.5, reasons: { role: 0.3, intent: 0.2 } }];
      insertCandidates(ws.db, j, candidates);
      finishJob(ws.db, j, 'completed', { candidates: 1 });
      writeLookalikeScores(ws.db, 'leads', 'campaign:1', j, candidates);
      return j;
    });
    const out = join(cw.dir, 'scored.csv');
    expect((await run('export', '--list', String(list), '--out', out)).code).toBe(0);
    const byEmail = Object.fromEntries(readExport(out).rows.map((row) => [row['Email'], row]));
    expect(byEmail['wei@initech.io']).toMatchObject({ 'Lookalike Score': '0.5', 'Lookalike Reasons': 'Role family 0.30; Intent signals 0.20', 'Lookalike Job ID': String(job), 'Lookalike Rank': '1' });
    expect(byEmail['jane@acme.com']).toMatchObject({ 'Lookalike Score': '', 'Lookalike Reasons': '', 'Lookalike Job ID': '' });
  });

  it('re-imports into a fresh workspace with the same leads, fields and outcomes (round trip)', async () => {
    const list = listOfAll(cw.db);
    const out = join(cw.dir, 'round-trip.csv');
    expect((await run('export', '--list', String(list), '--out', out)).code).toBe(0);
    const fresh = join(cw.dir, 'fresh.db');
    const imported = await cli(['import', out, '--db', fresh, '--json'], cw.dir);
    expect(imported.stderr).toBe('');
    expect(JSON.parse(imported.stdout)).toMatchObject({ entity: 'leads', imported: 4, rejected: 0 });
    const fields =
      'record_id, first_name, last_name, full_name, email, title, company, domain, industry, employees, employees_range, country, city, status, score, outcome, created_at';
    const snapshot = (path: string) => withWorkspace(path, (ws) => ws.db.prepare(`SELECT ${fields} FROM leads ORDER BY record_id`).all());
    expect(snapshot(fresh)).toEqual(snapshot(cw.db));
    // Companies are rebuilt from the domain and name columns the same way.
    const companies = (path: string) => withWorkspace(path, (ws) => ws.db.prepare('SELECT domain FROM companies ORDER BY domain').pluck().all());
    expect(companies(fresh)).toEqual(companies(cw.db));
  });

  it('pages through a list longer than one page, in member order, without losing or repeating a row', async () => {
    const big = join(cw.dir, 'big.csv');
    const lines = ['Email,First Name,Job Title'];
    for (let i = 0; i < 4500; i++) lines.push(`p${i}@bulk.example,P${i},Analyst ${i}`);
    writeFileSync(big, lines.join('\n'));
    const bulkDb = join(cw.dir, 'bulk.db');
    expect((await cli(['import', big, '--db', bulkDb], cw.dir)).code).toBe(0);
    const list = listOfAll(bulkDb);
    const out = join(cw.dir, 'bulk-out.csv');
    const r = await cli(['export', '--list', String(list), '--out', out, '--db', bulkDb, '--json'], cw.dir);
    expect(JSON.parse(r.stdout)).toMatchObject({ rows: 4500, entity: 'leads' });
    const emails = readExport(out).rows.map((row) => row['Email']);
    expect(emails).toHaveLength(4500);
    expect(new Set(emails).size).toBe(4500);
    expect(emails[0]).toBe('p0@bulk.example');
    expect(emails[4499]).toBe('p4499@bulk.example');
  });

  it('exports a companies list under company headers', async () => {
    const list = withWorkspace(cw.db, (ws) => {
      const l = insertList(ws.db, 'Accounts', 'companies');
      addListMembers(ws.db, l, 'companies', ws.db.prepare('SELECT id FROM companies ORDER BY id').pluck().all() as number[]);
      return l;
    });
    const out = join(cw.dir, 'accounts.csv');
    expect((await run('export', '--list', String(list), '--out', out)).code).toBe(0);
    const { rows } = readExport(out);
    expect(rows.map((row) => row['Company Name'])).toEqual(expect.arrayContaining(['Globex GmbH', 'Initech']));
    expect(Object.keys(rows[0]!)).toEqual(expect.arrayContaining(['Record ID', 'Domain', 'Lookalike Score']));
  });

  it('exits 2 without exactly one source or without --out, and 1 for an unknown list or an unwritable folder, leaving no file', async () => {
    const list = listOfAll(cw.db);
    expect((await run('export', '--out', join(cw.dir, 'a.csv'))).code).toBe(2);
    expect((await run('export', '--list', '1', '--job', '1', '--out', join(cw.dir, 'a.csv'))).code).toBe(2);
    expect((await run('export', '--list', String(list))).code).toBe(2);
    expect((await run('export', '--list', 'x', '--out', join(cw.dir, 'a.csv'))).code).toBe(2);
    expect((await run('export', '--list', '99', '--out', join(cw.dir, 'a.csv'))).code).toBe(1);
    const r = await run('export', '--list', String(list), '--out', join(cw.dir, 'missing-folder', 'a.csv'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Cannot write .*missing-folder/);
    expect(readdirSync(cw.dir).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });
});
