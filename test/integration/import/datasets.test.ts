/**
 * Every real dataset in ../shared/data imports without a crash, with the row
 * counts its SOURCE.md gives, and the labelled ones become outcomes.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFile } from '../../../src-main/import/import-file';
import { DATA, tempWorkspace } from '../../helpers/temp-workspace';

let ws: ReturnType<typeof tempWorkspace>;
beforeEach(() => {
  ws = tempWorkspace();
});
afterEach(() => ws.cleanup());

const count = (sql: string, ...params: unknown[]): number => (ws.db.prepare(sql).get(...params) as { n: number }).n;
const file = (...parts: string[]) => join(DATA, ...parts);

describe('real datasets', () => {
  it('X Education: 9,240 leads, Converted = 1 becomes 3,561 won outcomes, and a second import changes nothing', async () => {
    const first = await importFile(ws, file('xeducation-leads', 'Leads.csv'));
    expect(first).toMatchObject({ entity: 'leads', imported: 9240, updated: 0, unchanged: 0, rejected: 0, rowsTotal: 9240 });
    expect(count('SELECT count(*) AS n FROM leads')).toBe(9240);
    expect(count("SELECT count(*) AS n FROM leads WHERE outcome = 'won'")).toBe(3561);
    // Lead Source is the campaign; the 29 converted leads without one join no campaign.
    expect(count("SELECT count(*) AS n FROM campaign_members WHERE outcome = 'won'")).toBe(
      count("SELECT count(*) AS n FROM leads WHERE outcome = 'won' AND campaign IS NOT NULL"),
    );
    expect(count("SELECT count(*) AS n FROM campaigns WHERE name = 'Google'")).toBe(1);
    // The placeholder "Select" is a missing value, not a city.
    expect(count("SELECT count(*) AS n FROM leads WHERE city = 'Select'")).toBe(0);

    const again = await importFile(ws, file('xeducation-leads', 'Leads.csv'));
    expect(again).toMatchObject({ imported: 0, updated: 0, unchanged: 9240, rejected: 0 });
    expect(count('SELECT count(*) AS n FROM leads')).toBe(9240);
  });

  it('Olist: 8,000 leads, then the closed deals link by mql_id and mark 842 of them won without losing their first fields', async () => {
    const mql = await importFile(ws, file('olist-marketing-funnel', 'olist_marketing_qualified_leads_dataset.csv'));
    expect(mql).toMatchObject({ imported: 8000, rejected: 0 });
    const deals = await importFile(ws, file('olist-marketing-funnel', 'olist_closed_deals_dataset.csv'));
    expect(deals).toMatchObject({ imported: 0, updated: 842, rejected: 0 });
    expect(count('SELECT count(*) AS n FROM leads')).toBe(8000);
    expect(count("SELECT count(*) AS n FROM leads WHERE outcome = 'won'")).toBe(842);
    // A won lead keeps what the first file said (its first contact date) and gains the deal's fields.
    const won = ws.db
      .prepare("SELECT created_at, extra, industry FROM leads WHERE record_id = '5420aad7fec3549a85876ba1c529bd84'")
      .get() as { created_at: string | null; extra: string | null; industry: string | null };
    expect(won.created_at).toBeTruthy();
    expect(JSON.stringify(won)).toContain('reseller');
    expect(count("SELECT count(*) AS n FROM campaign_members WHERE outcome = 'won'")).toBe(842);
  });

  it("Maven: 85 accounts as companies, 8,800 deals as leads linked to them, Won and Lost deals become outcomes", async () => {
    const accounts = await importFile(ws, file('maven-crm-sales-opportunities', 'accounts.csv'));
    expect(accounts).toMatchObject({ entity: 'companies', imported: 85, rejected: 0 });
    const pipeline = await importFile(ws, file('maven-crm-sales-opportunities', 'sales_pipeline.csv'));
    expect(pipeline).toMatchObject({ entity: 'leads', imported: 8800, rejected: 0 });
    expect(count("SELECT count(*) AS n FROM leads WHERE outcome = 'won'")).toBe(4238);
    expect(count("SELECT count(*) AS n FROM leads WHERE outcome = 'lost'")).toBe(2473);
    // 1,425 deals have no account; every other deal links to one of the 85 accounts.
    expect(count('SELECT count(*) AS n FROM leads WHERE company_id IS NOT NULL')).toBe(8800 - 1425);
    expect(count('SELECT count(*) AS n FROM companies')).toBe(85);
  });

  it('Crunchbase (Mac Roman, CR-only line ends): 17,727 companies; acquisitions and rounds read every row', async () => {
    const companies = await importFile(ws, file('crunchbase-2013', 'crunchbase-companies.csv'));
    expect(companies).toMatchObject({ entity: 'companies', imported: 17727, rejected: 0, encoding: 'macintosh' });
    expect(count('SELECT count(*) AS n FROM companies')).toBe(17727);
    // Excel damage and formula-looking names are stored as plain text.
    expect(count("SELECT count(*) AS n FROM companies WHERE name = '#waywire'")).toBe(1);

    const acquisitions = await importFile(ws, file('crunchbase-2013', 'crunchbase-acquisitions.csv'));
    // 1,534 rows of the file are bare delimiters (",,,,"): rejected as empty, with their row numbers.
    expect(acquisitions).toMatchObject({ rowsTotal: 6185, rejected: 1534 });
    expect(count("SELECT count(*) AS n FROM rejected_rows WHERE batch_id = ? AND reason LIKE '%empty%'", acquisitions.batchId)).toBe(1534);
    expect(JSON.stringify(ws.db.prepare("SELECT name, extra FROM companies WHERE name LIKE 'Cond% Nast%' OR extra LIKE '%Cond_ Nast%'").all())).toContain('Condé Nast');

    const rounds = await importFile(ws, file('crunchbase-2013', 'crunchbase-rounds.csv'));
    expect(rounds).toMatchObject({ rowsTotal: 31679, rejected: 0 });
  });

  it('ESCO occupations (multi-line quoted cells) and ISCO groups import every row', async () => {
    const occupations = await importFile(ws, file('esco-occupations', 'occupations_en.csv'));
    expect(occupations).toMatchObject({ rowsTotal: 2942, imported: 2942, rejected: 0 });
    const groups = await importFile(ws, file('esco-occupations', 'ISCOGroups_en.csv'));
    expect(groups).toMatchObject({ rowsTotal: 619, rejected: 0 });
  });

  it('salary surveys with no key and repeated identical rows keep every row, and re-importing changes nothing', async () => {
    const ai = await importFile(ws, file('job-titles-salaries', 'ai-jobs-net', 'salaries.csv'));
    expect(ai).toMatchObject({ rowsTotal: 74301, imported: 74301, rejected: 0 });
    // Rows identical to one in the first survey are the same record (no key but content).
    const infosec = await importFile(ws, file('job-titles-salaries', 'infosec-jobs-com', 'salaries.csv'));
    expect(infosec).toMatchObject({ rowsTotal: 65951, rejected: 0, updated: 0 });
    expect(infosec.imported + infosec.unchanged).toBe(65951);
    const again = await importFile(ws, file('job-titles-salaries', 'ai-jobs-net', 'salaries.csv'));
    expect(again).toMatchObject({ imported: 0, updated: 0, unchanged: 74301 });
  });

  it('the small Maven reference tables import too', async () => {
    for (const [name, rows] of [['products.csv', 7], ['sales_teams.csv', 35], ['data_dictionary.csv', 21]] as const) {
      const r = await importFile(ws, file('maven-crm-sales-opportunities', name));
      expect(r, name).toMatchObject({ rowsTotal: rows, rejected: 0 });
    }
  });
});
