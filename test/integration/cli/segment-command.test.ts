import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../src-main/contract/errors';
import { insertJob, writeLookalikeScores } from '../../../src-main/db/queries/jobs';
import { compileConditions } from '../../../src-main/db/queries/record-filter';
import { segmentMemberIds } from '../../../src-main/db/queries/segments';
import { openWorkspace, type Workspace } from '../../../src-main/db/workspace';
import { parseCondition } from '../../../src-main/segments/condition';
import { cli } from '../../helpers/run-cli';
import { tempDir } from '../../helpers/temp-workspace';

// Eight leads with the kinds of values segments meet: mixed case, empty cells,
// thousands separators and words in a numeric-looking extra column, headers with a dot and a quote.
const LEADS_CSV = [
  'Record ID,First Name,Last Name,Email,Job Title,Company Name,Website URL,Industry,Number of Employees,Country/Region,Create Date,Annual Spend,Plan.Tier,"Nick ""Name"""',
  '1,Ann,Archer,ann@acme.com,VP of Sales,Acme,acme.com,Computer Software,120,Germany,2024-03-12,"1,200",gold,annie',
  '2,Bob,Baker,bob@acme.com,Sales Manager,Acme,acme.com,Computer Software,120,germany,2024-03-13,n/a,silver,',
  '3,Cid,Cole,cid@globex.de,CTO,Globex,globex.de,Marketing,4000,France,2024-03-14,-3.5,gold,',
  '4,Dee,Dunn,dee@initech.io,Head of Sales,Initech,initech.io,Information Technology,10,,2024-03-15,99,,dd',
  "5,Eve,O'Brien,eve@hooli.com,vp sales,Hooli,hooli.com,Internet,,United States,2024-03-16,100,bronze,",
  "6,Fay,Fox,fay@evil.com,Analyst,x' OR 1=1 --,evil.com,Internet,5,Spain,2024-03-17,,,",
  '7,Gus,Gray,gus@acme.com,Engineer,Acme,acme.com,Computer Software,120,Germany,2024-03-18,5000,gold,',
  '8,Hal,Hart,hal@nowhere.org,,,,,,,2024-03-19,,,',
].join('\n');

let t: ReturnType<typeof tempDir>;
let db: string;
beforeEach(async () => {
  t = tempDir();
  db = join(t.dir, 'ws.db');
  writeFileSync(join(t.dir, 'leads.csv'), LEADS_CSV + '\n');
  const r = await cli(['import', join(t.dir, 'leads.csv'), '--db', db, '--json'], t.dir);
  expect(r.stderr).toBe('');
  expect(JSON.parse(r.stdout)).toMatchObject({ imported: 8, rejected: 0 });
});
afterEach(() => t.cleanup());

function withWorkspace<T>(run: (ws: Workspace) => T): T {
  const ws = openWorkspace(db);
  try {
    return run(ws);
  } finally {
    ws.close();
  }
}

/** Record ids (as imported) of the leads matching all conditions. */
function matching(...conditions: string[]): string[] {
  return withWorkspace((ws) => {
    const ids = segmentMemberIds(ws.db, { entity: 'leads', conditions: conditions.map(parseCondition) });
    return ids.map((id) => (ws.db.prepare('SELECT record_id FROM leads WHERE id = ?').pluck().get(id) as string));
  });
}

describe('segment conditions compiled to SQL on a real workspace', () => {
  it('compares text ignoring case with =, in and contains', () => {
    expect(matching('country = GERMANY')).toEqual(['1', '2', '7']);
    expect(matching('country in (germany, france)')).toEqual(['1', '2', '3', '7']);
    expect(matching('title contains vp')).toEqual(['1', '5']);
    expect(matching('title contains sales', 'title != "sales manager"')).toEqual(['1', '4', '5']);
  });

  it('counts an empty field as different with !=', () => {
    expect(matching('country != Germany')).toEqual(['3', '4', '5', '6', '8']);
  });

  it('compares canonical numbers as numbers and refuses a value that is not one', () => {
    expect(matching('employees >= 120')).toEqual(['1', '2', '3', '7']);
    expect(matching('employees < 100')).toEqual(['4', '6']);
    expect(matching('employees in (10, 4000)')).toEqual(['3', '4']);
    expect(() => withWorkspace(() => compileConditions('leads', [parseCondition('employees > many')]))).toThrow(/"employees" is a number/);
    expect(() => withWorkspace(() => compileConditions('leads', [parseCondition('employees = lots')]))).toThrow(AppError);
  });

  it('orders an extra column numerically against a number, skipping values that are not numbers', () => {
    // "1,200" reads as 1200; "n/a" is neither above nor below; "-3.5" is below.
    expect(matching('Annual Spend > 99')).toEqual(['1', '5', '7']);
    expect(matching('Annual Spend < 0')).toEqual(['3']);
    expect(matching('Annual Spend <= 100')).toEqual(['3', '4', '5']);
  });

  it('orders text as text, so ISO dates compare by date', () => {
    expect(matching('created_at >= 2024-03-17')).toEqual(['6', '7', '8']);
  });

  it('addresses extra headers holding a dot or a quote as their own keys', () => {
    expect(matching('Plan.Tier = gold')).toEqual(['1', '3', '7']);
    expect(matching('Nick "Name" contains d')).toEqual(['4']);
    expect(matching('extra.Plan.Tier = silver')).toEqual(['2']);
  });

  it("reads company.FIELD from the lead's linked company", () => {
    expect(matching('company.domain = acme.com')).toEqual(['1', '2', '7']);
  });

  it('binds a value like x\' OR 1=1 -- as data, never as SQL', () => {
    const compiled = compileConditions('leads', [parseCondition("company = x' OR 1=1 --")]);
    expect(compiled.sql).not.toContain('1=1');
    expect(compiled.params).toContain("x' OR 1=1 --");
    expect(matching("company = x' OR 1=1 --")).toEqual(['6']);
    expect(matching("title = x' OR 1=1 --")).toEqual([]);
    // A field name that looks like SQL is an extra header, bound as well.
    const field = compileConditions('leads', [parseCondition("\"x') OR 1=1 --\" = a")]);
    expect(field.sql).not.toContain('1=1');
    expect(matching("\"x') OR 1=1 --\" = a")).toEqual([]);
    withWorkspace((ws) => expect(ws.db.prepare('SELECT count(*) FROM leads').pluck().get()).toBe(8));
  });

  it('filters on the latest lookalike score, overall or for one source', () => {
    withWorkspace((ws) => {
      const job = insertJob(ws.db, { entity: 'leads', sourceKind: 'list', sourceId: 1, sourceName: 'Won deals', params: {} });
      const idOf = (rid: string) => ws.db.prepare('SELECT id FROM leads WHERE record_id = ?').pluck().get(rid) as number;
      writeLookalikeScores(ws.db, 'leads', 'list:1', job, [
        { recordId: idOf('2'), score: 0.91, reasons: { industry: 0.5 } },
        { recordId: idOf('3'), score: 0.42, reasons: { industry: 0.2 } },
      ]);
    });
    expect(matching('lookalike_score >= 0.5')).toEqual(['2']);
    expect(matching('lookalike_score:list:1 > 0.4')).toEqual(['2', '3']);
    expect(matching('lookalike_score:list:9 > 0')).toEqual([]);
  });

  it('compiles company segments over the companies table', () => {
    withWorkspace((ws) => {
      const ids = segmentMemberIds(ws.db, { entity: 'companies', conditions: [parseCondition('domain in (acme.com, globex.de)')] });
      expect(ids).toHaveLength(2);
      expect(() => compileConditions('companies', [parseCondition('employees >= ten')])).toThrow(/is a number/);
    });
  });
});

describe('lookalike segment', () => {
  it('create --json prints the id and the member count; the human form says how many match', async () => {
    const r = await cli(['segment', 'create', '--name', 'German buyers', '--where', 'country = Germany', '--where', 'title contains sales', '--db', db, '--json'], t.dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ id: 1, members: 2 });
    const human = await cli(['segment', 'create', '--name', 'Big', '--where', 'employees >= 1,000', '--db', db], t.dir);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/segment 2 "Big": 1 leads match/);
  });

  it('list shows each segment with its conditions and current member count', async () => {
    await cli(['segment', 'create', '--name', 'Gold', '--where', 'Plan.Tier = gold', '--db', db], t.dir);
    await cli(['segment', 'create', '--name', 'Acme', '--entity', 'companies', '--where', 'domain = acme.com', '--db', db], t.dir);
    const r = await cli(['segment', 'list', '--db', db, '--json'], t.dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([
      expect.objectContaining({ id: 1, name: 'Gold', entity: 'leads', conditions: ['Plan.Tier = gold'], members: 3 }),
      expect.objectContaining({ id: 2, name: 'Acme', entity: 'companies', conditions: ['domain = acme.com'], members: 1 }),
    ]);
    const human = await cli(['segment', 'list', '--db', db], t.dir);
    expect(human.stdout).toMatch(/Gold\s+leads\s+3\s+Plan\.Tier = gold/);
  });

  it('refuses a field no record has, naming it, with exit 2 and nothing stored', async () => {
    const r = await cli(['segment', 'create', '--name', 'Typo', '--where', 'industy = Internet', '--db', db], t.dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Unknown field "industy"/);
    expect(JSON.parse((await cli(['segment', 'list', '--db', db, '--json'], t.dir)).stdout)).toEqual([]);
  });

  it('exits 2 on a missing --name or --where, an unreadable condition or a bad number, and 1 on a missing workspace', async () => {
    expect((await cli(['segment', 'create', '--where', 'country = Germany', '--db', db], t.dir)).code).toBe(2);
    expect((await cli(['segment', 'create', '--name', 'x', '--db', db], t.dir)).code).toBe(2);
    const unreadable = await cli(['segment', 'create', '--name', 'x', '--where', 'country Germany', '--db', db], t.dir);
    expect(unreadable.code).toBe(2);
    expect(unreadable.stderr).toMatch(/Cannot read the condition "country Germany"/);
    expect((await cli(['segment', 'create', '--name', 'x', '--where', 'employees > lots', '--db', db], t.dir)).code).toBe(2);
    expect((await cli(['segment', 'create', '--name', 'x', '--entity', 'deals', '--where', 'a = b', '--db', db], t.dir)).code).toBe(2);
    expect((await cli(['segment', 'frobnicate', '--db', db], t.dir)).code).toBe(2);
    expect((await cli(['segment', 'list', '--db', join(t.dir, 'nope.db')], t.dir)).code).toBe(1);
  });
});
