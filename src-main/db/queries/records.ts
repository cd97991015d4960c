/**
 * Finding and writing imported leads and companies:
 *  - a row's keys find the stored record (findLeadByKeys, findCompanyByKeys:
 *    record id, else email, else name and company for a lead; CRM id, else
 *    domain, else normalised name for a company), whichever file first
 *    created it (issue 9, defect 4);
 *  - a found record merges: every value the file gives replaces the stored
 *    one, values the file leaves empty keep what an earlier import stored,
 *    and extra fields merge key by key (json_patch) — so a second file that
 *    carries other columns for the same records (Olist's closed deals after
 *    its leads, Apollo's sequence outcomes after its contacts) adds to them
 *    instead of wiping them;
 *  - an identical record is not written at all (the WHERE on the UPDATE), so
 *    re-importing a file changes nothing and RETURNING yields no row;
 *  - a row no key finds inserts, under its identity string (the key it was
 *    first seen by; a key column the user named, or the content of a row with
 *    no key, are matched on that string alone).
 * Insert parameters are positional, in the order of the column lists below,
 * because binding a 35-key object per row costs more than the insert itself
 * at 1M rows. The field columns come from the field table
 * (src-model/fields/field-table.ts), so a field is written wherever it is declared.
 */
import type Database from 'better-sqlite3';
import { storedColumns } from '../../../src-model/fields/field-columns';
import { prepared } from '../statements';

/** The columns of `leads` and `companies` that hold fields, in the field table's order: what values are given in. */
export const LEAD_FIELD_COLUMNS = storedColumns('leads');
export const COMPANY_FIELD_COLUMNS = storedColumns('companies');

export type SqlValue = string | number | null;

/** A lead's field values, in the order of LEAD_FIELD_COLUMNS. */
export type LeadValues = SqlValue[];

/** What a company row writes: its field values (in the order of COMPANY_FIELD_COLUMNS) and its normalised name. */
export interface CompanyValues {
  fields: SqlValue[];
  /** companies.name_key, a lookup key (crm/normalize/company-name.ts). */
  nameKey: string | null;
}

export type UpsertChange = 'inserted' | 'updated' | 'unchanged';

export interface UpsertResult {
  /** The record's id; 0 when unchanged (callers have nothing to do for it). */
  id: number;
  change: UpsertChange;
}

/**
 * The plain INSERT of a new record. DO NOTHING on a known identity (one index
 * probe): a row whose keys found no record can still carry the identity
 * string an earlier file gave a record, and then merges into that record as
 * it always did. Measured here, a single INSERT … ON CONFLICT DO UPDATE …
 * RETURNING was twice the CPU of this plain insert per row.
 */
function insertSql(table: string, columns: readonly string[], withOutcome: boolean): string {
  const cols = ['identity', ...columns, ...(withOutcome ? ['outcome'] : []), 'extra', 'first_batch_id', 'last_batch_id'];
  return `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')}) ON CONFLICT(identity) DO NOTHING`;
}

/**
 * The merge into a known record: every value the file gives replaces the
 * stored one, values it leaves empty keep what an earlier import stored,
 * extras merge key by key (json_patch), and the outcome changes only when the
 * file carries one. An identical record matches no row, so nothing is written
 * and RETURNING yields nothing. `keyColumns` are written like the others but
 * are lookup keys, not what the user imported: filling one alone does not make
 * a row "updated".
 *
 * Parameters are positional, each bound once — the columns, then the outcome
 * (leads), the extra JSON, the batch, and the record's `target` (id or
 * identity) — and named once as columns of the one-row FROM, so that the
 * statement can use each value twice. Binding an object of 30-odd named
 * parameters per row cost more CPU, and garbage the collector promoted, on
 * re-imports of a million rows.
 */
function mergeSql(table: string, columns: readonly string[], withOutcome: boolean, target: 'id' | 'identity', keyColumns: readonly string[] = []): string {
  const set = columns.map((c, i) => `${c} = coalesce(p.c${i}, ${c})`);
  const changed = columns.flatMap((c, i) => (keyColumns.includes(c) ? [] : [`(p.c${i} IS NOT NULL AND p.c${i} IS NOT ${c})`]));
  const params = columns.map((_, i) => `? AS c${i}`);
  if (withOutcome) {
    params.push('? AS p_outcome');
    set.push('outcome = coalesce(p.p_outcome, outcome)');
    changed.push('(p.p_outcome IS NOT NULL AND p.p_outcome IS NOT outcome)');
  }
  params.push('? AS p_extra', '? AS p_batch', '? AS p_target');
  set.push('extra = CASE WHEN p.p_extra IS NULL THEN extra WHEN extra IS NULL THEN p.p_extra ELSE json_patch(extra, p.p_extra) END');
  changed.push('(p.p_extra IS NOT NULL AND (extra IS NULL OR json_patch(extra, p.p_extra) IS NOT extra))');
  set.push('last_batch_id = p.p_batch');
  return `UPDATE ${table} SET ${set.join(', ')} FROM (SELECT ${params.join(', ')}) AS p
    WHERE ${table}.${target} = p.p_target AND (${changed.join(' OR ')}) RETURNING ${table}.id`;
}

/**
 * What a lead row writes: its field columns, the company it links to, and its
 * folded name (leads.name_key, a lookup key, not a user field).
 */
const LEAD_WRITE_COLUMNS = [...LEAD_FIELD_COLUMNS.map((c) => c.column), 'company_id', 'name_key'];
/** What a company row writes: its field columns and its normalised name (which, unlike a lead's, counts as a change). */
const COMPANY_WRITE_COLUMNS = [...COMPANY_FIELD_COLUMNS.map((c) => c.column), 'name_key'];

const LEAD_INSERT = insertSql('leads', LEAD_WRITE_COLUMNS, true);
const LEAD_MERGE_BY_ID = mergeSql('leads', LEAD_WRITE_COLUMNS, true, 'id', ['name_key']);
const LEAD_MERGE_BY_IDENTITY = mergeSql('leads', LEAD_WRITE_COLUMNS, true, 'identity', ['name_key']);
const COMPANY_INSERT = insertSql('companies', COMPANY_WRITE_COLUMNS, false);
const COMPANY_MERGE_BY_ID = mergeSql('companies', COMPANY_WRITE_COLUMNS, false, 'id');
const COMPANY_MERGE_BY_IDENTITY = mergeSql('companies', COMPANY_WRITE_COLUMNS, false, 'identity');

function idByIdentity(db: Database.Database, table: 'leads' | 'companies', identity: string): number | undefined {
  return prepared<[string], number>(db, `SELECT id FROM ${table} WHERE identity = ?`).pluck().get(identity);
}

/**
 * How a stored record is found by a row's keys, strongest first. A candidate
 * that holds a different value of a stronger key is another record: two
 * leads with different record ids and one email stay two leads, as do two
 * companies with different CRM ids and one domain; a name-and-company (or
 * company name) match never crosses a different email (or domain). Among
 * several candidates for one key, the oldest wins. A NULL key probes nothing.
 *
 * A lead's branches probe the indexes its insert maintains anyway (migration
 * 0005): the identity index for `rid:<id>` (with the small
 * leads_by_late_record_id for leads that got their record id later),
 * leads_by_email, and leads_by_company on (company id, folded name). So a
 * lookup that finds nothing reads no page the insert would not: on the
 * 1M-row benchmark, a separate index per key cost a random page read each.
 */
const FIND_LEAD = `
SELECT id, 'record_id' AS key FROM (
  SELECT id FROM leads WHERE identity = 'rid:' || @recordId AND record_id = @recordId
  UNION ALL
  SELECT id FROM leads WHERE record_id = @recordId AND identity IS NOT 'rid:' || record_id
  ORDER BY id LIMIT 1)
UNION ALL
SELECT id, 'email' FROM (SELECT id FROM leads WHERE email = @email
  AND (record_id IS NULL OR @recordId IS NULL OR record_id = @recordId) ORDER BY id LIMIT 1)
UNION ALL
SELECT id, 'name_company' FROM (SELECT id FROM leads WHERE company_id = @companyId AND name_key = @nameKey
  AND (record_id IS NULL OR @recordId IS NULL OR record_id = @recordId)
  AND (email IS NULL OR @email IS NULL OR email = @email) ORDER BY id LIMIT 1)
LIMIT 1`;

const FIND_COMPANY = `
SELECT id, 'record_id' AS key, last_batch_id AS lastBatchId FROM (
  SELECT id, last_batch_id FROM companies WHERE record_id = @recordId ORDER BY id LIMIT 1)
UNION ALL
SELECT id, 'domain', last_batch_id FROM (SELECT id, last_batch_id FROM companies WHERE domain = @domain
  AND (record_id IS NULL OR @recordId IS NULL OR record_id = @recordId) ORDER BY id LIMIT 1)
UNION ALL
SELECT id, 'company_name', last_batch_id FROM (SELECT id, last_batch_id FROM companies WHERE name_key = @nameKey
  AND (record_id IS NULL OR @recordId IS NULL OR record_id = @recordId)
  AND (domain IS NULL OR @domain IS NULL OR domain = @domain) ORDER BY id LIMIT 1)
LIMIT 1`;

/** A lead row's keys: record id as written, email lower-cased, and its folded name at the company it links to. */
export interface LeadKeys {
  recordId: string | null;
  email: string | null;
  companyId: number | null;
  /** crm/compile.ts's folded full name. */
  nameKey: string | null;
}

/** A company's keys: its CRM id, domain and normalised name (companies.name_key). */
export interface CompanyKeys {
  recordId: string | null;
  domain: string | null;
  nameKey: string | null;
}

export type LeadKey = 'record_id' | 'email' | 'name_company';
export type CompanyKey = 'record_id' | 'domain' | 'company_name';

export interface KeyMatch<K extends string> {
  id: number;
  /** The key that found the record. */
  key: K;
}

export function findLeadByKeys(db: Database.Database, keys: LeadKeys): KeyMatch<LeadKey> | undefined {
  if (keys.recordId === null && keys.email === null && (keys.companyId === null || keys.nameKey === null)) return undefined;
  return prepared<[LeadKeys], KeyMatch<LeadKey>>(db, FIND_LEAD).get(keys);
}

export interface CompanyMatch extends KeyMatch<CompanyKey> {
  /** The last import that changed the company (created it, merged into it or filled its gaps). */
  lastBatchId: number | null;
}

export function findCompanyByKeys(db: Database.Database, keys: CompanyKeys): CompanyMatch | undefined {
  if (keys.recordId === null && keys.domain === null && keys.nameKey === null) return undefined;
  return prepared<[CompanyKeys], CompanyMatch>(db, FIND_COMPANY).get(keys);
}

/** Whether the workspace holds any lead (or company) at all. */
export function hasRecords(db: Database.Database, table: 'leads' | 'companies'): boolean {
  return prepared<[], number>(db, `SELECT EXISTS (SELECT 1 FROM ${table})`).pluck().get() === 1;
}

/** Whether a record already holds this identity string (the preview's check for key-column and content-keyed rows). */
export function hasIdentity(db: Database.Database, table: 'leads' | 'companies', identity: string): boolean {
  return idByIdentity(db, table, identity) !== undefined;
}

/** A lead row as the importer writes it. */
export interface LeadWrite {
  /** The row's identity string (crm/compile.ts), stored on a new lead. */
  identity: string;
  values: LeadValues;
  /** The company the lead links to. */
  companyId: number | null;
  nameKey: string | null;
  outcome: string | null;
  extraJson: string | null;
  batchId: number;
}

/**
 * Inserts a new lead; when a lead already holds the row's identity string,
 * merges into that one instead.
 */
export function insertLead(db: Database.Database, w: LeadWrite): UpsertResult {
  const info = prepared(db, LEAD_INSERT).run(w.identity, ...w.values, w.companyId, w.nameKey, w.outcome ?? 'open', w.extraJson, w.batchId, w.batchId);
  if (info.changes === 1) return { id: Number(info.lastInsertRowid), change: 'inserted' };
  const row = prepared<SqlValue[], { id: number }>(db, LEAD_MERGE_BY_IDENTITY).get(
    ...w.values, w.companyId, w.nameKey, w.outcome, w.extraJson, w.batchId, w.identity,
  );
  return row ? { id: row.id, change: 'updated' } : { id: 0, change: 'unchanged' };
}

/** Merges a lead row into the stored lead `id` (found by its keys). */
export function mergeLead(db: Database.Database, id: number, w: LeadWrite): UpsertResult {
  const row = prepared<SqlValue[], { id: number }>(db, LEAD_MERGE_BY_ID).get(...w.values, w.companyId, w.nameKey, w.outcome, w.extraJson, w.batchId, id);
  return row ? { id: row.id, change: 'updated' } : { id: 0, change: 'unchanged' };
}

/**
 * Inserts a new company; when a company already holds the identity string,
 * merges into that one instead. The id is returned whatever the change.
 */
export function insertCompany(
  db: Database.Database,
  identity: string,
  values: CompanyValues,
  extraJson: string | null,
  batchId: number,
): UpsertResult {
  const info = prepared(db, COMPANY_INSERT).run(identity, ...values.fields, values.nameKey, extraJson, batchId, batchId);
  if (info.changes === 1) return { id: Number(info.lastInsertRowid), change: 'inserted' };
  const row = prepared<SqlValue[], { id: number }>(db, COMPANY_MERGE_BY_IDENTITY).get(...values.fields, values.nameKey, extraJson, batchId, identity);
  return row ? { id: row.id, change: 'updated' } : { id: idByIdentity(db, 'companies', identity) ?? 0, change: 'unchanged' };
}

/** Merges a companies-file row into the stored company `id` (found by its keys). */
export function mergeCompany(db: Database.Database, id: number, values: CompanyValues, extraJson: string | null, batchId: number): UpsertResult {
  const row = prepared<SqlValue[], { id: number }>(db, COMPANY_MERGE_BY_ID).get(...values.fields, values.nameKey, extraJson, batchId, id);
  return { id, change: row ? 'updated' : 'unchanged' };
}

/**
 * Fills a linked company's empty fields from a lead row that carries company
 * attributes (industry, size, ...). Never overwrites what a company file set.
 * Positional: the values, the batch and the id, then the values again for
 * the WHERE (cheaper to bind than an object of named ones).
 */
const COMPANY_FILL_GAPS = `UPDATE companies SET ${COMPANY_WRITE_COLUMNS.map((c) => `${c} = coalesce(${c}, ?)`).join(', ')},
  last_batch_id = ? WHERE id = ? AND (${COMPANY_WRITE_COLUMNS.map((c) => `(${c} IS NULL AND ? IS NOT NULL)`).join(' OR ')})`;

export function fillCompanyGaps(db: Database.Database, companyId: number, values: CompanyValues, batchId: number): void {
  const row = [...values.fields, values.nameKey];
  prepared(db, COMPANY_FILL_GAPS).run(...row, batchId, companyId, ...row);
}
