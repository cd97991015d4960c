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
           SELECT ${col} AS v, count(*) AS n FROM leads WHERE company_id IS NULL AND ${col} IS NOT NULL GROUP BY ${col}
         ) GROUP BY v`
      : `SELECT ${col} AS v, count(*) FROM companies WHERE ${col} IS NOT NULL GROUP BY ${col}`;
  return prepared<[], [string, number]>(db, sql).raw(true).all() as [string, number][];
}

export function maxScore(db: Database.Database): number | null {
  return prepared<[], number | null>(db, 'SELECT max(score) FROM leads').pluck().get() as number | null;
}

/** A deterministic sample of extra-field JSON (every k-th record), for deciding how extras are encoded. */
export function extraSample(db: Database.Database, entity: Entity, part: 'company' | 'lead', limit: number): string[] {
  const table = entity === 'leads' && part === 'lead' ? 'leads' : 'companies';
  const total = prepared<[], number>(db, `SELECT count(*) FROM ${table} WHERE extra IS NOT NULL`).pluck().get() as number;
  const step = Math.max(1, Math.floor(total / Math.max(1, limit)));
  return prepared<[number, number], string>(
    db,
    `SELECT extra FROM ${table} WHERE extra IS NOT NULL AND id % ? = 0 ORDER BY id LIMIT ?`,
  )
    .pluck()
    .all(step, limit) as unknown as string[];
}

export function numericSample(db: Database.Database, entity: Entity, column: 'employees' | 'revenue' | 'score', limit: number): number[] {
  const table = entity === 'leads' && column === 'score' ? 'leads' : entity === 'leads' ? 'leads' : 'companies';
  return prepared<[number], number>(db, `SELECT ${column} FROM ${table} WHERE ${column} IS NOT NULL ORDER BY id LIMIT ?`)
    .pluck()
    .all(limit) as unknown as number[];
}
