/**
 * Segments: saved conditions over leads or companies, evaluated when used
 * (a segment grows with every import). Conditions are parsed and compiled
 * here before anything is stored, so a typo is reported at creation time
 * rather than as a silently empty segment later.
 */
import type { Entity, SegmentSummary } from '../contract/dto';
import { AppError } from '../contract/errors';
import { dataVersion, recordCount } from '../db/queries/embedding-cache';
import { sampleRuns } from '../db/queries/features';
import { scoresStamp } from '../db/queries/jobs';
import { checkConditionFields } from '../db/queries/record-filter';
import { countSegmentMembers, deleteSegment as deleteSegmentRow, estimateSegmentMembers, getSegment, insertSegment, listSegments as listSegmentRows } from '../db/queries/segments';
import type { Workspace } from '../db/workspace';
import { type Condition, formatCondition, parseCondition } from '../segments/condition';

export type { SegmentSummary };

export interface CreateSegmentInput {
  name: string;
  entity: Entity;
  /** Conditions as typed: `FIELD OP VALUE`. */
  where: readonly string[];
}

export function createSegment(ws: Workspace, input: CreateSegmentInput): { id: number; members: number } {
  const name = input.name.trim();
  if (!name) throw new AppError('invalid_input', 'A segment needs a name.');
  const conditions = checkedConditions(ws, input);
  const id = insertSegment(ws.db, name, input.entity, conditions);
  return { id, members: countSegmentMembers(ws.db, { entity: input.entity, conditions }) };
}

/** Above this many records the form's live count is estimated from a sample: an exact count scans them all. */
const EXACT_COUNT_UP_TO = 100_000;
const ESTIMATE_SAMPLE = 20_000;

/**
 * How many records the conditions match now, without saving anything (the
 * form's live count, asked for as the user types). In a large workspace it
 * is estimated from a sample: a condition on an imported column parses every
 * record's JSON, seconds on a million leads, and the process would wait.
 */
export function countMatches(ws: Workspace, input: Omit<CreateSegmentInput, 'name'>): { members: number; estimated: boolean } {
  const conditions = checkedConditions(ws, input);
  const segment = { entity: input.entity, conditions };
  const sample = sampleRuns(ws.db, input.entity, ESTIMATE_SAMPLE);
  const records = sample.runs.length === 1 ? null : recordCount(ws.db, input.entity);
  if (records === null || records <= EXACT_COUNT_UP_TO) return { members: countSegmentMembers(ws.db, segment), estimated: false };
  return { members: estimateSegmentMembers(ws.db, segment, sample), estimated: true };
}

/** Deletes a segment; jobs that started from it keep its name. */
export function deleteSegment(ws: Workspace, id: number): { deleted: boolean } {
  if (!getSegment(ws.db, id)) throw new AppError('not_found', `No segment ${id}.`);
  return { deleted: deleteSegmentRow(ws.db, id) };
}

function checkedConditions(ws: Workspace, input: Omit<CreateSegmentInput, 'name'>): Condition[] {
  const where = input.where.map((w) => w.trim()).filter(Boolean);
  if (!where.length) throw new AppError('invalid_input', 'A segment needs at least one condition (FIELD OP VALUE, e.g. industry = Computer Software).');
  const conditions = where.map(parseCondition);
  checkConditionFields(ws.db, input.entity, conditions);
  return conditions;
}

export function listSegments(ws: Workspace): SegmentSummary[] {
  return listSegmentRows(ws.db).map((s) => ({
    id: s.id,
    name: s.name,
    entity: s.entity,
    conditions: s.conditions.map(formatCondition),
    members: cachedCount(ws, s),
    createdAt: s.created_at,
  }));
}

/**
 * Counting a segment is a scan of every record (0.3–2 s on a million leads,
 * more with several segments), and the screen lists segments often: counts
 * are kept until the data changes (an import) or the lookalike scores do (a
 * job completed or deleted), which conditions may read.
 */
const COUNT_CACHE_SIZE = 500;
const countCache = new WeakMap<Workspace['db'], Map<string, number>>();

function cachedCount(ws: Workspace, segment: { entity: Entity; conditions: Condition[] }): number {
  let cache = countCache.get(ws.db);
  if (!cache) countCache.set(ws.db, (cache = new Map()));
  const key = `${dataVersion(ws.db)}|${scoresStamp(ws.db)}|${segment.entity}|${JSON.stringify(segment.conditions)}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const members = countSegmentMembers(ws.db, segment);
  if (cache.size >= COUNT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(key, members);
  return members;
}
