/**
 * Upserts of imported leads and companies. One statement per record:
 *  - a new identity inserts;
 *  - a known identity merges: every value the file gives replaces the stored
 *    one, values the file leaves empty keep what an earlier import stored,
 *    and extra fields merge key by key (json_patch) — so a second file that
 *    carries other columns for the same records (Olist's closed deals after
 *    its leads) adds to them instead of wiping them;
 *  - an identical record is not written at all (the WHERE on DO UPDATE), so
 *    re-importing a file changes nothing and RETURNING yields no row.
 * Parameters are positional, in the order of the column lists below, because
 * binding a 35-key object per row costs more than the insert itself at 1M rows.
 */
import type Database from 'better-sqlite3';
import { prepared } from '../statements';

export const LEAD_COLUMNS = [
  'record_id', 'company_id', 'first_name', 'last_name', 'full_name', 'email', 'phone', 'title', 'seniority',
  'department', 'company', 'domain', 'industry', 'employees', 'employees_range', 'revenue', 'country', 'state',
  'city', 'technologies', 'intent', 'status', 'replied', 'won', 'score', 'campaign', 'owner', 'created_at',
] as const;

export const COMPANY_COLUMNS = [
  'record_id', 'name', 'name_key', 'domain', 'industry', 'employees', 'employees_range', 'revenue', 'country',
  'state', 'city', 'technologies', 'intent', 'status', 'owner', 'created_at',
] as const;

export type LeadColumn = (typeof LEAD_COLUMNS)[number];
export type CompanyColumn = (typeof COMPANY_COLUMNS)[number];
export type SqlValue = string | number | null;

/** Values in the order of LEAD_COLUMNS. */
export type LeadValues = SqlValue[];
/** Values in the order of COMPANY_COLUMNS. */
export type CompanyValues = SqlValue[];

export type UpsertChange = 'inserted' | 'updated' | 'unchanged';

export interface UpsertResult {
  /** The record's id; 0 when unchanged (callers have nothing to do for it). */
  id: number;
  change: UpsertChange;
}

/**
 * Insert-first upsert: a fresh import is almost all new records, so the
 * cheap path is a plain INSERT (DO NOTHING on a known identity, which costs
 * one index probe); only a known identity pays for the merging UPDATE.
 * Measured here, the single INSERT … ON CONFLICT DO UPDATE … RETURNING was
 * twice the CPU of this plain insert per row.
 */
function insertSql(table: string, columns: readonly string[], withOutcome: boolean): string {
  const cols = ['identity', ...columns, ...(withOutcome ? ['outcome'] : []), 'extra', 'first_batch_id', 'last_batch_id'];
  return `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')}) ON CONFLICT(identity) DO NOTHING`;
}

/**
 * The merge of a known identity, with named parameters (@c0.. the columns,
 * @outcome, @extra, @batch, @identity): every value the file gives replaces
 * the stored one, values it leaves empty keep what an earlier import stored,
 * extras merge key by key (json_patch), and the outcome changes only when
 * the file carries one. An identical record matches no row, so nothing is
 * written and RETURNING yields nothing.
 */
function mergeSql(table: string, columns: readonly string[], withOutcome: boolean): string {
  const set = columns.map((c, i) => `${c} = coalesce(@c${i}, ${c})`);
  const changed = columns.map((c, i) => `(@c${i} IS NOT NULL AND @c${i} IS NOT ${c})`);
  if (withOutcome) {
    set.push('outcome = coalesce(@outcome, outcome)');
    changed.push('(@outcome IS NOT NULL AND @outcome IS NOT outcome)');
  }
  set.push('extra = CASE WHEN @extra IS NULL THEN extra WHEN extra IS NULL THEN @extra ELSE json_patch(extra, @extra) END');
  changed.push('(@extra IS NOT NULL AND (extra IS NULL OR json_patch(extra, @extra) IS NOT extra))');
  set.push('last_batch_id = @batch');
  return `UPDATE ${table} SET ${set.join(', ')} WHERE identity = @identity AND (${changed.join(' OR ')}) RETURNING id`;
}

const LEAD_INSERT = insertSql('leads', LEAD_COLUMNS, true);
const LEAD_MERGE = mergeSql('leads', LEAD_COLUMNS, true);
const COMPANY_INSERT = insertSql('companies', COMPANY_COLUMNS, false);
const COMPANY_MERGE = mergeSql('companies', COMPANY_COLUMNS, false);

/** Column values as named parameters @c0.. (the merge statements use each value twice). */
function columnParams(values: SqlValue[], p: Record<string, SqlValue>): Record<string, SqlValue> {
  for (let i = 0; i < values.length; i++) p[`c${i}`] = values[i]!;
  return p;
}

function mergeParams(identity: string, values: SqlValue[], extraJson: string | null, batchId: number, outcome?: string | null): Record<string, SqlValue> {
  return columnParams(values, { identity, extra: extraJson, batch: batchId, ...(outcome !== undefined ? { outcome } : {}) });
}

function idByIdentity(db: Database.Database, table: 'leads' | 'companies', identity: string): number {
  return prepared<[string], number>(db, `SELECT id FROM ${table} WHERE identity = ?`).pluck().get(identity) as number;
}

/** Inserts a lead or merges it into the stored one with the same identity. */
export function upsertLead(
  db: Database.Database,
  identity: string,
  values: LeadValues,
  outcome: string | null,
  extraJson: string | null,
  batchId: number,
): UpsertResult {
  const info = prepared(db, LEAD_INSERT).run(identity, ...values, outcome ?? 'open', extraJson, batchId, batchId);
  if (info.changes === 1) return { id: Number(info.lastInsertRowid), change: 'inserted' };
  const row = prepared<[Record<string, SqlValue>], { id: number }>(db, LEAD_MERGE).get(mergeParams(identity, values, extraJson, batchId, outcome));
  return row ? { id: row.id, change: 'updated' } : { id: 0, change: 'unchanged' };
}

/** Inserts a company or merges it into the stored one with the same identity. */
export function upsertCompany(
  db: Database.Database,
  identity: string,
  values: CompanyValues,
  extraJson: string | null,
  batchId: number,
): UpsertResult {
  const info = prepared(db, COMPANY_INSERT).run(identity, ...values, extraJson, batchId, batchId);
  if (info.changes === 1) return { id: Number(info.lastInsertRowid), change: 'inserted' };
  const row = prepared<[Record<string, SqlValue>], { id: number }>(db, COMPANY_MERGE).get(mergeParams(identity, values, extraJson, batchId));
  return row ? { id: row.id, change: 'updated' } : { id: idByIdentity(db, 'companies', identity), change: 'unchanged' };
}



export function companyIdByDomain(db: Database.Database, domain: string): number | undefined {
  return prepared<[string], { id: number }>(db, 'SELECT id FROM companies WHERE domain = ? ORDER BY id LIMIT 1').get(domain)?.id;
}

export function companyIdByNameKey(db: Database.Database, nameKey: string): number | undefined {
  return prepared<[string], { id: number }>(db, 'SELECT id FROM companies WHERE name_key = ? ORDER BY id LIMIT 1').get(nameKey)?.id;
}

/**
 * Fills a linked company's empty fields from a lead row that carries company
 * attributes (industry, size, ...). Never overwrites what a company file set.
 */
const COMPANY_FILL_GAPS = `UPDATE companies SET ${COMPANY_COLUMNS.map((c, i) => `${c} = coalesce(${c}, @c${i})`).join(', ')},
  last_batch_id = @batch WHERE id = @id AND (${COMPANY_COLUMNS.map((c, i) => `(${c} IS NULL AND @c${i} IS NOT NULL)`).join(' OR ')})`;

export function fillCompanyGaps(db: Database.Database, companyId: number, values: CompanyValues, batchId: number): void {
  prepared<[Record<string, SqlValue>]>(db, COMPANY_FILL_GAPS).run(columnParams(values, { id: companyId, batch: batchId }));
}
