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

/**
 * Builds the upsert. better-sqlite3 binds `?` by position only (no `?NNN`),
 * so the SQL is written with logical parameter names (`:1` identity, `:2..`
 * the columns, then the outcome for leads, the extra JSON and the batch id)
 * and `order` lists, for each `?`, which logical value it takes. The outcome
 * is NULL when the file carries no outcome signal, so a file without outcome
 * columns never resets an outcome another file set.
 */
export function upsertSql(table: string, columns: readonly string[], withOutcome: boolean): { sql: string; order: number[] } {
  const col = (i: number) => `:${i + 1}`;
  let next = columns.length + 1;
  const outcome = withOutcome ? `:${next++}` : '';
  const extra = `:${next++}`;
  const batch = `:${next++}`;

  const insertCols = ['identity', ...columns, ...(withOutcome ? ['outcome'] : []), 'extra', 'first_batch_id', 'last_batch_id'];
  const values = [':0', ...columns.map((_, i) => col(i)), ...(withOutcome ? [`coalesce(${outcome}, 'open')`] : []), extra, batch, batch];
  const set = columns.map((c) => `${c} = coalesce(excluded.${c}, ${c})`);
  const changed = columns.map((c) => `(excluded.${c} IS NOT NULL AND excluded.${c} IS NOT ${c})`);
  if (withOutcome) {
    set.push(`outcome = coalesce(${outcome}, outcome)`);
    changed.push(`(${outcome} IS NOT NULL AND ${outcome} IS NOT outcome)`);
  }
  set.push(`extra = CASE WHEN ${extra} IS NULL THEN extra WHEN extra IS NULL THEN ${extra} ELSE json_patch(extra, ${extra}) END`);
  changed.push(`(${extra} IS NOT NULL AND (extra IS NULL OR json_patch(extra, ${extra}) IS NOT extra))`);
  set.push('last_batch_id = excluded.last_batch_id');
  const named =
    `INSERT INTO ${table} (${insertCols.join(', ')}) VALUES (${values.join(', ')}) ` +
    `ON CONFLICT(identity) DO UPDATE SET ${set.join(', ')} WHERE ${changed.join(' OR ')} RETURNING id`;
  const order: number[] = [];
  const sql = named.replace(/:(\d+)/g, (_m, n: string) => {
    order.push(Number(n));
    return '?';
  });
  return { sql, order };
}

const LEAD_UPSERT = upsertSql('leads', LEAD_COLUMNS, true);
const COMPANY_UPSERT = upsertSql('companies', COMPANY_COLUMNS, false);

function bindInOrder(order: readonly number[], logical: readonly SqlValue[]): SqlValue[] {
  const args = new Array<SqlValue>(order.length);
  for (let i = 0; i < order.length; i++) args[i] = logical[order[i]!]!;
  return args;
}

/** Returns the lead id when the row was inserted or changed, undefined when it was identical. */
export function upsertLead(
  db: Database.Database,
  identity: string,
  values: LeadValues,
  outcome: string | null,
  extraJson: string | null,
  batchId: number,
): number | undefined {
  const logical = [identity, ...values, outcome, extraJson, batchId];
  return prepared<SqlValue[], { id: number }>(db, LEAD_UPSERT.sql).get(...bindInOrder(LEAD_UPSERT.order, logical))?.id;
}

export function upsertCompany(
  db: Database.Database,
  identity: string,
  values: CompanyValues,
  extraJson: string | null,
  batchId: number,
): number | undefined {
  const logical = [identity, ...values, extraJson, batchId];
  return prepared<SqlValue[], { id: number }>(db, COMPANY_UPSERT.sql).get(...bindInOrder(COMPANY_UPSERT.order, logical))?.id;
}

export function leadIdByIdentity(db: Database.Database, identity: string): number | undefined {
  return prepared<[string], { id: number }>(db, 'SELECT id FROM leads WHERE identity = ?').get(identity)?.id;
}

export function companyIdByIdentity(db: Database.Database, identity: string): number | undefined {
  return prepared<[string], { id: number }>(db, 'SELECT id FROM companies WHERE identity = ?').get(identity)?.id;
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
export function fillCompanyGaps(db: Database.Database, companyId: number, values: CompanyValues, batchId: number): void {
  // Named parameters (@v0..): each value appears twice and better-sqlite3 has no `?NNN`.
  const sets = COMPANY_COLUMNS.map((c, i) => `${c} = coalesce(${c}, @v${i})`).join(', ');
  const changed = COMPANY_COLUMNS.map((c, i) => `(${c} IS NULL AND @v${i} IS NOT NULL)`).join(' OR ');
  const params: Record<string, SqlValue> = { id: companyId, batch: batchId };
  values.forEach((v, i) => (params[`v${i}`] = v));
  prepared<[Record<string, SqlValue>]>(db, `UPDATE companies SET ${sets}, last_batch_id = @batch WHERE id = @id AND (${changed})`).run(params);
}
