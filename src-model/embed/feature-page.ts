/**
 * A page of records as the data layer hands it over: one JSON text, an array
 * of rows whose columns are in FEATURE_COLUMNS order, built by SQLite itself
 * (db/queries/features.ts). The main thread then only steps one statement and
 * posts one string per page; turning rows into the columnar RecordBatch is
 * this module's job, in the worker. (Reading the same rows as JavaScript
 * arrays cost the main thread ~5 µs a row, four times the JSON text.)
 *
 * Extra fields arrive already parsed: SQLite embeds each record's extra JSON
 * as an object when it is valid and null when it is damaged, so a bad blob
 * costs that record its extras, never the job.
 */
import type { RecordBatch } from './types';

/** Column order of a feature row. */
export const FEATURE_COLUMNS = [
  'id', 'company_id', 'industry', 'employees', 'revenue', 'company_country', 'technologies', 'intent', 'company_extra',
  'title', 'seniority', 'department', 'score', 'lead_country', 'lead_state', 'lead_city', 'campaign', 'lead_extra',
  'company_state', 'company_city',
] as const;

const text = (v: unknown): string | null => (typeof v === 'string' ? (v === '' ? null : v) : v == null ? null : String(v));
const num = (v: unknown): number => (typeof v === 'number' ? v : v == null || v === '' ? NaN : Number(v));
const object = (v: unknown): Record<string, unknown> | null => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null);

/** Rows of a page, in id order. Throws on text that is not a JSON array of rows (a bug in the query, not bad data). */
export function decodeFeaturePage(json: string): RecordBatch {
  const rows = JSON.parse(json) as unknown[][];
  if (!Array.isArray(rows)) throw new TypeError('a feature page must be a JSON array of rows');
  const n = rows.length;
  const b: RecordBatch = {
    count: n,
    ids: new Int32Array(n),
    companyId: new Int32Array(n),
    industry: new Array(n),
    employees: new Float64Array(n),
    revenue: new Float64Array(n),
    companyCountry: new Array(n),
    technologies: new Array(n),
    intent: new Array(n),
    companyExtra: new Array(n),
    title: new Array(n),
    seniority: new Array(n),
    department: new Array(n),
    score: new Float64Array(n),
    leadCountry: new Array(n),
    leadState: new Array(n),
    leadCity: new Array(n),
    campaign: new Array(n),
    leadExtra: new Array(n),
    companyState: new Array(n),
    companyCity: new Array(n),
  };
  for (let i = 0; i < n; i++) {
    const r = rows[i]!;
    b.ids[i] = r[0] as number;
    b.companyId[i] = (r[1] as number) ?? 0;
    b.industry[i] = text(r[2]);
    b.employees[i] = num(r[3]);
    b.revenue[i] = num(r[4]);
    b.companyCountry[i] = text(r[5]);
    b.technologies[i] = text(r[6]);
    b.intent[i] = text(r[7]);
    b.companyExtra[i] = object(r[8]);
    b.title[i] = text(r[9]);
    b.seniority[i] = text(r[10]);
    b.department[i] = text(r[11]);
    b.score[i] = num(r[12]);
    b.leadCountry[i] = text(r[13]);
    b.leadState[i] = text(r[14]);
    b.leadCity[i] = text(r[15]);
    b.campaign[i] = text(r[16]);
    b.leadExtra[i] = object(r[17]);
    b.companyState[i] = text(r[18]);
    b.companyCity[i] = text(r[19]);
  }
  return b;
}
