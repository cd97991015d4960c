/**
 * What a results grid asks beyond a page in some order (issue 11): its quick
 * search and column filters as a WHERE clause, the duplicates among the rows
 * it shows, the imported extra fields it shows as columns, and which extra
 * fields there are to choose from.
 *
 * The clause is built only from whitelist maps (the grid's sort keys, the
 * same that name its columns): a column name picks an SQL expression written
 * in record-rows.ts, and every value the user typed is a bound parameter,
 * matched as data — `%` and `_` mean themselves (instr, not LIKE). An
 * imported extra field (`x:<header>`) is filtered through its key from
 * sort-order.ts, the header bound too; a range on it compares the values
 * that read as numbers. Text is
 * compared with SQLite's lower() on both sides, so case is ignored the same
 * way for the value and the data.
 */
import type Database from 'better-sqlite3';
import type { Entity, GridFilterDto, GridQueryDto } from '../../contract/dto';
import { prepared } from '../statements';
import { sortKeyOf, type ExtraFieldSource, type SortKey, type SortKeys } from './sort-order';

/** The columns the quick search looks in (those a record lacks — a company's email — are left out). */
export const SEARCHED_COLUMNS = ['name', 'email', 'company', 'title'] as const;

export interface GridWhere {
  /** An SQL condition over the grid query's output columns ('1' when nothing narrows it). */
  sql: string;
  params: Record<string, string | number>;
}

/** Whether the query narrows the rows (a search, a filter, or folded duplicates), so a page needs its own count. */
export function narrows(query: GridQueryDto): boolean {
  return (query.search?.trim() ?? '') !== '' || (query.filters?.length ?? 0) > 0 || query.fold === true;
}

/** A record column's expression that is never a value (NONE in record-rows.ts: a company's title). */
const isNone = (key: SortKey) => key.expr === 'NULL';

function filterCondition(key: SortKey, filter: GridFilterDto, param: string, params: GridWhere['params']): string {
  Object.assign(params, key.params);
  if ('contains' in filter) {
    params[param] = filter.contains;
    return `instr(lower(${key.expr}), lower(@${param})) > 0`;
  }
  if ('in' in filter) {
    params[param] = JSON.stringify(filter.in);
    return `lower(${key.expr}) IN (SELECT lower(value) FROM json_each(@${param}))`;
  }
  // A range reads numbers: an extra field's text that reads as one (never "n/a"), a number column as it is.
  const number = key.number ?? key.expr;
  const ends: string[] = [];
  if (filter.min !== undefined) {
    params[`${param}_min`] = filter.min;
    ends.push(`${number} >= @${param}_min`);
  }
  if (filter.max !== undefined) {
    params[`${param}_max`] = filter.max;
    ends.push(`${number} <= @${param}_max`);
  }
  return ends.join(' AND ');
}

/**
 * The search and filters as one condition: the search matches any searched column; every filter must hold.
 * With `extras`, a filter may name an imported extra field (`x:<header>`), its header bound as `@grid_f<i>_x`.
 */
export function gridWhere(keys: SortKeys, query: GridQueryDto, extras?: ExtraFieldSource): GridWhere {
  const params: GridWhere['params'] = {};
  const parts: string[] = [];
  const search = query.search?.trim() ?? '';
  if (search !== '') {
    params.grid_search = search;
    const searched = SEARCHED_COLUMNS.map((c) => sortKeyOf(keys, c, 'filter')).filter((k) => !isNone(k));
    parts.push(`(${searched.map((k) => `instr(lower(${k.expr}), lower(@grid_search)) > 0`).join(' OR ')})`);
  }
  (query.filters ?? []).forEach((filter, i) => {
    const key = sortKeyOf(keys, filter.column, 'filter', extras, `grid_f${i}_x`);
    // A filter on a column the record does not have matches nothing, as the empty column shows.
    parts.push(isNone(key) ? '0' : `(${filterCondition(key, filter, `grid_f${i}`, params)})`);
  });
  return { sql: parts.length > 0 ? parts.join(' AND ') : '1', params };
}

/** A later record of the same person (or company) and the earliest one before it, with the key they share. */
export interface DuplicateRow {
  id: number;
  dup_id: number;
  dup_name: string | null;
  by: 'email' | 'name and company' | 'domain' | 'name';
}

/**
 * For each lead among `ids`, the earliest other lead of the same person: the
 * same email (stored lower-cased, migration 0005, so this is case-insensitive),
 * else the same folded name at the same company. Each probe is an index seek
 * (leads_by_email, leads_by_company), so a page costs its own rows only, at
 * any workspace size. Only the later record of a pair is marked: the first
 * one imported is the original.
 */
export function duplicateLeads(db: Database.Database, ids: readonly number[]): DuplicateRow[] {
  if (ids.length === 0) return [];
  return prepared<[string], DuplicateRow>(
    db,
    `SELECT id, coalesce(by_email, by_name) AS dup_id, CASE WHEN by_email IS NOT NULL THEN 'email' ELSE 'name and company' END AS by,
       (SELECT coalesce(d.full_name, nullif(trim(coalesce(d.first_name, '') || ' ' || coalesce(d.last_name, '')), ''), d.email)
        FROM leads d WHERE d.id = coalesce(by_email, by_name)) AS dup_name
     FROM (
       SELECT l.id,
         (SELECT d.id FROM leads d WHERE d.email = l.email AND d.id < l.id ORDER BY d.id LIMIT 1) AS by_email,
         (SELECT d.id FROM leads d WHERE d.company_id = l.company_id AND d.name_key = l.name_key AND d.id < l.id ORDER BY d.id LIMIT 1) AS by_name
       FROM json_each(?) j JOIN leads l ON l.id = j.value)
     WHERE by_email IS NOT NULL OR by_name IS NOT NULL`,
  ).all(JSON.stringify(ids));
}

/**
 * For each company among `ids`, the earliest other company that is the same
 * one: the same domain, else the same normalised name (companies.name_key,
 * crm/normalize/company-name.ts). Index seeks (companies_by_domain,
 * companies_by_name_key), as for leads; only the later record is marked.
 */
export function duplicateCompanies(db: Database.Database, ids: readonly number[]): DuplicateRow[] {
  if (ids.length === 0) return [];
  return prepared<[string], DuplicateRow>(
    db,
    `SELECT id, coalesce(by_domain, by_name) AS dup_id, CASE WHEN by_domain IS NOT NULL THEN 'domain' ELSE 'name' END AS by,
       (SELECT coalesce(d.name, d.domain) FROM companies d WHERE d.id = coalesce(by_domain, by_name)) AS dup_name
     FROM (
       SELECT c.id,
         (SELECT d.id FROM companies d WHERE d.domain = c.domain AND d.id < c.id ORDER BY d.id LIMIT 1) AS by_domain,
         (SELECT d.id FROM companies d WHERE d.name_key = c.name_key AND d.id < c.id ORDER BY d.id LIMIT 1) AS by_name
       FROM json_each(?) j JOIN companies c ON c.id = j.value)
     WHERE by_domain IS NOT NULL OR by_name IS NOT NULL`,
  ).all(JSON.stringify(ids));
}

/** The later duplicates among the records `ids` (duplicateLeads or duplicateCompanies, by entity). */
export function duplicatesOf(db: Database.Database, entity: Entity, ids: readonly number[]): DuplicateRow[] {
  return entity === 'leads' ? duplicateLeads(db, ids) : duplicateCompanies(db, ids);
}

/**
 * What folding compares, per entity, as SQL over a grid query's output
 * columns: the two keys duplicateLeads and duplicateCompanies match on (a
 * lead's email, and its folded name at its company; a company's domain, and
 * its normalised name). The grid queries add `dup_name_key` (the record's
 * name_key) and, for leads, `dup_company_id` (record-rows.ts).
 */
const FOLD_KEYS: Record<Entity, { a: string; b: string }> = {
  leads: { a: 'email', b: "CASE WHEN dup_company_id IS NOT NULL AND dup_name_key IS NOT NULL THEN dup_company_id || ':' || dup_name_key END" },
  companies: { a: 'domain', b: 'dup_name_key' },
};

/**
 * The ids of a grid's result that fold away: those sharing a key (FOLD_KEYS)
 * with an earlier record — by id, the order imported — that is also in the
 * result; the earliest of each person or company stays, wherever the sort
 * puts it. `result` selects the result's `id, {a} AS fold_a, {b} AS fold_b`
 * (the placeholders are filled here). The keys stay in SQLite: the earliest
 * id per key is a window over the result, and only the ids folded away (few)
 * come back.
 */
export function foldedDuplicatesSql(entity: Entity, result: string): string {
  const { a, b } = FOLD_KEYS[entity];
  return `SELECT id FROM (
      SELECT id, fold_a, fold_b, min(id) OVER (PARTITION BY fold_a) AS first_a, min(id) OVER (PARTITION BY fold_b) AS first_b
      FROM (${result.replace('{a}', a).replace('{b}', b)}))
    WHERE (fold_a IS NOT NULL AND first_a < id) OR (fold_b IS NOT NULL AND first_b < id)`;
}

/**
 * The chosen extra fields of the records `ids` (header → text; a record
 * without any is left out). Read for the page only: a record's extras can be
 * a 5,000-column object, and the sorted queries would otherwise carry them
 * for every row they sort.
 */
export function pickedExtras(db: Database.Database, entity: Entity, ids: readonly number[], headers: readonly string[]): Map<number, Record<string, string>> {
  const found = new Map<number, Record<string, string>>();
  if (ids.length === 0 || headers.length === 0) return found;
  const table = entity === 'leads' ? 'leads' : 'companies';
  const rows = prepared<{ ids: string; headers: string }, { id: number; picked: string }>(
    db,
    `SELECT x.id, (SELECT json_group_object(e.key, e.value) FROM json_each(x.extra) e WHERE e.key IN (SELECT value FROM json_each(@headers))) AS picked
     FROM json_each(@ids) j JOIN ${table} x ON x.id = j.value
     WHERE x.extra IS NOT NULL AND json_valid(x.extra)`,
  ).all({ ids: JSON.stringify(ids), headers: JSON.stringify(headers) });
  for (const r of rows) {
    const object = JSON.parse(r.picked) as Record<string, unknown>;
    const text: Record<string, string> = {};
    for (const [k, v] of Object.entries(object)) if (v !== null && v !== undefined) text[k] = String(v);
    if (Object.keys(text).length > 0) found.set(r.id, text);
  }
  return found;
}

/** At most this many extra fields are offered to choose from (a 5,000-column file would make the chooser useless). */
const MAX_EXTRA_FIELDS = 300;

/**
 * The extra fields the entity's records may have: the columns completed
 * imports kept as extras (neither mapped to a field nor ignored), by header,
 * in the order the files gave them. Read from the import batches' mappings,
 * never by scanning the records.
 */
export function extraFieldHeaders(db: Database.Database, entity: Entity): string[] {
  return prepared<[Entity, number], string>(
    db,
    `SELECT header FROM (
       SELECT json_extract(c.value, '$.header') AS header, min(b.id * 100000 + c.key) AS first_seen
       FROM import_batches b, json_each(b.mapping, '$.columns') c
       WHERE b.entity = ? AND b.status = 'completed'
         AND json_extract(c.value, '$.field') IS NULL AND NOT coalesce(json_extract(c.value, '$.ignored'), 0)
       GROUP BY header)
     WHERE header IS NOT NULL ORDER BY first_seen LIMIT ?`,
  )
    .pluck()
    .all(entity, MAX_EXTRA_FIELDS) as unknown as string[];
}

/** The ranks of some records in a job (those it ranked), by record id. */
export function jobRanksOf(db: Database.Database, jobId: number, ids: readonly number[]): Map<number, number> {
  const rows = prepared<[string, number], { record_id: number; rank: number }>(
    db,
    'SELECT k.record_id, k.rank FROM json_each(?) j JOIN lookalike_candidates k ON k.record_id = j.value AND k.job_id = ?',
  ).all(JSON.stringify(ids), jobId);
  return new Map(rows.map((r) => [r.record_id, r.rank]));
}
