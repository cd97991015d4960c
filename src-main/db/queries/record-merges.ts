/**
 * Merging an older workspace's duplicate leads and companies, and undoing it
 * (issue 9, defect 4 follow-up). crm/merge-plan.ts decides what merges; this
 * file finds the candidates, applies a plan and replays the log backwards.
 *
 * Invariants:
 *  - nothing is changed without being logged first: every record a merge
 *    touches is kept whole (JSON of every column) in record_merge_rows, and
 *    every row of another table that pointed at a merged record is logged in
 *    record_merge_links as moved to the survivor, or dropped (kept whole)
 *    because the survivor already had one — a list holds a lead once, a
 *    campaign, a job's marks and examples the same;
 *  - the caller runs applyMerges/undoMerge inside one transaction;
 *  - the tables that point at leads or companies are all listed in LINKS
 *    (read from the migrations); a new one must be added there, or a merge
 *    would delete what points at a merged record (ON DELETE CASCADE).
 * Table and column names in the SQL come from the constants below and the
 * tables' own schema (pragma_table_info), never from a caller; values are
 * bound parameters. Rows round-trip through json_object/json_extract, which
 * keep integers, reals (shortest exact form) and text as they were.
 */
import type Database from 'better-sqlite3';
import type { CandidateGroup, LeadCompanyKey, MatchKey, MergeEntity, PlannedMerge, StoredRecord, StoredValue } from '../../crm/merge-plan';
import { prepared } from '../statements';
import { SHARD_BITS } from './embedding-cache';

/** Columns of a record no merge fills: its row id, the identity string it was first imported under, and its import stamps. */
const NOT_MERGED = new Set(['id', 'identity', 'first_batch_id', 'last_batch_id']);

/** The columns of a table, in schema order. */
function columnsOf(db: Database.Database, table: string): string[] {
  return prepared<[string], string>(db, 'SELECT name FROM pragma_table_info(?) ORDER BY cid').pluck().all(table) as unknown as string[];
}

/** The columns of leads or companies a merge may fill: every column but the row's id, identity and import stamps. */
export function mergeableColumns(db: Database.Database, entity: MergeEntity): string[] {
  return columnsOf(db, entity).filter((c) => !NOT_MERGED.has(c));
}

const jsonRow = (columns: readonly string[], alias: string) => `json_object(${columns.map((c) => `'${c}', ${alias}.${c}`).join(', ')})`;

/**
 * Candidate groups of one key: records sharing one value of it. Each probes
 * the index the importer keeps for that key (migrations 0001, 0005), so the
 * preview reads an index, not the tables. Emails are stored lower-cased
 * (migration 0005), so equal emails differing in case group together.
 */
const GROUP_SQL: Record<MergeEntity, Partial<Record<MatchKey, string>>> = {
  leads: {
    // Two leads hold one record id only when one was given it later (its identity is not rid:<id>): leads_by_late_record_id.
    record_id: `SELECT record_id AS value, json_group_array(id) AS ids FROM (
        SELECT id, record_id FROM leads INDEXED BY leads_by_late_record_id WHERE record_id IS NOT NULL AND identity IS NOT 'rid:' || record_id
        UNION
        SELECT o.id, o.record_id FROM leads l JOIN leads o ON o.identity = 'rid:' || l.record_id
        WHERE l.record_id IS NOT NULL AND l.identity IS NOT 'rid:' || l.record_id)
      GROUP BY record_id HAVING count(*) > 1`,
    email: 'SELECT email AS value, json_group_array(id) AS ids FROM leads WHERE email IS NOT NULL GROUP BY email HAVING count(*) > 1',
    // The importer's third key (leads_by_company): the folded name at one company.
    name_company: `SELECT company_id || ':' || name_key AS value, json_group_array(id) AS ids FROM leads
      WHERE company_id IS NOT NULL AND name_key IS NOT NULL GROUP BY company_id, name_key HAVING count(*) > 1`,
  },
  companies: {
    record_id: 'SELECT record_id AS value, json_group_array(id) AS ids FROM companies WHERE record_id IS NOT NULL GROUP BY record_id HAVING count(*) > 1',
    domain: 'SELECT domain AS value, json_group_array(id) AS ids FROM companies WHERE domain IS NOT NULL GROUP BY domain HAVING count(*) > 1',
    company_name: 'SELECT name_key AS value, json_group_array(id) AS ids FROM companies WHERE name_key IS NOT NULL GROUP BY name_key HAVING count(*) > 1',
  },
};

export function duplicateGroups(db: Database.Database, entity: MergeEntity, keys: readonly MatchKey[]): CandidateGroup[] {
  const groups: CandidateGroup[] = [];
  for (const key of keys) {
    const sql = GROUP_SQL[entity][key];
    if (!sql) continue;
    for (const row of prepared<[], { value: string; ids: string }>(db, sql).all()) {
      groups.push({ key, value: String(row.value), ids: JSON.parse(row.ids) as number[] });
    }
  }
  return groups;
}

/** The leads with a folded name linked to any of the companies `ids` (leads_by_company): their third key changes when those companies merge. */
export function leadCompanyKeys(db: Database.Database, companyIds: readonly number[]): LeadCompanyKey[] {
  if (companyIds.length === 0) return [];
  return prepared<[string], LeadCompanyKey>(
    db,
    `SELECT l.id, l.company_id AS companyId, l.name_key AS nameKey FROM json_each(?) j
     CROSS JOIN leads l INDEXED BY leads_by_company ON l.company_id = j.value AND l.name_key IS NOT NULL`,
  ).all(JSON.stringify(companyIds));
}

/** The stored values of the records `ids` (the mergeable columns, and record_id). */
export function storedRecords(db: Database.Database, entity: MergeEntity, ids: readonly number[]): StoredRecord[] {
  const columns = mergeableColumns(db, entity);
  // Driven by the ids (a rowid probe each): an IN over json_each read the table through a temporary index, 3× slower.
  const sql = `SELECT r.id, ${columns.map((c) => `r.${c}`).join(', ')} FROM json_each(?) j CROSS JOIN ${entity} r ON r.id = j.value`;
  const rows = prepared<[string], Record<string, StoredValue>>(db, sql).all(JSON.stringify(ids));
  // The row itself is the values (its id beside them is no mergeable column); a copy without it cost more than the read.
  return rows.map((row) => ({ id: Number(row['id']), values: row }));
}

/**
 * A table whose rows point at a lead or company: the column holding the
 * record's id, the columns that together with it may hold one row only
 * (a list holds a record once; a job marks, learns from or scores it once),
 * and which rows point at this entity (job tables hold either, by the job's).
 */
interface Link {
  /** Unique over both entities: the log's name for these rows. */
  name: string;
  table: string;
  idColumn: string;
  keyColumns: readonly string[];
  /** SQL over alias m: the rows of this table that point at the entity. */
  scope: string;
  /**
   * False when the keys hold the row itself (a lead's company): two donors'
   * rows never collide, so none is dropped and the log keeps only the keys
   * (not a whole lead per company moved).
   */
  collides?: false;
  /** SQL over alias r (a log row): whether the row's parent (its list, campaign or job) still exists, so a dropped row can go back. */
  parent: string;
}

const parentIn = (table: string, column: string) => `EXISTS (SELECT 1 FROM ${table} p WHERE p.id = json_extract(r.row, '$.${column}'))`;
const LIST = parentIn('lists', 'list_id');
const JOB = parentIn('lookalike_jobs', 'job_id');

const jobOf = (entity: MergeEntity) => `EXISTS (SELECT 1 FROM lookalike_jobs j WHERE j.id = m.job_id AND j.entity = '${entity}')`;

export const LINKS: Record<MergeEntity, readonly Link[]> = {
  leads: [
    { name: 'lead list_members', table: 'list_members', idColumn: 'lead_id', keyColumns: ['list_id'], scope: 'm.lead_id IS NOT NULL', parent: LIST },
    { name: 'lead campaign_members', table: 'campaign_members', idColumn: 'lead_id', keyColumns: ['campaign_id'], scope: '1', parent: parentIn('campaigns', 'campaign_id') },
    { name: 'lead review_marks', table: 'review_marks', idColumn: 'record_id', keyColumns: ['job_id'], scope: jobOf('leads'), parent: JOB },
    { name: 'lead lookalike_job_examples', table: 'lookalike_job_examples', idColumn: 'record_id', keyColumns: ['job_id'], scope: jobOf('leads'), parent: JOB },
    { name: 'lead lookalike_candidates', table: 'lookalike_candidates', idColumn: 'record_id', keyColumns: ['job_id'], scope: jobOf('leads'), parent: JOB },
    { name: 'lead lookalike_scores', table: 'lookalike_scores', idColumn: 'record_id', keyColumns: ['entity', 'source'], scope: "m.entity = 'leads'", parent: JOB },
  ],
  companies: [
    // A lead's company: keyed by the lead itself, so it never collides.
    { name: 'company leads.company_id', table: 'leads', idColumn: 'company_id', keyColumns: ['id'], scope: 'm.company_id IS NOT NULL', collides: false, parent: '1' },
    { name: 'company list_members', table: 'list_members', idColumn: 'company_id', keyColumns: ['list_id'], scope: 'm.company_id IS NOT NULL', parent: LIST },
    { name: 'company review_marks', table: 'review_marks', idColumn: 'record_id', keyColumns: ['job_id'], scope: jobOf('companies'), parent: JOB },
    { name: 'company lookalike_job_examples', table: 'lookalike_job_examples', idColumn: 'record_id', keyColumns: ['job_id'], scope: jobOf('companies'), parent: JOB },
    { name: 'company lookalike_candidates', table: 'lookalike_candidates', idColumn: 'record_id', keyColumns: ['job_id'], scope: jobOf('companies'), parent: JOB },
    { name: 'company lookalike_scores', table: 'lookalike_scores', idColumn: 'record_id', keyColumns: ['entity', 'source'], scope: "m.entity = 'companies'", parent: JOB },
  ],
};

/** The donor → survivor pairs of the merge being applied, for the set-based statements below. */
function loadPairs(db: Database.Database, pairs: readonly { donor: number; survivor: number }[]): void {
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS merge_pairs (donor INTEGER PRIMARY KEY, survivor INTEGER NOT NULL);
    CREATE INDEX IF NOT EXISTS temp.merge_pairs_by_survivor ON merge_pairs(survivor, donor)`);
  prepared(db, 'DELETE FROM temp.merge_pairs').run();
  const insert = prepared(db, 'INSERT INTO temp.merge_pairs (donor, survivor) VALUES (?, ?)');
  for (const p of pairs) insert.run(p.donor, p.survivor);
}

/**
 * Whether row m (of a donor) must be dropped: its survivor already has a row
 * with the same keys, or another donor of the same survivor with a smaller id
 * has one (that one moves).
 */
function collides(link: Link): string {
  if (link.collides === false) return '0';
  const same = link.keyColumns.map((k) => `s.${k} = m.${k}`).join(' AND ');
  const survivor = `(SELECT survivor FROM temp.merge_pairs WHERE donor = m.${link.idColumn})`;
  return `(EXISTS (SELECT 1 FROM ${link.table} s WHERE s.${link.idColumn} = ${survivor} AND ${same})
    OR EXISTS (SELECT 1 FROM ${link.table} s WHERE ${same} AND s.${link.idColumn} IN
      (SELECT q.donor FROM temp.merge_pairs q WHERE q.survivor = ${survivor} AND q.donor < m.${link.idColumn})))`;
}

/** Moves (or drops, when the survivor has one) every row pointing at a donor; logs each first. Returns the rows moved and dropped. */
function relink(db: Database.Database, mergeId: number, link: Link): { moved: number; dropped: number } {
  const columns = link.collides === false ? [...link.keyColumns, link.idColumn] : columnsOf(db, link.table);
  const inDonors = `m.${link.idColumn} IN (SELECT donor FROM temp.merge_pairs) AND ${link.scope}`;
  prepared(
    db,
    `INSERT INTO record_merge_links (merge_id, link, action, from_id, to_id, row)
     SELECT ?, ?, CASE WHEN ${collides(link)} THEN 'dropped' ELSE 'moved' END, m.${link.idColumn},
       (SELECT survivor FROM temp.merge_pairs WHERE donor = m.${link.idColumn}), ${jsonRow(columns, 'm')}
     FROM ${link.table} m WHERE ${inDonors}`,
  ).run(mergeId, link.name);
  const dropped = prepared(db, `DELETE FROM ${link.table} AS m WHERE ${inDonors} AND ${collides(link)}`).run().changes;
  const moved = prepared(
    db,
    `UPDATE ${link.table} AS m SET ${link.idColumn} = (SELECT survivor FROM temp.merge_pairs WHERE donor = m.${link.idColumn}) WHERE ${inDonors}`,
  ).run().changes;
  return { moved, dropped };
}

export interface AppliedMerges {
  records: number;
  links: Record<string, { moved: number; dropped: number }>;
}

/**
 * Applies one entity's planned merges under merge run `mergeId`: logs every
 * touched record whole, moves what points at the merged records to their
 * survivors, deletes the merged records and fills the survivors' blanks.
 * Run inside the caller's transaction.
 */
export function applyMerges(db: Database.Database, mergeId: number, entity: MergeEntity, merges: readonly PlannedMerge[]): AppliedMerges {
  const links: AppliedMerges['links'] = {};
  if (merges.length === 0) return { records: 0, links };
  const columns = columnsOf(db, entity);
  const fillable = new Set(mergeableColumns(db, entity));
  const logRow = prepared(
    db,
    `INSERT INTO record_merge_rows (merge_id, entity, record_id, role, into_id, match_key, row, fills, conflicts)
     SELECT ?, ?, id, ?, ?, ?, ${jsonRow(columns, 'r')}, ?, ? FROM ${entity} r WHERE id = ?`,
  );
  for (const m of merges) {
    logRow.run(mergeId, entity, 'survivor', null, null, JSON.stringify(m.fills), JSON.stringify(m.conflicts), m.survivor);
    for (const d of m.merged) logRow.run(mergeId, entity, 'merged', m.survivor, d.key, null, null, d.id);
  }
  loadPairs(db, merges.flatMap((m) => m.merged.map((d) => ({ donor: d.id, survivor: m.survivor }))));
  for (const link of LINKS[entity]) links[link.name] = relink(db, mergeId, link);
  const records = prepared(db, `DELETE FROM ${entity} WHERE id IN (SELECT donor FROM temp.merge_pairs)`).run().changes;
  for (const m of merges) {
    for (const fill of m.fills) {
      if (!fillable.has(fill.column)) throw new Error(`not a mergeable column of ${entity}: ${fill.column}`);
      prepared(db, `UPDATE ${entity} SET ${fill.column} = ? WHERE id = ?`).run(fill.value, m.survivor);
    }
  }
  prepared(db, 'DELETE FROM temp.merge_pairs').run();
  return { records, links };
}

/**
 * Puts back one entity's records and links of merge run `mergeId`, newest
 * first. A dropped row whose list, campaign or job was deleted since stays
 * gone with it. Run inside the caller's transaction.
 */
export function undoMerges(db: Database.Database, mergeId: number, entity: MergeEntity): void {
  const columns = columnsOf(db, entity);
  const fromJson = columns.map((c) => `json_extract(r.row, '$.${c}')`).join(', ');
  // Survivors first get their old values back, then the merged records return under their own ids.
  prepared(
    db,
    `UPDATE ${entity} SET (${columns.join(', ')}) = (SELECT ${fromJson} FROM record_merge_rows r
       WHERE r.merge_id = ? AND r.entity = ? AND r.role = 'survivor' AND r.record_id = ${entity}.id)
     WHERE id IN (SELECT record_id FROM record_merge_rows WHERE merge_id = ? AND entity = ? AND role = 'survivor')`,
  ).run(mergeId, entity, mergeId, entity);
  prepared(
    db,
    `INSERT INTO ${entity} (${columns.join(', ')}) SELECT ${fromJson} FROM record_merge_rows r
     WHERE r.merge_id = ? AND r.entity = ? AND r.role = 'merged' ORDER BY r.id`,
  ).run(mergeId, entity);
  for (const link of [...LINKS[entity]].reverse()) {
    // Moved rows go back one by one, each found by its keys and the survivor's id (an index probe per row).
    const moveBack = prepared(
      db,
      `UPDATE ${link.table} SET ${link.idColumn} = ? WHERE ${link.idColumn} = ? AND ${link.keyColumns.map((k) => `${k} = ?`).join(' AND ')}`,
    );
    const moved = prepared<[number, string], { from_id: number; to_id: number; row: string }>(
      db,
      "SELECT from_id, to_id, row FROM record_merge_links WHERE merge_id = ? AND link = ? AND action = 'moved' ORDER BY id DESC",
    ).all(mergeId, link.name);
    for (const r of moved) {
      const row = JSON.parse(r.row) as Record<string, StoredValue>;
      moveBack.run(r.from_id, r.to_id, ...link.keyColumns.map((k) => row[k] ?? null));
    }
    const linkColumns = columnsOf(db, link.table);
    prepared(
      db,
      `INSERT INTO ${link.table} (${linkColumns.join(', ')})
       SELECT ${linkColumns.map((c) => `json_extract(r.row, '$.${c}')`).join(', ')} FROM record_merge_links r
       WHERE r.merge_id = ? AND r.link = ? AND r.action = 'dropped' AND ${link.parent} ORDER BY r.id`,
    ).run(mergeId, link.name);
  }
}

export interface MergeRunRow {
  id: number;
  merged_at: string;
  last_batch_id: number | null;
  summary: string;
  undone_at: string | null;
}

export function insertMergeRun(db: Database.Database, mergedAt: string): number {
  const lastBatch = prepared<[], number | null>(db, 'SELECT max(id) FROM import_batches').pluck().get() ?? null;
  return Number(prepared(db, "INSERT INTO record_merges (merged_at, last_batch_id, summary) VALUES (?, ?, '{}')").run(mergedAt, lastBatch).lastInsertRowid);
}

export function setMergeSummary(db: Database.Database, mergeId: number, summary: unknown): void {
  prepared(db, 'UPDATE record_merges SET summary = ? WHERE id = ?').run(JSON.stringify(summary), mergeId);
}

/** The newest merge run not undone. */
export function lastMergeRun(db: Database.Database): MergeRunRow | undefined {
  return prepared<[], MergeRunRow>(db, 'SELECT id, merged_at, last_batch_id, summary, undone_at FROM record_merges WHERE undone_at IS NULL ORDER BY id DESC LIMIT 1').get();
}

/** Imports started after a merge: they may have written its survivors, so the merge can no longer be undone exactly. */
export function importsSince(db: Database.Database, lastBatchId: number | null): number {
  return prepared<[number], number>(db, 'SELECT count(*) FROM import_batches WHERE id > ?').pluck().get(lastBatchId ?? 0) as number;
}

export function markMergeUndone(db: Database.Database, mergeId: number, undoneAt: string): void {
  prepared(db, 'UPDATE record_merges SET undone_at = ? WHERE id = ?').run(undoneAt, mergeId);
}

/** The records a merge run touched (survivors and merged), by entity: whose cached vectors are stale. */
export function mergedRecordIds(db: Database.Database, mergeId: number, entity: MergeEntity): number[] {
  return prepared<[number, string], number>(db, 'SELECT record_id FROM record_merge_rows WHERE merge_id = ? AND entity = ?').pluck().all(mergeId, entity) as unknown as number[];
}

/**
 * Forgets the cached vectors of the shards holding `ids` (embedding-cache.ts):
 * a survivor whose blanks were filled, or a lead that now links to another
 * company, keeps its import stamp, so its shard would otherwise look valid.
 * The next job re-embeds those shards; their files are removed then.
 */
export function forgetShardsOf(db: Database.Database, entity: MergeEntity, ids: readonly number[]): void {
  if (ids.length === 0) return;
  const shards = [...new Set(ids.map((id) => id >> SHARD_BITS))];
  prepared(db, 'DELETE FROM embedding_shards WHERE entity = ? AND shard IN (SELECT value FROM json_each(?))').run(entity, JSON.stringify(shards));
}

/** How many campaign memberships (each with its outcome) the leads `ids` hold. */
export function campaignMembershipCount(db: Database.Database, ids: readonly number[]): number {
  return prepared<[string], number>(db, 'SELECT count(*) FROM campaign_members WHERE lead_id IN (SELECT value FROM json_each(?))').pluck().get(JSON.stringify(ids)) as number;
}

/** The leads linked to any of the companies `ids`. */
export function leadsOfCompanies(db: Database.Database, ids: readonly number[]): number[] {
  if (ids.length === 0) return [];
  return prepared<[string], number>(db, 'SELECT id FROM leads WHERE company_id IN (SELECT value FROM json_each(?))').pluck().all(JSON.stringify(ids)) as unknown as number[];
}
