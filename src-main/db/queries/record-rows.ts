/**
 * Records as people read them — a list's members, a job's candidates — with
 * the lookalike score that goes with them. Pages are keyset-paged (after a
 * member id or a rank), so exporting a million rows never holds a statement
 * open across an await and never sorts more than one page.
 *
 * A lead's firmographics fall back to its linked company where the lead row
 * has none (a contacts export often leaves industry to the company file).
 */
import type Database from 'better-sqlite3';
import type { CandidateSortColumn, Entity, GridQueryDto, ListMemberSortColumn, Outcome, SortDto } from '../../contract/dto';
import { FIELD_TABLE } from '../../../src-model/fields/field-table';
import { prepared } from '../statements';
import { foldedDuplicatesSql, gridWhere, narrows } from './record-grid';
import { gridOrderBy, type ExtraFieldSource, type SortKey, type SortKeys } from './sort-order';

/** A lead as LEAD_SELECT reads it: its display name, the field columns (from the field table), its outcome and its company's country. */
export interface LeadRecordRow {
  id: number;
  /** Full name, else first and last name. */
  display_name: string | null;
  record_id: string | null;
  first_name: string | null;
  last_name: string | null;
  full_name: string | null;
  email: string | null;
  phone: string | null;
  title: string | null;
  seniority: string | null;
  department: string | null;
  company: string | null;
  domain: string | null;
  industry: string | null;
  employees: number | null;
  employees_range: string | null;
  revenue: number | null;
  country: string | null;
  state: string | null;
  city: string | null;
  technologies: string | null;
  intent: string | null;
  status: string | null;
  score: number | null;
  campaign: string | null;
  replied: number | null;
  won: number | null;
  outcome: Outcome;
  owner: string | null;
  created_at: string | null;
  /** The linked company's country (the lead's own is `country`): where the engine's geography comes from. */
  company_country: string | null;
}

export interface CompanyRecordRow {
  id: number;
  display_name: string | null;
  record_id: string | null;
  name: string | null;
  domain: string | null;
  industry: string | null;
  employees: number | null;
  employees_range: string | null;
  revenue: number | null;
  country: string | null;
  state: string | null;
  city: string | null;
  technologies: string | null;
  intent: string | null;
  status: string | null;
  owner: string | null;
  created_at: string | null;
}

/** The lookalike part of a row: from the job itself, or the record's latest score for a list. */
export interface LookalikeColumns {
  lookalike_rank: number | null;
  lookalike_score: number | null;
  /** JSON object block → contribution, as the job stored it. */
  lookalike_reasons: string | null;
  lookalike_job_id: number | null;
}

export type RecordRow = (LeadRecordRow & { entity: 'leads' }) | (CompanyRecordRow & { entity: 'companies' });
export type ScoredRecordRow = RecordRow & LookalikeColumns;
/** With the record's imported extra fields (a JSON object, header → text; null for none), as exports read it. */
export type ExportRecordRow = ScoredRecordRow & { extra: string | null };

/**
 * A lead's field columns (from the field table), each under its own name. A
 * field the lead inherits (FieldStorage.inheritedFromCompany) falls back to
 * its linked company's, and its text column goes with the number shown.
 */
const LEAD_FIELDS_SELECT = FIELD_TABLE.flatMap(({ storage: s }) => {
  if (!s.inheritedFromCompany || s.companies === undefined) return s.textColumn ? [`l.${s.leads}`, `l.${s.textColumn}`] : [`l.${s.leads}`];
  const value = `coalesce(l.${s.leads}, c.${s.companies}) AS ${s.leads}`;
  return s.textColumn ? [value, `CASE WHEN l.${s.leads} IS NOT NULL THEN l.${s.textColumn} ELSE c.${s.textColumn} END AS ${s.textColumn}`] : [value];
}).join(', ');

const COMPANY_FIELDS_SELECT = FIELD_TABLE.flatMap(({ storage: s }) =>
  s.companies === undefined ? [] : s.textColumn ? [`c.${s.companies}`, `c.${s.textColumn}`] : [`c.${s.companies}`],
).join(', ');

const LEAD_SELECT = `'leads' AS entity, l.id,
  coalesce(l.full_name, nullif(trim(coalesce(l.first_name, '') || ' ' || coalesce(l.last_name, '')), '')) AS display_name,
  ${LEAD_FIELDS_SELECT}, l.outcome, c.country AS company_country`;

const COMPANY_SELECT = `'companies' AS entity, c.id, c.name AS display_name, ${COMPANY_FIELDS_SELECT}`;

const FROM_LEAD = 'JOIN leads l ON l.id = {id} LEFT JOIN companies c ON c.id = l.company_id';
const FROM_COMPANY = 'JOIN companies c ON c.id = {id}';

/**
 * The record's columns and join; `withExtra` adds the record's own extra
 * fields (not the linked company's), which only exports read: they can be
 * wide (a 5,000-column file), so grids and lists leave them out.
 */
function recordJoin(entity: Entity, idExpr: string, withExtra = false): { select: string; join: string; own: string } {
  const r =
    entity === 'leads'
      ? { select: LEAD_SELECT, join: FROM_LEAD.replace('{id}', idExpr), own: 'l' }
      : { select: COMPANY_SELECT, join: FROM_COMPANY.replace('{id}', idExpr), own: 'c' };
  return withExtra ? { ...r, select: `${r.select}, ${r.own}.extra AS extra` } : r;
}

/**
 * A list member's score and its job: the ones it was added with (kept when
 * later jobs replace their source's scores), else — a member added by hand,
 * or whose job was deleted — the record's latest score (`s`). Reads `m`
 * (list_members) and `s`; its rank and reasons come from that job (`k`).
 */
const MEMBER_SCORE = 'CASE WHEN m.job_id IS NOT NULL THEN m.score ELSE s.score END AS lookalike_score, coalesce(m.job_id, s.job_id) AS lookalike_job_id';

/** `AND <id> IN` the selection: a JSON array of record ids, bound as @selection. */
const inSelection = (idExpr: string) => `AND ${idExpr} IN (SELECT value FROM json_each(@selection))`;

/** The rows a page of records reads: with `withExtra` (an export), each record's extra fields too. */
type RecordPageRows<WithExtra extends boolean> = WithExtra extends true ? ExportRecordRow[] : ScoredRecordRow[];

/**
 * A job's candidates in rank order, after `afterRank`, with their records;
 * only those scoring at least `minScore`, and with `selection` (a JSON array
 * of record ids) only those records.
 */
export function jobCandidateRecords<WithExtra extends boolean = false>(
  db: Database.Database,
  jobId: number,
  entity: Entity,
  afterRank: number,
  limit: number,
  minScore = 0,
  selection?: string,
  withExtra?: WithExtra,
): RecordPageRows<WithExtra> {
  const r = recordJoin(entity, 'k.record_id', withExtra === true);
  const params = { job: jobId, after: afterRank, minScore, limit, ...(selection === undefined ? {} : { selection }) };
  return prepared<typeof params, ScoredRecordRow>(
    db,
    `SELECT ${r.select}, k.rank AS lookalike_rank, k.score AS lookalike_score, k.reasons AS lookalike_reasons, k.job_id AS lookalike_job_id
     FROM lookalike_candidates k ${r.join}
     WHERE k.job_id = @job AND k.rank > @after AND k.score >= @minScore ${selection === undefined ? '' : inSelection('k.record_id')}
     ORDER BY k.rank LIMIT @limit`,
  ).all(params) as RecordPageRows<WithExtra>;
}

/**
 * A list's members in id order, after `afterId`, each with its latest
 * lookalike score (over all sources) and that job's rank and reasons.
 */
export function listMemberRecords<WithExtra extends boolean = false>(
  db: Database.Database,
  listId: number,
  entity: Entity,
  afterId: number,
  limit: number,
  selection?: string,
  withExtra?: WithExtra,
): RecordPageRows<WithExtra> {
  const memberCol = entity === 'leads' ? 'm.lead_id' : 'm.company_id';
  const r = recordJoin(entity, memberCol, withExtra === true);
  const params = { list: listId, entity, after: afterId, limit, ...(selection === undefined ? {} : { selection }) };
  return prepared<typeof params, ScoredRecordRow>(
    db,
    `SELECT ${r.select}, k.rank AS lookalike_rank, ${MEMBER_SCORE}, k.reasons AS lookalike_reasons
     FROM list_members m ${r.join}
     LEFT JOIN lookalike_scores s ON s.entity = @entity AND s.record_id = ${r.own}.id AND s.source = (
       SELECT s2.source FROM lookalike_scores s2 WHERE s2.entity = @entity AND s2.record_id = ${r.own}.id
       ORDER BY s2.scored_at DESC, s2.job_id DESC LIMIT 1)
     LEFT JOIN lookalike_candidates k ON k.job_id = coalesce(m.job_id, s.job_id) AND k.record_id = ${r.own}.id
     WHERE m.list_id = @list AND ${memberCol} > @after ${selection === undefined ? '' : inSelection(memberCol)}
     ORDER BY ${memberCol} LIMIT @limit`,
  ).all(params) as RecordPageRows<WithExtra>;
}

/** A page of an export's extra fields: where the record stands (rank or member id, to page on) and its extra JSON. */
export interface ExtraFieldsRow {
  pos: number;
  extra: string;
}

/**
 * The extra fields of a job's candidates (as jobCandidateRecords selects
 * them) that have any, in rank order after `afterRank`: the export reads
 * these first to name its extra columns before it writes the header.
 */
export function jobCandidateExtras(
  db: Database.Database,
  jobId: number,
  entity: Entity,
  afterRank: number,
  limit: number,
  minScore: number,
  selection: string | undefined,
): ExtraFieldsRow[] {
  const table = entity === 'leads' ? 'leads' : 'companies';
  const params = { job: jobId, after: afterRank, minScore, limit, ...(selection === undefined ? {} : { selection }) };
  return prepared<typeof params, ExtraFieldsRow>(
    db,
    `SELECT k.rank AS pos, x.extra AS extra FROM lookalike_candidates k JOIN ${table} x ON x.id = k.record_id
     WHERE k.job_id = @job AND k.rank > @after AND k.score >= @minScore AND x.extra IS NOT NULL
       ${selection === undefined ? '' : inSelection('k.record_id')}
     ORDER BY k.rank LIMIT @limit`,
  ).all(params);
}

/** The extra fields of a list's members that have any, in member order after `afterId` (as listMemberRecords). */
export function listMemberExtras(
  db: Database.Database,
  listId: number,
  entity: Entity,
  afterId: number,
  limit: number,
  selection: string | undefined,
): ExtraFieldsRow[] {
  const memberCol = entity === 'leads' ? 'm.lead_id' : 'm.company_id';
  const table = entity === 'leads' ? 'leads' : 'companies';
  const params = { list: listId, after: afterId, limit, ...(selection === undefined ? {} : { selection }) };
  return prepared<typeof params, ExtraFieldsRow>(
    db,
    `SELECT ${memberCol} AS pos, x.extra AS extra FROM list_members m JOIN ${table} x ON x.id = ${memberCol}
     WHERE m.list_id = @list AND ${memberCol} > @after AND x.extra IS NOT NULL ${selection === undefined ? '' : inSelection(memberCol)}
     ORDER BY ${memberCol} LIMIT @limit`,
  ).all(params);
}

/** A job's stored examples with their records and weights (records deleted since are left out). */
export function jobExampleRecords(db: Database.Database, jobId: number, entity: Entity): (RecordRow & { weight: number })[] {
  const r = recordJoin(entity, 'e.record_id');
  return prepared<[number], RecordRow & { weight: number }>(
    db,
    `SELECT ${r.select}, e.weight AS weight FROM lookalike_job_examples e ${r.join} WHERE e.job_id = ? ORDER BY e.record_id`,
  ).all(jobId);
}

/**
 * Records by id, in the order given, each with its standing in a job (rank,
 * score and reasons; null when the job did not keep it). Unknown ids are
 * left out. The ids travel as one JSON array parameter.
 */
export function jobRecordsByIds(db: Database.Database, jobId: number, entity: Entity, ids: readonly number[]): ScoredRecordRow[] {
  const r = recordJoin(entity, 'j.value');
  return prepared<[string, number], ScoredRecordRow>(
    db,
    `SELECT ${r.select}, k.rank AS lookalike_rank, k.score AS lookalike_score, k.reasons AS lookalike_reasons, k.job_id AS lookalike_job_id
     FROM json_each(?) j ${r.join}
     LEFT JOIN lookalike_candidates k ON k.job_id = ? AND k.record_id = j.value
     ORDER BY j.key`,
  ).all(JSON.stringify(ids), jobId);
}

/** What a record is called, for naming it in a note (its name, else its email or CRM id). */
export function recordNames(db: Database.Database, entity: Entity, ids: readonly number[]): { id: number; name: string | null }[] {
  if (ids.length === 0) return [];
  const sql =
    entity === 'leads'
      ? `SELECT l.id, coalesce(l.full_name, nullif(trim(coalesce(l.first_name, '') || ' ' || coalesce(l.last_name, '')), ''), l.email, l.record_id) AS name
         FROM json_each(?) j JOIN leads l ON l.id = j.value`
      : `SELECT c.id, coalesce(c.name, c.domain, c.record_id) AS name FROM json_each(?) j JOIN companies c ON c.id = j.value`;
  return db.prepare(sql).all(JSON.stringify(ids)) as { id: number; name: string | null }[];
}

const text = (expr: string): SortKey => ({ expr, text: true });
const number = (expr: string): SortKey => ({ expr });
const NONE = number('NULL');

/**
 * The record columns a grid sorts by, over the output columns of LEAD_SELECT
 * and COMPANY_SELECT (the sorted queries read them from a subquery).
 */
const LEAD_SORT_KEYS: SortKeys = {
  name: text('display_name'),
  recordId: text('record_id'),
  email: text('email'),
  title: text('title'),
  company: text('company'),
  domain: text('domain'),
  industry: text('industry'),
  seniority: text('seniority'),
  department: text('department'),
  employees: number('employees'),
  revenue: number('revenue'),
  country: text('country'),
  state: text('state'),
  city: text('city'),
  status: text('status'),
  owner: text('owner'),
  createdAt: text('created_at'),
  outcome: text('outcome'),
  leadScore: number('score'),
};

const RECORD_SORT_KEYS: Record<Entity, SortKeys> = {
  leads: LEAD_SORT_KEYS,
  // A company is its own company; it has no person's fields, outcome or lead score.
  companies: {
    ...LEAD_SORT_KEYS,
    company: text('display_name'),
    email: NONE,
    title: NONE,
    seniority: NONE,
    department: NONE,
    outcome: NONE,
    leadScore: NONE,
  },
};

const CANDIDATE_SORT_KEYS: Record<Entity, SortKeys> = {
  leads: { rank: number('lookalike_rank'), score: number('lookalike_score'), ...RECORD_SORT_KEYS.leads },
  companies: { rank: number('lookalike_rank'), score: number('lookalike_score'), ...RECORD_SORT_KEYS.companies },
};
const MEMBER_SORT_KEYS: Record<Entity, SortKeys> = {
  leads: { id: number('id'), score: number('lookalike_score'), ...RECORD_SORT_KEYS.leads },
  companies: { id: number('id'), score: number('lookalike_score'), ...RECORD_SORT_KEYS.companies },
};

/** A page a results grid asks for: its order (none: the grid's default), where, how many, and what narrows it. */
export interface GridPage<C extends string> {
  sort?: SortDto<C>;
  offset: number;
  limit: number;
  query: GridQueryDto;
}

/** A page of a grid, with how many rows match its search and filters (null when nothing narrows it: the caller knows). */
export interface GridRows {
  rows: ScoredRecordRow[];
  matching: number | null;
}

/** A grid's base query (`inner`, every row it may show), its sort keys, and its order. */
interface GridSql {
  entity: Entity;
  inner: string;
  keys: SortKeys;
  order: string;
  params: Record<string, unknown>;
}

/**
 * The `key` column (a candidate's rank, a record id) of the grid's rows
 * narrowed by its search and filters, in its order; with `fold`, without the
 * later duplicates of records also in the result (record-grid.ts). Orders by
 * the sort expression alone — SQLite flattens `inner`, computing only the
 * columns the WHERE and ORDER BY name. Prepared afresh rather than cached:
 * the SQL varies with which columns are filtered (never with the values,
 * which are bound).
 */
function orderedKeys(db: Database.Database, grid: GridSql, key: string, query: GridQueryDto): number[] {
  const where = gridWhere(grid.keys, query, extrasOf(grid.entity));
  const all = { ...grid.params, ...where.params };
  const from = `FROM (${grid.inner}) AS ${GRID_ROWS} WHERE ${where.sql} ORDER BY ${grid.order}`;
  if (!query.fold || key === 'id') {
    const keys = db.prepare(`SELECT ${key} ${from}`).pluck().all(all) as number[];
    return query.fold ? without(keys, foldedIds(db, grid, where.sql, all)) : keys;
  }
  const folded = foldedIds(db, grid, where.sql, all);
  const rows = db.prepare(`SELECT ${key}, id ${from}`).raw().all(all) as [number, number][];
  return rows.flatMap(([k, id]) => (folded.has(id) ? [] : [k]));
}

const without = (ids: number[], folded: ReadonlySet<number>) => (folded.size === 0 ? ids : ids.filter((id) => !folded.has(id)));

/** The record ids of the grid's narrowed result that fold away (record-grid.ts). */
function foldedIds(db: Database.Database, grid: GridSql, where: string, params: Record<string, unknown>): Set<number> {
  const result = `SELECT id, {a} AS fold_a, {b} AS fold_b FROM (${grid.inner}) AS ${GRID_ROWS} WHERE ${where}`;
  return new Set(db.prepare(foldedDuplicatesSql(grid.entity, result)).pluck().all(params) as number[]);
}

/**
 * Rows of a grid narrowed by its search and filters, in its sort, a page
 * from `offset`, with their count. Two passes, so the sort never carries
 * whole rows: the first orders the matching rows' keys (`key`: a
 * candidate's rank, a member's record id) and counts them (orderedKeys);
 * the second reads the page's rows by key.
 */
function keyedPage(db: Database.Database, grid: GridSql, key: string, page: GridPage<string>): GridRows {
  const ordered = orderedKeys(db, grid, key, page.query);
  const wanted = ordered.slice(page.offset, page.offset + page.limit);
  if (wanted.length === 0) return { rows: [], matching: ordered.length };
  const rows = db
    .prepare(`SELECT * FROM (${grid.inner}) WHERE ${key} IN (SELECT value FROM json_each(@page_keys))`)
    .all({ ...grid.params, page_keys: JSON.stringify(wanted) }) as (ScoredRecordRow & Record<string, unknown>)[];
  const byKey = new Map(rows.map((r) => [r[key] as number, r as ScoredRecordRow]));
  return { rows: wanted.flatMap((k) => byKey.get(k) ?? []), matching: ordered.length };
}

/** The record's own keys that folding compares beyond its output columns (record-grid.ts FOLD_KEYS); computed only when folding reads them. */
const foldColumns = (entity: Entity) => (entity === 'leads' ? 'l.name_key AS dup_name_key, l.company_id AS dup_company_id' : 'c.name_key AS dup_name_key');

/** The alias of a grid's rows in its sorted queries, by which an imported extra field's key finds its record (sort-order.ts). */
const GRID_ROWS = 'grid_rows';
const extrasOf = (entity: Entity): ExtraFieldSource => ({ entity, rows: GRID_ROWS });

/** A job's candidates scoring at least `minScore` as its grid queries them, in `sort` (none: best first). */
function candidateGrid(jobId: number, entity: Entity, minScore: number, sort: SortDto<CandidateSortColumn> | undefined): GridSql {
  const r = recordJoin(entity, 'k.record_id');
  const byRank = !sort || (sort.column === 'rank' && sort.direction === 'asc');
  const order = byRank ? { sql: 'lookalike_rank ASC', params: {} } : gridOrderBy(CANDIDATE_SORT_KEYS[entity], sort, ['lookalike_rank ASC'], extrasOf(entity));
  return {
    entity,
    inner: `SELECT ${r.select}, k.rank AS lookalike_rank, k.score AS lookalike_score, k.reasons AS lookalike_reasons, k.job_id AS lookalike_job_id, ${foldColumns(entity)}
     FROM lookalike_candidates k ${r.join}
     WHERE k.job_id = @job AND k.score >= @minScore`,
    keys: CANDIDATE_SORT_KEYS[entity],
    order: order.sql,
    params: { job: jobId, minScore, ...order.params },
  };
}

/** A list's members as its grid queries them, in `sort` (none: stored order). */
function memberGrid(listId: number, entity: Entity, sort: SortDto<ListMemberSortColumn> | undefined): GridSql {
  const memberCol = entity === 'leads' ? 'm.lead_id' : 'm.company_id';
  const r = recordJoin(entity, memberCol);
  const order = sort ? gridOrderBy(MEMBER_SORT_KEYS[entity], sort, ['id ASC'], extrasOf(entity)) : { sql: 'id ASC', params: {} };
  return {
    entity,
    inner: `SELECT ${r.select}, k.rank AS lookalike_rank, ${MEMBER_SCORE}, k.reasons AS lookalike_reasons, ${foldColumns(entity)}
       FROM list_members m ${r.join}
       LEFT JOIN lookalike_scores s ON s.entity = @entity AND s.record_id = ${r.own}.id AND s.source = (
         SELECT s2.source FROM lookalike_scores s2 WHERE s2.entity = @entity AND s2.record_id = ${r.own}.id
         ORDER BY s2.scored_at DESC, s2.job_id DESC LIMIT 1)
       LEFT JOIN lookalike_candidates k ON k.job_id = coalesce(m.job_id, s.job_id) AND k.record_id = ${r.own}.id
       WHERE m.list_id = @list`,
    keys: MEMBER_SORT_KEYS[entity],
    order: order.sql,
    params: { list: listId, entity, ...order.params },
  };
}

/**
 * A page of a job's candidates as its grid asks for it. Best first with
 * nothing narrowing it is a keyset page on the candidates' primary key (the
 * first page of a 50k result reads 50 rows); any other order, a search, a
 * filter or folding orders every candidate scoring at least `minScore` (keyedPage).
 */
export function gridJobCandidateRecords(
  db: Database.Database,
  jobId: number,
  entity: Entity,
  minScore: number,
  page: GridPage<CandidateSortColumn>,
): GridRows {
  const byRank = !page.sort || (page.sort.column === 'rank' && page.sort.direction === 'asc');
  const narrowed = narrows(page.query);
  if (byRank && !narrowed) return { rows: jobCandidateRecords(db, jobId, entity, page.offset, page.limit, minScore), matching: null };
  const rows = keyedPage(db, candidateGrid(jobId, entity, minScore, page.sort), 'lookalike_rank', page);
  return narrowed ? rows : { ...rows, matching: null };
}

/** A page of a list's members as its grid asks for it: stored order with nothing narrowing it is a keyset page. */
export function gridListMemberRecords(
  db: Database.Database,
  listId: number,
  entity: Entity,
  page: GridPage<ListMemberSortColumn>,
  /** The member before the page in stored order (null: past the end), for the keyset page. */
  memberBefore: () => number | null,
): GridRows {
  const byId = !page.sort || (page.sort.column === 'id' && page.sort.direction === 'asc');
  const narrowed = narrows(page.query);
  if (byId && !narrowed) {
    const after = page.offset === 0 ? 0 : memberBefore();
    return { rows: after === null ? [] : listMemberRecords(db, listId, entity, after, page.limit), matching: null };
  }
  const rows = keyedPage(db, memberGrid(listId, entity, page.sort), 'id', page);
  return narrowed ? rows : { ...rows, matching: null };
}

/** The record ids of every row a job's candidates grid shows (all its pages), in its order: what "Export all shown" writes. */
export function gridJobCandidateIds(
  db: Database.Database,
  jobId: number,
  entity: Entity,
  minScore: number,
  sort: SortDto<CandidateSortColumn> | undefined,
  query: GridQueryDto,
): number[] {
  return orderedKeys(db, candidateGrid(jobId, entity, minScore, sort), 'id', query);
}

/** The record ids of every row a list's members grid shows (all its pages), in its order. */
export function gridListMemberIds(
  db: Database.Database,
  listId: number,
  entity: Entity,
  sort: SortDto<ListMemberSortColumn> | undefined,
  query: GridQueryDto,
): number[] {
  return orderedKeys(db, memberGrid(listId, entity, sort), 'id', query);
}
