import type Database from 'better-sqlite3';
import type { Entity, ListSortColumn, SortDto } from '../../contract/dto';
import { prepared } from '../statements';
import { orderBy, type SortKeys } from './sort-order';

export interface ListRow {
  id: number;
  name: string;
  entity: Entity;
  created_at: string;
  members: number;
}

export function insertList(db: Database.Database, name: string, entity: Entity): number {
  const info = prepared(db, 'INSERT INTO lists (name, entity, created_at) VALUES (?, ?, ?)').run(name, entity, new Date().toISOString());
  return Number(info.lastInsertRowid);
}

const LIST_SELECT = `SELECT li.id, li.name, li.entity, li.created_at,
  (SELECT count(*) FROM list_members m WHERE m.list_id = li.id) AS members FROM lists li`;

export function getList(db: Database.Database, id: number): ListRow | null {
  return prepared<[number], ListRow>(db, `${LIST_SELECT} WHERE li.id = ?`).get(id) ?? null;
}

/** The lists list's sortable columns (LIST_SORT_COLUMNS) as SQL. */
const LIST_SORT_KEYS: SortKeys = {
  id: { expr: 'id' },
  name: { expr: 'name', text: true },
  entity: { expr: 'entity', text: true },
  members: { expr: 'members' },
  createdAt: { expr: 'created_at' },
};

/** Every list, by id or in the grid's sort (ties by id). */
export function listLists(db: Database.Database, sort?: SortDto<ListSortColumn>): ListRow[] {
  if (!sort) return prepared<[], ListRow>(db, `${LIST_SELECT} ORDER BY li.id`).all();
  return prepared<[], ListRow>(db, `SELECT * FROM (${LIST_SELECT}) ORDER BY ${orderBy(LIST_SORT_KEYS, sort, ['id ASC'])}`).all();
}

/**
 * Adds records to a list; ids already on it are skipped (they keep the job
 * and score they came with). With `jobId`, each record the job ranked is
 * stored with that job and its score there, which later jobs leave alone.
 * Returns how many were added.
 */
export function addListMembers(db: Database.Database, listId: number, entity: Entity, ids: readonly number[], jobId: number | null = null): number {
  const col = entity === 'leads' ? 'lead_id' : 'company_id';
  const stmt = prepared<{ list: number; id: number; now: string; job: number | null }>(
    db,
    `INSERT OR IGNORE INTO list_members (list_id, ${col}, added_at, job_id, score)
     SELECT @list, @id, @now, k.job_id, k.score FROM (SELECT 1) LEFT JOIN lookalike_candidates k ON k.job_id = @job AND k.record_id = @id`,
  );
  const now = new Date().toISOString();
  let added = 0;
  db.transaction(() => {
    for (const id of ids) added += stmt.run({ list: listId, id, now, job: jobId }).changes;
  })();
  return added;
}

export function listMemberIds(db: Database.Database, listId: number, entity: Entity): number[] {
  const col = entity === 'leads' ? 'lead_id' : 'company_id';
  return prepared<[number], number>(db, `SELECT ${col} FROM list_members WHERE list_id = ? AND ${col} IS NOT NULL ORDER BY ${col}`)
    .pluck()
    .all(listId) as unknown as number[];
}

/** Which of the given ids exist as records of the entity (for validating user input). */
export function existingIds(db: Database.Database, entity: Entity, ids: readonly number[]): Set<number> {
  const table = entity === 'leads' ? 'leads' : 'companies';
  const stmt = prepared<[number], number>(db, `SELECT id FROM ${table} WHERE id = ?`).pluck();
  const found = new Set<number>();
  for (const id of ids) if (stmt.get(id) !== undefined) found.add(id);
  return found;
}

const memberColumn = (entity: Entity) => (entity === 'leads' ? 'lead_id' : 'company_id');

/** The record id of the list member at `offset` in id order (for paging by offset over a keyset), or null past the end. */
export function listMemberAt(db: Database.Database, listId: number, entity: Entity, offset: number): number | null {
  const col = memberColumn(entity);
  return (
    (prepared<[number, number], number>(db, `SELECT ${col} FROM list_members WHERE list_id = ? AND ${col} IS NOT NULL ORDER BY ${col} LIMIT 1 OFFSET ?`)
      .pluck()
      .get(listId, offset) as number | undefined) ?? null
  );
}

/** Takes records off a list; ids not on it are skipped. Returns how many were removed. */
export function removeListMembers(db: Database.Database, listId: number, entity: Entity, ids: readonly number[]): number {
  const stmt = prepared(db, `DELETE FROM list_members WHERE list_id = ? AND ${memberColumn(entity)} = ?`);
  let removed = 0;
  db.transaction(() => {
    for (const id of ids) removed += stmt.run(listId, id).changes;
  })();
  return removed;
}

/** Deletes a list and its memberships (never the records). True when it existed. */
export function deleteList(db: Database.Database, listId: number): boolean {
  return prepared(db, 'DELETE FROM lists WHERE id = ?').run(listId).changes === 1;
}
