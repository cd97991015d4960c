/**
 * A seeded synthetic workspace of N leads and N/10 companies, written by SQL
 * inside SQLite (a recursive CTE), so a million-lead workspace takes seconds
 * instead of a full CSV import. Values are deterministic functions of the row
 * number over realistic vocabularies, so every run builds the same data.
 * Extras hold text, as an import writes them (numbers there are not read).
 */
import type Database from 'better-sqlite3';

const INDUSTRIES = ['Computer Software', 'Information Technology and Services', 'Internet', 'Financial Services', 'Hospital & Health Care', 'Marketing and Advertising', 'Retail', 'Telecommunications', 'Higher Education', 'Construction', 'Automotive', 'Insurance'];
const SIZES = ['1-10', '11-50', '51-200', '201-500', '501-1000', '1001-5000', '5001-10000', '10001+'];
const SIZE_VALUES = [5, 30, 125, 350, 750, 3000, 7500, 15000];
const COUNTRIES = ['United States', 'United Kingdom', 'Germany', 'France', 'India', 'Brazil', 'Canada', 'Australia', 'Netherlands', 'Spain', 'Japan', 'Singapore'];
const TECH = ['Salesforce', 'HubSpot', 'AWS', 'Google Analytics', 'Slack', 'Zendesk', 'Shopify', 'Stripe', 'Segment', 'Snowflake', 'Marketo', 'Intercom'];
const TITLES = ['VP of Sales', 'Head of Growth', 'Sr. Software Engineer', 'CTO & Co-founder', 'Marketing Manager', 'Account Executive', 'Director of Product', 'HR Business Partner', 'Data Scientist', 'Chief Revenue Officer', 'Customer Success Manager', 'Operations Director', 'SDR', 'Controller', 'Gerente Comercial'];

const sqlList = (values: readonly (string | number)[]) => values.map((v) => (typeof v === 'number' ? String(v) : `'${v.replace(/'/g, "''")}'`)).join(', ');

export function seedSyntheticWorkspace(db: Database.Database, leads: number): { leads: number; companies: number } {
  const companies = Math.max(1, Math.floor(leads / 10));
  db.exec(`
    CREATE TEMP TABLE v_ind(i INTEGER PRIMARY KEY, v TEXT); INSERT INTO v_ind(v) VALUES ${INDUSTRIES.map((v) => `(${sqlList([v])})`).join(',')};
    CREATE TEMP TABLE v_size(i INTEGER PRIMARY KEY, v TEXT, n INTEGER); INSERT INTO v_size(v, n) VALUES ${SIZES.map((v, k) => `(${sqlList([v, SIZE_VALUES[k]!])})`).join(',')};
    CREATE TEMP TABLE v_country(i INTEGER PRIMARY KEY, v TEXT); INSERT INTO v_country(v) VALUES ${COUNTRIES.map((v) => `(${sqlList([v])})`).join(',')};
    CREATE TEMP TABLE v_tech(i INTEGER PRIMARY KEY, v TEXT); INSERT INTO v_tech(v) VALUES ${TECH.map((v) => `(${sqlList([v])})`).join(',')};
    CREATE TEMP TABLE v_title(i INTEGER PRIMARY KEY, v TEXT); INSERT INTO v_title(v) VALUES ${TITLES.map((v) => `(${sqlList([v])})`).join(',')};
  `);
  const h = (x: string, salt: number) => `((((${x}) * 2654435761 + ${salt}) % 4294967291) >> 4)`;
  db.transaction(() => {
    db.exec(`
      INSERT INTO import_batches (id, file_name, file_path, file_size, entity, encoding, delimiter, mapping, status, started_at)
        VALUES (1, 'synthetic', 'synthetic', 0, 'leads', 'utf-8', ',', '{}', 'completed', '2026-01-01');
      WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${companies})
      INSERT INTO companies (id, identity, name, name_key, domain, industry, employees, employees_range, country, technologies, first_batch_id, last_batch_id)
      SELECT i, 'dom:c' || i || '.example', 'Company ' || i, 'company ' || i, 'c' || i || '.example',
        (SELECT v FROM v_ind WHERE i = 1 + ${h('n.i', 1)} % ${INDUSTRIES.length}),
        (SELECT n FROM v_size WHERE i = 1 + ${h('n.i', 2)} % ${SIZES.length}),
        (SELECT v FROM v_size WHERE i = 1 + ${h('n.i', 2)} % ${SIZES.length}),
        (SELECT v FROM v_country WHERE i = 1 + ${h('n.i', 3)} % ${COUNTRIES.length}),
        (SELECT v FROM v_tech WHERE i = 1 + ${h('n.i', 4)} % ${TECH.length}) || '; ' || (SELECT v FROM v_tech WHERE i = 1 + ${h('n.i', 5)} % ${TECH.length}),
        1, 1
      FROM n;
      WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${leads})
      INSERT INTO leads (id, identity, record_id, company_id, first_name, email, title, country, score, outcome, extra, first_batch_id, last_batch_id)
      SELECT i, 'rid:' || i, CAST(i AS TEXT), 1 + ${h('n.i', 6)} % ${companies}, 'Lead' || i, 'lead' || i || '@mail.example',
        (SELECT v FROM v_title WHERE i = 1 + ${h('n.i', 7)} % ${TITLES.length}),
        (SELECT v FROM v_country WHERE i = 1 + ${h('n.i', 8)} % ${COUNTRIES.length}),
        ${h('n.i', 9)} % 101,
        CASE WHEN ${h('n.i', 10)} % 100 < 2 THEN 'won' WHEN ${h('n.i', 10)} % 100 < 6 THEN 'replied' ELSE 'open' END,
        json_object('Lead Source', CASE ${h('n.i', 11)} % 4 WHEN 0 THEN 'Webinar' WHEN 1 THEN 'Organic' WHEN 2 THEN 'Paid' ELSE 'Referral' END,
                    'Page Views', CAST(${h('n.i', 12)} % 50 AS TEXT)),
        1, 1
      FROM n;
      UPDATE workspace_meta SET value = '1' WHERE key = 'data_version';
    `);
  })();
  return { leads, companies };
}
