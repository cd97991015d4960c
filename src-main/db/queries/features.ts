/**
 * Reads the fields the embedding uses, a page of records at a time (keyset
 * pagination on id, so each page is an index range scan and the main process
 * can yield between pages). Rows come back raw (arrays), not objects.
 *
 * A lead's company part comes from its linked company, falling back to the
 * company attributes its own row carried. Its location counts as company
 * geography only when it has a company without a country of its own; a lead
 * without any company keeps its location in the lead part.
 */
import type Database from 'better-sqlite3';
import type { Entity } from '../../contract/dto';
import { prepared } from '../statements';

/** Column order of a feature row; record-batch.ts reads by these positions. */
export const FEATURE_ROW = [
  'id', 'company_id', 'industry', 'employees', 'revenue', 'company_country', 'technologies', 'intent', 'company_extra',
  'title', 'seniority', 'department', 'score', 'lead_country', 'lead_state', 'lead_city', 'campaign', 'lead_extra',
  'company_state', 'company_city',
] as const;
export type FeatureRow = [number, number, ...(string | number | null)[]];

/**
 * A lead's own fields. Its company part comes from its linked company, which
 * is embedded once per company (companyPage) rather than once per lead; a
 * lead without a company uses the company attributes its own row carried.
 */
const LEAD_PAGE = `SELECT l.id, coalesce(l.company_id, 0),
    CASE WHEN l.company_id IS NULL THEN l.industry END, CASE WHEN l.company_id IS NULL THEN l.employees END,
    CASE WHEN l.company_id IS NULL THEN l.revenue END, NULL,
    CASE WHEN l.company_id IS NULL THEN l.technologies END, CASE WHEN l.company_id IS NULL THEN l.intent END, NULL,
    l.title, l.seniority, l.department, l.score, l.country, l.state, l.city, l.campaign, l.extra, NULL, NULL
  FROM leads l WHERE l.id > ? ORDER BY l.id LIMIT ?`;

const COMPANY_PAGE = `SELECT c.id, 0, c.industry, c.employees, c.revenue, c.country, c.technologies,
    c.intent, c.extra, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, c.state, c.city
  FROM companies c WHERE c.id > ? ORDER BY c.id LIMIT ?`;

export function featurePage(db: Database.Database, entity: Entity, afterId: number, limit: number): FeatureRow[] {
  return prepared<[number, number], FeatureRow>(db, entity === 'leads' ? LEAD_PAGE : COMPANY_PAGE)
    .raw(true)
    .all(afterId, limit) as FeatureRow[];
}


/**
 * Value counts of a company-part column, for building vocabularies. Counted
 * over companies (plus leads without a company, which carry their own), not
 * over the lead-company join: a million-row join per column took seconds,
 * and the ranking of the most frequent values barely differs.
 */
export function valueCounts(db: Database.Database, entity: Entity, column: 'technologies' | 'intent' | 'company_country'): [string, number][] {
  const col = column === 'company_country' ? 'country' : column;
  const sql =
    entity === 'leads' && column !== 'company_country'
      ? `SELECT v, sum(n) FROM (
           SELECT ${col} AS v, count(*) AS n FROM companies WHERE ${col} IS NOT NULL GROUP BY ${col}
           UNION ALL
           SELECT l.${col} AS v, count(*) AS n FROM json_each(?) s CROSS JOIN leads l ON l.id = s.value
           WHERE l.company_id IS NULL AND l.${col} IS NOT NULL GROUP BY l.${col}
         ) GROUP BY v`
      : `SELECT ${col} AS v, count(*) FROM companies WHERE ${col} IS NOT NULL GROUP BY ${col}`;
  const leadSide = entity === 'leads' && column !== 'company_country';
  // Leads without a company are counted on a sample (a full scan of a million leads took ~0.3 s per column).
  const stmt = prepared<unknown[], [string, number]>(db, sql).raw(true);
  return (leadSide ? stmt.all(JSON.stringify(sampleIds(db, 'leads', 20_000))) : stmt.all()) as [string, number][];
}

/**
 * Up to `limit` ids spread evenly over a table's id range: the deterministic
 * sample the vocabulary is decided from. Queries over it drive from the id
 * list (CROSS JOIN fixes that order), so each is a primary-key lookup; an
 * `id IN (…)` filter let SQLite scan the whole table instead.
 */
function sampleIds(db: Database.Database, table: 'leads' | 'companies', limit: number): number[] {
  const r = prepared<[], { lo: number | null; hi: number | null }>(db, `SELECT min(id) AS lo, max(id) AS hi FROM ${table}`).get()!;
  if (r.lo === null || r.hi === null) return [];
  const span = r.hi - r.lo + 1;
  if (span <= limit) return Array.from({ length: span }, (_, i) => r.lo! + i);
  const step = span / limit;
  return Array.from({ length: limit }, (_, i) => r.lo! + Math.floor(i * step));
}

/** The largest lead score in a sample: enough to tell a 0–1 scale from a 0–100 one. */
export function maxScore(db: Database.Database, limit = 20_000): number | null {
  return prepared<[string], number | null>(db, 'SELECT max(l.score) FROM json_each(?) s CROSS JOIN leads l ON l.id = s.value')
    .pluck()
    .get(JSON.stringify(sampleIds(db, 'leads', limit))) as number | null;
}

/** Extra-field JSON of a deterministic sample of records, for deciding how extras are encoded. */
export function extraSample(db: Database.Database, entity: Entity, part: 'company' | 'lead', limit: number): string[] {
  const table = entity === 'leads' && part === 'lead' ? 'leads' : 'companies';
  return prepared<[string], string>(db, `SELECT t.extra FROM json_each(?) s CROSS JOIN ${table} t ON t.id = s.value WHERE t.extra IS NOT NULL`)
    .pluck()
    .all(JSON.stringify(sampleIds(db, table, limit))) as unknown as string[];
}

/** Revenue of a sample of companies (the company part's revenue bands). */
export function revenueSample(db: Database.Database, limit: number): number[] {
  return prepared<[string], number>(db, 'SELECT c.revenue FROM json_each(?) s CROSS JOIN companies c ON c.id = s.value WHERE c.revenue IS NOT NULL')
    .pluck()
    .all(JSON.stringify(sampleIds(db, 'companies', limit))) as unknown as number[];
}
