/**
 * Turns raw feature rows (db/queries/features.ts) into the columnar batch the
 * embed task takes: a handful of arrays instead of a million row objects, so
 * posting a batch to a worker is cheap.
 */
import type { FeatureRow } from '../db/queries/features';
import type { RecordBatch } from '../../src-workers/embed/types';

const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : v == null ? null : String(v));
const num = (v: unknown): number => (typeof v === 'number' ? v : v == null || v === '' ? NaN : Number(v));

export function toRecordBatch(rows: readonly FeatureRow[]): RecordBatch {
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
    b.ids[i] = r[0];
    b.companyId[i] = r[1];
    b.industry[i] = text(r[2]);
    b.employees[i] = num(r[3]);
    b.revenue[i] = num(r[4]);
    b.companyCountry[i] = text(r[5]);
    b.technologies[i] = text(r[6]);
    b.intent[i] = text(r[7]);
    b.companyExtra[i] = text(r[8]);
    b.title[i] = text(r[9]);
    b.seniority[i] = text(r[10]);
    b.department[i] = text(r[11]);
    b.score[i] = num(r[12]);
    b.leadCountry[i] = text(r[13]);
    b.leadState[i] = text(r[14]);
    b.leadCity[i] = text(r[15]);
    b.campaign[i] = text(r[16]);
    b.leadExtra[i] = text(r[17]);
    b.companyState[i] = text(r[18]);
    b.companyCity[i] = text(r[19]);
  }
  return b;
}
