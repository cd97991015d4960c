/**
 * Reads the fields the embedding uses, a page of records (an id range) at a
 * time, so each page is an index range scan and the main process can yield
 * between pages.
 *
 * Which stored column fills which feature comes from the field table
 * (src-model/fields/field-table.ts, FieldReading): a company's fields fill the
 * company part; a lead's own fields fill the lead part, and its company
 * attributes fill the company part only when it has no linked company (a
 * linked lead's company part is its company's embedding). A lead's location
 * is always its own, in the lead part.
 */
import type Database from 'better-sqlite3';
import type { Entity } from '../../contract/dto';
import { FEATURE_COLUMNS } from '../../../src-model/embed/feature-page';
import { engineColumns } from '../../../src-model/fields/field-columns';
import { prepared } from '../statements';

/** A record's extras as a JSON object when valid, else NULL. */
const extraOf = (alias: string): string => `CASE WHEN json_valid(${alias}.extra) THEN json(${alias}.extra) END`;

/**
 * The records of an entity with ids in [lo, hi) as one JSON text (an array of
 * rows with one cell per FEATURE_COLUMNS entry, by id) and their count; null
 * JSON when there are none. SQLite builds the text, so the main thread
 * neither materialises twenty columns per row nor clones them into a worker:
 * one string per page.
 */
function pageSql(entity: Entity): string {
  const own = entity === 'leads' ? 'l' : 'c';
  const read = new Map(engineColumns(entity).map((c) => [c.feature as string, c]));
  const cell = (feature: string): string => {
    switch (feature) {
      case 'ids':
        return `${own}.id`;
      case 'companyId':
        return entity === 'leads' ? 'coalesce(l.company_id, 0)' : '0';
      case 'companyExtra':
        return entity === 'companies' ? extraOf('c') : 'NULL';
      case 'leadExtra':
        return entity === 'leads' ? extraOf('l') : 'NULL';
    }
    const source = read.get(feature);
    if (!source) return 'NULL';
    return source.unlinkedOnly ? `CASE WHEN l.company_id IS NULL THEN l.${source.column} END` : `${own}.${source.column}`;
  };
  return `SELECT count(*), json_group_array(json_array(${FEATURE_COLUMNS.map(cell).join(', ')}) ORDER BY ${own}.id)
  FROM ${entity} ${own} WHERE ${own}.id >= ? AND ${own}.id < ?`;
}

const PAGE_SQL: Record<Entity, string> = { leads: pageSql('leads'), companies: pageSql('companies') };

export interface FeaturePage {
  count: number;
  /** JSON array of rows (src-model/embed/feature-page.ts decodes it); null when the range is empty. */
  json: string | null;
}

export function featurePage(db: Database.Database, entity: Entity, lo: number, hi: number): FeaturePage {
  const [count, json] = prepared<[number, number], [number, string]>(db, PAGE_SQL[entity])
    .raw(true)
    .get(lo, hi) as [number, string];
  return { count, json: count > 0 ? json : null };
}

/** The smallest and largest id of an entity (null when it has no records). */
export function idRange(db: Database.Database, entity: Entity): { lo: number; hi: number } | null {
  const table = entity === 'leads' ? 'leads' : 'companies';
  // Two subqueries: SQLite answers a lone min() or max() from the end of the b-tree, but scans the whole table for both in one.
  const r = prepared<[], { lo: number | null; hi: number | null }>(db, `SELECT (SELECT min(id) FROM ${table}) AS lo, (SELECT max(id) FROM ${table}) AS hi`).get()!;
  return r.lo === null || r.hi === null ? null : { lo: r.lo, hi: r.hi };
}

/** A deterministic sample of a table's records for deciding the vocabulary. */
export interface Sample<R> {
  rows: R[];
  /** Records of the table each sampled record stands for (1 when the sample is the whole table). */
  weight: number;
}

export interface CompanySampleRow {
  country: string | null;
  technologies: string | null;
  intent: string | null;
  extra: string | null;
  revenue: number | null;
}

export interface LeadSampleRow {
  /** 1 when the lead is linked to a company (its company fields then come from the company). */
  linked: number;
  technologies: string | null;
  intent: string | null;
  extra: string | null;
  score: number | null;
}

/** Runs of consecutive ids the sample is made of. */
const SAMPLE_RUNS = 40;

/**
 * Up to `limit` ids as SAMPLE_RUNS runs of consecutive ids spread evenly over
 * the table's id range. Runs, not scattered ids: each run is one range scan
 * over neighbouring pages, where 20,000 scattered primary-key lookups on a
 * million-row table each touched a page of their own (~0.15 s a query).
 */
export function sampleRuns(db: Database.Database, entity: Entity, limit: number): { runs: [number, number][]; weight: number } {
  const range = idRange(db, entity);
  if (!range) return { runs: [], weight: 1 };
  const span = range.hi - range.lo + 1;
  if (span <= limit) return { runs: [[range.lo, range.hi + 1]], weight: 1 };
  const run = Math.ceil(limit / SAMPLE_RUNS);
  const step = span / SAMPLE_RUNS;
  const runs = Array.from({ length: SAMPLE_RUNS }, (_, i): [number, number] => {
    const lo = range.lo + Math.floor(i * step);
    return [lo, lo + run];
  });
  return { runs, weight: span / (run * SAMPLE_RUNS) };
}

function sample<R>(db: Database.Database, entity: Entity, sql: string, limit: number): Sample<R> {
  const { runs, weight } = sampleRuns(db, entity, limit);
  const stmt = prepared<[number, number], R>(db, sql);
  const rows: R[] = [];
  for (const [lo, hi] of runs) for (const r of stmt.iterate(lo, hi)) rows.push(r);
  return { rows, weight };
}

export function companySample(db: Database.Database, limit: number): Sample<CompanySampleRow> {
  return sample(db, 'companies', 'SELECT country, technologies, intent, extra, revenue FROM companies WHERE id >= ? AND id < ?', limit);
}

export function leadSample(db: Database.Database, limit: number): Sample<LeadSampleRow> {
  return sample(db, 'leads', 'SELECT company_id IS NOT NULL AS linked, technologies, intent, extra, score FROM leads WHERE id >= ? AND id < ?', limit);
}

/** The fields a coverage check looks at: a lead's own and its company's (as the embedding reads them), or a company's. */
export interface CoverageRow {
  id: number;
  industry: string | null;
  employees: number | null;
  country: string | null;
  technologies: string | null;
  intent: string | null;
  title: string | null;
  seniority: string | null;
  department: string | null;
  score: number | null;
  /** The lead's extra fields (JSON), null for companies. */
  extra: string | null;
  /** The company's extra fields (JSON): the linked company's for a lead. */
  company_extra: string | null;
}

const COVERAGE_SELECT: Record<Entity, string> = {
  leads: `SELECT l.id AS id, coalesce(l.industry, c.industry) AS industry, coalesce(l.employees, c.employees) AS employees,
    coalesce(l.country, c.country) AS country, coalesce(l.technologies, c.technologies) AS technologies,
    coalesce(l.intent, c.intent) AS intent, l.title, l.seniority, l.department, l.score, l.extra AS extra, c.extra AS company_extra
    FROM leads l LEFT JOIN companies c ON c.id = l.company_id`,
  companies: `SELECT companies.id AS id, industry, employees, country, technologies, intent, NULL AS title, NULL AS seniority, NULL AS department,
    NULL AS score, NULL AS extra, extra AS company_extra FROM companies`,
};

/** A deterministic sample of an entity's records (the vocabulary's runs of ids), with the fields coverage is checked on. */
export function coverageSample(db: Database.Database, entity: Entity, limit: number): Sample<CoverageRow> {
  const alias = entity === 'leads' ? 'l.' : '';
  return sample(db, entity, `${COVERAGE_SELECT[entity]} WHERE ${alias}id >= ? AND ${alias}id < ?`, limit);
}

/** The same fields for given records (a job's examples), in the order given. */
export function coverageRowsOf(db: Database.Database, entity: Entity, ids: readonly number[]): CoverageRow[] {
  // Qualified: json_each has an `id` column of its own.
  const alias = entity === 'leads' ? 'l.' : 'companies.';
  const table = entity === 'leads' ? 'leads l' : 'companies';
  const select = COVERAGE_SELECT[entity].replace(/FROM (leads l|companies)/, `FROM json_each(?) j JOIN ${table} ON ${alias}id = j.value`);
  return prepared<[string], CoverageRow>(db, `${select} ORDER BY j.key`).all(JSON.stringify(ids));
}
