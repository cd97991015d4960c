import type Database from 'better-sqlite3';
import type { Entity, Outcome } from '../../contract/dto';
import type { Condition } from '../../segments/condition';
import { prepared } from '../statements';
import { compileConditions, useFilterFunctions, type CompiledFilter } from './record-filter';

export interface SegmentRow {
  id: number;
  name: string;
  entity: Entity;
  conditions: Condition[];
  created_at: string;
}

interface RawSegment {
  id: number;
  name: string;
  entity: Entity;
  definition: string;
  created_at: string;
}

const toSegment = (r: RawSegment): SegmentRow => ({ ...r, conditions: (JSON.parse(r.definition) as { conditions: Condition[] }).conditions });

export function insertSegment(db: Database.Database, name: string, entity: Entity, conditions: Condition[]): number {
  // Compile once to reject unknown fields or bad numbers before anything is stored.
  compileConditions(entity, conditions);
  const info = prepared(db, 'INSERT INTO segments (name, entity, definition, created_at) VALUES (?, ?, ?, ?)').run(
    name,
    entity,
    JSON.stringify({ conditions }),
    new Date().toISOString(),
  );
  return Number(info.lastInsertRowid);
}

export function getSegment(db: Database.Database, id: number): SegmentRow | null {
  const r = prepared<[number], RawSegment>(db, 'SELECT id, name, entity, definition, created_at FROM segments WHERE id = ?').get(id);
  return r ? toSegment(r) : null;
}

export function listSegments(db: Database.Database): SegmentRow[] {
  return prepared<[], RawSegment>(db, 'SELECT id, name, entity, definition, created_at FROM segments ORDER BY id').all().map(toSegment);
}

/**
 * A segment's conditions are mostly on unindexed columns, so it is a full
 * scan anyway; NOT INDEXED keeps it a scan in rowid order. Left to itself,
 * SQLite turned `company.industry = X` into a walk of leads_by_company,
 * visiting the leads table in company order: 3.2 s instead of 0.6 s on a
 * million leads. A segment on a lead's outcome (`outcome = won`, the
 * commonest source of a job) reads only those leads, through the outcome
 * index: 200 ms → a few at 300k leads.
 */
function fromClause(entity: Entity, where: CompiledFilter): string {
  if (entity === 'companies') return 'companies c NOT INDEXED';
  return `leads l ${where.narrowsOutcome ? 'INDEXED BY leads_by_outcome' : 'NOT INDEXED'}${where.readsCompany ? ' LEFT JOIN companies c ON c.id = l.company_id' : ''}`;
}

/** Ids of the records a segment matches, ascending. */
export function segmentMemberIds(db: Database.Database, segment: Pick<SegmentRow, 'entity' | 'conditions'>): number[] {
  const where = compileConditions(segment.entity, segment.conditions);
  const own = segment.entity === 'leads' ? 'l' : 'c';
  return useFilterFunctions(db)
    .prepare(`SELECT ${own}.id AS id FROM ${fromClause(segment.entity, where)} WHERE ${where.sql} ORDER BY ${own}.id`)
    .pluck()
    .all(...where.params) as number[];
}

/**
 * A segment's members with their outcome (null for companies), ascending: a
 * job's examples in one read. On a segment narrowed by outcome the outcome
 * index holds both, so no lead's row is read (reading them after the ids, at
 * random, took 0.2–0.45 s of a cold 300k workspace).
 */
export function segmentMemberOutcomes(db: Database.Database, segment: Pick<SegmentRow, 'entity' | 'conditions'>): { id: number; outcome: Outcome | null }[] {
  const where = compileConditions(segment.entity, segment.conditions);
  const columns = segment.entity === 'leads' ? 'l.id AS id, l.outcome AS outcome' : 'c.id AS id, NULL AS outcome';
  return useFilterFunctions(db)
    .prepare(`SELECT ${columns} FROM ${fromClause(segment.entity, where)} WHERE ${where.sql} ORDER BY id`)
    .all(...where.params) as { id: number; outcome: Outcome | null }[];
}

export function countSegmentMembers(db: Database.Database, segment: Pick<SegmentRow, 'entity' | 'conditions'>): number {
  const where = compileConditions(segment.entity, segment.conditions);
  return useFilterFunctions(db).prepare(`SELECT count(*) FROM ${fromClause(segment.entity, where)} WHERE ${where.sql}`).pluck().get(...where.params) as number;
}

/**
 * An estimate of countSegmentMembers from runs of consecutive ids (see
 * features.ts sampleRuns): each run is a range scan, so a sample of 20,000
 * records costs a few milliseconds however large the table is.
 */
export function estimateSegmentMembers(
  db: Database.Database,
  segment: Pick<SegmentRow, 'entity' | 'conditions'>,
  sample: { runs: readonly [number, number][]; weight: number },
): number {
  const where = compileConditions(segment.entity, segment.conditions);
  const own = segment.entity === 'leads' ? 'l' : 'c';
  // The range needs the rowid: this query keeps its indexes (the full-count scan above does not).
  const from = segment.entity === 'leads' ? 'leads l LEFT JOIN companies c ON c.id = l.company_id' : 'companies c';
  const stmt = useFilterFunctions(db).prepare(`SELECT count(*) FROM ${from} WHERE ${own}.id >= ? AND ${own}.id < ? AND (${where.sql})`).pluck();
  let matched = 0;
  for (const [lo, hi] of sample.runs) matched += stmt.get(lo, hi, ...where.params) as number;
  return Math.round(matched * sample.weight);
}

/** Whether any record matches the conditions (stops at the first; a value no record holds scans them all). */
export function anySegmentMember(db: Database.Database, segment: Pick<SegmentRow, 'entity' | 'conditions'>): boolean {
  const where = compileConditions(segment.entity, segment.conditions);
  return useFilterFunctions(db).prepare(`SELECT 1 FROM ${fromClause(segment.entity, where)} WHERE ${where.sql} LIMIT 1`).get(...where.params) !== undefined;
}

/**
 * Renames a segment or replaces its conditions (its entity stays). Jobs that
 * ran from it keep the examples they stored (lookalike_job_examples); a job
 * started later reads the new conditions. True when it existed.
 */
export function updateSegment(db: Database.Database, id: number, name: string, conditions: Condition[]): boolean {
  const current = getSegment(db, id);
  if (!current) return false;
  compileConditions(current.entity, conditions);
  return prepared(db, 'UPDATE segments SET name = ?, definition = ? WHERE id = ?').run(name, JSON.stringify({ conditions }), id).changes === 1;
}

/** Deletes a segment (never its records). True when it existed. */
export function deleteSegment(db: Database.Database, id: number): boolean {
  return prepared(db, 'DELETE FROM segments WHERE id = ?').run(id).changes === 1;
}
