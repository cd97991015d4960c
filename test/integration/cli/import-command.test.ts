import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli, npmCli } from '../../helpers/run-cli';
import { DATA, tempDir } from '../../helpers/temp-workspace';

const FIXTURES = new URL('../../fixtures/import/', import.meta.url).pathname;
let t: ReturnType<typeof tempDir>;
let db: string;
beforeEach(() => {
  t = tempDir();
  db = join(t.dir, 'ws.db');
});
afterEach(() => t.cleanup());

const query = <T>(sql: string, ...params: unknown[]): T[] => {
  const d = new Database(db, { readonly: true });
  try {
    return d.prepare(sql).all(...params) as T[];
  } finally {
    d.close();
  }
};

describe('lookalike import', () => {
  it('imports a HubSpot export, prints the counts as JSON, and links leads to companies by domain and name', async () => {
    const r = await cli(['import', join(FIXTURES, 'hubspot-contacts.csv'), '--db', db, '--json'], t.dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ imported: 4, updated: 0, unchanged: 0, rejected: 0, preset: expect.stringMatching(/HubSpot/) });
    expect(out.batchId).toBeGreaterThan(0);

    const leads = query<{ email: string; company_id: number; outcome: string; extra: string | null }>(
      'SELECT email, company_id, outcome, extra FROM leads ORDER BY record_id',
    );
    // Jane (acme.com website) and John ("Acme, Inc." with an acme.com email) are the same company.
    expect(leads[0]!.company_id).toBe(leads[1]!.company_id);
    expect(leads[1]!.email).toBe('john.smith@acme.com');
    expect(leads[0]!.outcome).toBe('won'); // Lifecycle Stage = Customer
    // A gmail address is not Globex's domain; the website is.
    const globex = query<{ domain: string }>("SELECT domain FROM companies WHERE name = 'Globex GmbH'");
    expect(globex).toEqual([{ domain: 'globex.de' }]);
    // Unmapped columns are kept, formulas as plain text.
    expect(JSON.parse(leads[0]!.extra!)).toEqual({ 'Favourite Snack': 'crisps' });
    expect(JSON.parse(leads[2]!.extra!)['Favourite Snack']).toBe('=HYPERLINK("http://evil.example","click")');
  });

  it('re-importing the same file changes nothing; an edited export updates only what changed', async () => {
    const src = join(FIXTURES, 'hubspot-contacts.csv');
    await cli(['import', src, '--db', db, '--json'], t.dir);
    const again = JSON.parse((await cli(['import', src, '--db', db, '--json'], t.dir)).stdout);
    expect(again).toMatchObject({ imported: 0, updated: 0, unchanged: 4 });

    const { readFileSync } = await import('node:fs');
    const edited = join(t.dir, 'edited.csv');
    writeFileSync(edited, readFileSync(src, 'utf8').replace('Head of Growth', 'VP Growth') + '39779198739,New,Person,new@hooli.com,CEO,Hooli,hooli.com,Internet,5000,United States,Palo Alto,Lead,NEW,10,2024-04-01 09:00,\n');
    const third = JSON.parse((await cli(['import', edited, '--db', db, '--json'], t.dir)).stdout);
    expect(third).toMatchObject({ imported: 1, updated: 1, unchanged: 3 });
    expect(query("SELECT title FROM leads WHERE record_id = '39779198737'")).toEqual([{ title: 'VP Growth' }]);
  });

  it('rejects a row with more fields than the header, keeps the others, and lists it with rejects', async () => {
    const r = await cli(['import', join(FIXTURES, 'ragged.csv'), '--db', db, '--json'], t.dir);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ imported: 2, rejected: 1 });
    const rejects = await cli(['rejects', String(out.batchId), '--db', db], t.dir);
    expect(rejects.code).toBe(0);
    const lines = rejects.stdout.trim().split('\n');
    expect(lines[0]).toBe('row,column,reason,raw');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^3,/); // the header is row 1, Bob is row 3
    expect(lines[1]).toContain('EXTRA');
  });

  it('says which rows held bytes the encoding could not read, keeping the rows and the rest of the file as UTF-8', async () => {
    const file = join(t.dir, 'stray-byte.csv');
    const lines = ['Record ID,First Name,Last Name,Email', ...Array.from({ length: 8 }, (_, i) => `R${i},André,Pérez,a${i}@x.io`)];
    lines[5] = 'R4,Ren\x96e,Müller,r4@x.io';
    writeFileSync(file, buildMixed(lines));
    const r = await cli(['import', file, '--db', db], t.dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/8 new/);
    expect(r.stdout).toContain('1 warning (1 unreadable byte stored as �):');
    expect(r.stdout).toMatch(/row 6, column First Name: 1 byte not valid UTF-8, replaced with �/);
    // Every other accented name is read as UTF-8, not re-decoded as a code page.
    expect(query<{ n: number }>("SELECT count(*) AS n FROM leads WHERE first_name = 'André'")[0]!.n).toBe(7);
  });

  it('keeps the rows around an unterminated quote and rejects the broken one with its row number', async () => {
    const out = JSON.parse((await cli(['import', join(FIXTURES, 'unterminated.csv'), '--db', db, '--json'], t.dir)).stdout);
    expect(out).toMatchObject({ imported: 2, rejected: 1 });
    expect(query('SELECT record_id FROM leads ORDER BY record_id')).toEqual([{ record_id: '1' }, { record_id: '3' }]);
    const rejects = query<{ row_number: number; reason: string }>('SELECT row_number, reason FROM rejected_rows');
    expect(rejects[0]!.row_number).toBe(3);
    expect(rejects[0]!.reason).toMatch(/quot/i);
  });

  it('fails on an empty file with a message naming it, exit 1, and writes nothing', async () => {
    const r = await cli(['import', join(FIXTURES, 'empty.csv'), '--db', db], t.dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/empty\.csv/);
    expect(r.stderr).toMatch(/empty/i);
    expect(query('SELECT count(*) AS n FROM leads')).toEqual([{ n: 0 }]);
  });

  it('imports a header-only file as zero rows', async () => {
    const r = await cli(['import', join(FIXTURES, 'header-only.csv'), '--db', db, '--json'], t.dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ imported: 0, rejected: 0, rowsTotal: 0 });
  });

  it('refuses a binary file named .csv with exit 1 and a clear message', async () => {
    const png = join(t.dir, 'photo.csv');
    writeFileSync(png, Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.alloc(4000, 7)]));
    const r = await cli(['import', png, '--db', db], t.dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/photo\.csv/);
    expect(r.stderr).toMatch(/not text|binary/i);
  });

  it('rejects a row with NUL bytes naming the column, and imports the rest', async () => {
    const f = join(t.dir, 'nul.csv');
    writeFileSync(f, 'Record ID,First Name,Email\n1,Ann,ann@a.com\n2,B\u0000ob,bob@b.com\n3,Cid,cid@c.com\n');
    const out = JSON.parse((await cli(['import', f, '--db', db, '--json'], t.dir)).stdout);
    expect(out).toMatchObject({ imported: 2, rejected: 1 });
    expect(query('SELECT row_number, column_name FROM rejected_rows')).toEqual([{ row_number: 3, column_name: 'First Name' }]);
  });

  it('stores a 5 MB single field intact', async () => {
    const f = join(t.dir, 'big.csv');
    const big = 'x'.repeat(5 * 1024 * 1024);
    writeFileSync(f, `Record ID,Notes\n1,"${big}"\n2,short\n`);
    const out = JSON.parse((await cli(['import', f, '--db', db, '--json'], t.dir)).stdout);
    expect(out).toMatchObject({ imported: 2, rejected: 0 });
    expect(query<{ n: number }>("SELECT length(json_extract(extra, '$.Notes')) AS n FROM leads WHERE record_id = '1'")[0]!.n).toBe(big.length);
  });

  it('keeps both columns of a duplicated header', async () => {
    const out = JSON.parse((await cli(['import', join(FIXTURES, 'duplicate-headers.csv'), '--db', db, '--json'], t.dir)).stdout);
    expect(out).toMatchObject({ imported: 1, rejected: 0 });
    const [lead] = query<{ email: string; phone: string; extra: string }>('SELECT email, phone, extra FROM leads');
    expect(lead!.email).toBe('ann@a.com');
    const extra = JSON.parse(lead!.extra);
    expect(Object.values(extra)).toEqual(expect.arrayContaining(['ann.alt@a.com', '222']));
  });

  it('rolls the whole batch back when a row fails to store, naming the file and row, and records the failed batch', async () => {
    await cli(['stats', '--db', db], t.dir).catch(() => undefined);
    const { openWorkspace } = await import('../../../src-main/db/workspace');
    const ws = openWorkspace(db);
    // A trigger stands in for any storage failure in the middle of a file.
    ws.db.exec("CREATE TRIGGER boom BEFORE INSERT ON leads WHEN NEW.first_name = 'Maria' BEGIN SELECT RAISE(ABORT, 'disk says no'); END");
    ws.close();
    const r = await cli(['import', join(FIXTURES, 'hubspot-contacts.csv'), '--db', db], t.dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/hubspot-contacts\.csv, row 4/);
    expect(query('SELECT count(*) AS n FROM leads')).toEqual([{ n: 0 }]);
    expect(query('SELECT count(*) AS n FROM companies')).toEqual([{ n: 0 }]);
    expect(query<{ status: string; error: string }>('SELECT status, error FROM import_batches')).toEqual([
      { status: 'failed', error: expect.stringMatching(/row 4/) },
    ]);
  });

  it('--dry-run prints the preset, mapping, outcomes and first rows and writes nothing', async () => {
    const r = await cli(['import', join(FIXTURES, 'hubspot-contacts.csv'), '--db', db, '--dry-run'], t.dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Preset\s+HubSpot/);
    expect(r.stdout).toMatch(/Job Title\s+→ title/);
    expect(r.stdout).toMatch(/Favourite Snack\s+→ \(kept as extra field\)/);
    expect(r.stdout).toMatch(/Lifecycle Stage: Customer → won/);
    expect(r.stdout).toMatch(/Lead Status: UNQUALIFIED → lost/);
    expect(r.stdout).toContain('jane@acme.com');
    const { existsSync } = await import('node:fs');
    expect(existsSync(db)).toBe(false);
  });

  it('--dry-run against a workspace counts the rows that would update its records, and writes nothing to it', async () => {
    const contacts = join(FIXTURES, 'hubspot-contacts.csv');
    expect((await cli(['import', contacts, '--db', db], t.dir)).code).toBe(0);
    const batches = query('SELECT id FROM import_batches');
    const r = await cli(['import', contacts, '--db', db, '--dry-run'], t.dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^4 of 4 rows match records already in the workspace \(4 by record id\): they update those records/m);
    expect(query('SELECT id FROM import_batches')).toEqual(batches);
  });

  it('--dry-run says why a column was mapped or kept as an extra field, in text and in --json', async () => {
    const bank = new URL('../../fixtures/csv/bank-marketing.csv', import.meta.url).pathname;
    const text = await cli(['import', bank, '--db', db, '--dry-run'], t.dir);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/contact\s+→ \(kept as extra field\)\s+e\.g\. cellular\n\s+header looks like Full name, but its values are a handful of repeated words \(cellular, unknown, telephone\) — kept as an extra field/);
    expect(text.stdout).toMatch(/campaign\s+→ \(kept as extra field\).*\n\s+header looks like Campaign, but its values are numbers \(1, 2, 3, …\) — kept as an extra field/);

    const json = JSON.parse((await cli(['import', bank, '--db', db, '--dry-run', '--json'], t.dir)).stdout);
    const byHeader = Object.fromEntries(json.columns.map((c: { header: string }) => [c.header, c]));
    expect(byHeader.contact).toMatchObject({ field: null, source: 'none', reason: expect.stringMatching(/^header looks like Full name, but/) });
    expect(byHeader.campaign).toMatchObject({ field: null, reason: expect.stringMatching(/values are numbers/) });

    const hubspot = await cli(['import', join(FIXTURES, 'hubspot-contacts.csv'), '--db', db, '--dry-run'], t.dir);
    expect(hubspot.stdout).toMatch(/Record ID\s+→ record_id.*\n\s+header matches the HubSpot contacts preset/);
    const { existsSync } = await import('node:fs');
    expect(existsSync(db)).toBe(false);
  });

  it('--map overrides a column and "Header=-" ignores one; an unknown field is a usage error', async () => {
    const out = JSON.parse(
      (await cli(['import', join(FIXTURES, 'hubspot-contacts.csv'), '--db', db, '--json', '--map', 'Favourite Snack=intent', '--map', 'City=-'], t.dir)).stdout,
    );
    expect(out.imported).toBe(4);
    expect(query("SELECT intent, city, extra FROM leads WHERE record_id = '39779198735'")).toEqual([{ intent: 'crisps', city: null, extra: null }]);
    const bad = await cli(['import', join(FIXTURES, 'hubspot-contacts.csv'), '--db', db, '--map', 'City=galaxy'], t.dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/galaxy/);
  });

  it('--outcome overrides how a status becomes an outcome', async () => {
    const pipeline = join(DATA, 'maven-crm-sales-opportunities', 'sales_pipeline.csv');
    const out = JSON.parse((await cli(['import', pipeline, '--db', db, '--json', '--outcome', 'Engaging=replied'], t.dir)).stdout);
    expect(out.imported).toBe(8800);
    expect(query("SELECT count(*) AS n FROM leads WHERE outcome = 'replied'")).toEqual([{ n: 1589 }]);
  });
});

describe('lookalike stats, rejects and usage', () => {
  it('stats --json counts leads, companies, lists, segments and campaigns', async () => {
    await cli(['import', join(FIXTURES, 'hubspot-contacts.csv'), '--db', db], t.dir);
    const r = await cli(['stats', '--db', db, '--json'], t.dir);
    // The file has outcomes (lifecycle stage) but no campaign column: its rows form one campaign.
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ leads: 4, companies: 3, lists: 0, segments: 0, campaigns: 1 });
  });

  it('uses lookalike.db in the current folder by default', async () => {
    const r = await cli(['import', join(FIXTURES, 'ragged.csv')], t.dir);
    expect(r.code).toBe(0);
    const { existsSync } = await import('node:fs');
    expect(existsSync(join(t.dir, 'lookalike.db'))).toBe(true);
  });

  it('neutralises formulas in the rejects CSV', async () => {
    const f = join(t.dir, 'formula.csv');
    writeFileSync(f, 'Record ID,Name\n1,Ann\n=cmd|x,two,three\n');
    const out = JSON.parse((await cli(['import', f, '--db', db, '--json'], t.dir)).stdout);
    const r = await cli(['rejects', String(out.batchId), '--db', db], t.dir);
    expect(r.stdout).toContain("'=cmd");
  });

  it('exits 2 on usage errors and 1 on a missing workspace', async () => {
    expect((await cli(['frobnicate'], t.dir)).code).toBe(2);
    expect((await cli(['import'], t.dir)).code).toBe(2);
    expect((await cli(['rejects', 'abc', '--db', db], t.dir)).code).toBe(2);
    expect((await cli(['stats', '--db', join(t.dir, 'nope.db')], t.dir)).code).toBe(1);
  });

  it('runs as a user types it: npm run --silent lookalike -- import … --json', () => {
    const r = npmCli(['import', join(FIXTURES, 'hubspot-contacts.csv'), '--db', db, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ imported: 4, rejected: 0 });
    const usage = npmCli(['import', '--bogus']);
    expect(usage.code).toBe(2);
  });
});

/** UTF-8 text with each \x96 written as that one raw byte (a Windows-1252 en dash inside a UTF-8 file). */
function buildMixed(lines: string[]): Buffer {
  return Buffer.concat(lines.join('\n').concat('\n').split('\x96').flatMap((part, i) => (i ? [Buffer.from([0x96]), Buffer.from(part, 'utf8')] : [Buffer.from(part, 'utf8')])));
}
