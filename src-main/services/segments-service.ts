/**
 * Segments: saved conditions over leads or companies, evaluated when used
 * (a segment grows with every import). Conditions are parsed and compiled
 * here before anything is stored, so a typo is reported at creation time
 * rather than as a silently empty segment later.
 */
import type { ConditionCount, ConditionFieldDto, Entity, FieldValuesDto, SegmentSummary, ValueSuggestion } from '../contract/dto';
import { AppError } from '../contract/errors';
import { extraFieldStats, fieldValueCounts, filledColumns, importedExtraHeaders } from '../db/queries/condition-values';
import { dataVersion } from '../db/queries/embedding-cache';
import { recordCount } from '../db/queries/stats';
import { sampleRuns } from '../db/queries/features';
import { scoresStamp } from '../db/queries/jobs';
import { checkConditionFields, comparesAsText } from '../db/queries/record-filter';
import {
  anySegmentMember,
  countSegmentMembers,
  deleteSegment as deleteSegmentRow,
  estimateSegmentMembers,
  getSegment,
  insertSegment,
  listSegments as listSegmentRows,
  updateSegment as updateSegmentRow,
} from '../db/queries/segments';
import type { Workspace } from '../db/workspace';
import { closestName } from '../segments/closest-name';
import { type Condition, formatCondition, parseCondition } from '../segments/condition';
import { canonicalConditionFields, importedFieldName } from '../segments/condition-fields';

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
export function countMatches(ws: Workspace, input: Omit<CreateSegmentInput, 'name'>): ConditionCount {
  const conditions = checkedConditions(ws, input);
  const segment = { entity: input.entity, conditions };
  const sample = sampleRuns(ws.db, input.entity, ESTIMATE_SAMPLE);
  const records = sample.runs.length === 1 ? null : recordCount(ws.db, input.entity);
  const exact = records === null || records <= EXACT_COUNT_UP_TO;
  const members = exact ? countSegmentMembers(ws.db, segment) : estimateSegmentMembers(ws.db, segment, sample);
  const typed = input.where.map((w) => w.trim()).filter(Boolean);
  return { members, estimated: !exact, suggestions: valueSuggestions(ws, input.entity, conditions, typed, members) };
}

/** Values looked through for "did you mean": the commonest of a field. */
const SUGGESTION_VALUES = 500;
/**
 * Records a field's values are read from: every one up to this many, else a
 * spread sample (a value box is asked on every pause in typing; 10,000
 * records joined to their companies read in about 50 ms).
 */
const VALUES_SAMPLE = 10_000;

/**
 * "Did you mean …?" for values: an `=` or `in` value compared as text that
 * no record holds (in any case), while a value the data holds is one small
 * typo away (`industry = softwre` where `Software` exists). An `=` is only
 * looked at when nothing matches, since otherwise its value exists.
 */
function valueSuggestions(ws: Workspace, entity: Entity, conditions: readonly Condition[], typed: readonly string[], members: number): ValueSuggestion[] {
  const out: ValueSuggestion[] = [];
  let runs: [number, number][] | null = null;
  for (const [i, c] of conditions.entries()) {
    if (!(c.op === 'in' || (c.op === '=' && members === 0)) || !comparesAsText(entity, c.field)) continue;
    let held: string[] | null = null;
    for (const value of c.values) {
      if (value.trim() === '') continue;
      runs ??= sampleRuns(ws.db, entity, VALUES_SAMPLE).runs;
      held ??= fieldValueCounts(ws.db, entity, c.field, runs, SUGGESTION_VALUES).map((v) => v.value);
      const near = closestName(value, held);
      // Only a value that has a near neighbour is looked up in full (a scan when absent).
      if (near === null || near.toLowerCase() === value.trim().toLowerCase() || valueHeld(ws, entity, c.field, value)) continue;
      const replaced = { ...c, values: c.values.map((v) => (v === value ? near : v)) };
      out.push({ condition: typed[i] ?? formatCondition(c), value, suggestion: near, replacement: formatCondition(replaced) });
    }
  }
  return out;
}

/**
 * Whether any record holds the value (in any case). A lead's company field is
 * looked up among the companies: no lead can match a value no company holds,
 * and the companies table is a tenth of the leads' with no join.
 */
function valueHeld(ws: Workspace, entity: Entity, field: string, value: string): boolean {
  const companyField = entity === 'leads' && field.trim().toLowerCase().startsWith('company.');
  const probe: { entity: Entity; conditions: Condition[] } = companyField
    ? { entity: 'companies', conditions: [{ field: field.trim().slice('company.'.length), op: '=', values: [value] }] }
    : { entity, conditions: [{ field, op: '=', values: [value] }] };
  return anySegmentMember(ws.db, probe);
}

/** Renames a segment or changes its conditions, checked as at creation; jobs already run keep the examples they stored. */
export function updateSegment(ws: Workspace, id: number, input: { name: string; where: readonly string[] }): { id: number; members: number } {
  const segment = getSegment(ws.db, id);
  if (!segment) throw new AppError('not_found', `No segment ${id}.`);
  const name = input.name.trim();
  if (!name) throw new AppError('invalid_input', 'A segment needs a name.');
  const conditions = checkedConditions(ws, { entity: segment.entity, where: input.where });
  updateSegmentRow(ws.db, id, name, conditions);
  return { id, members: countSegmentMembers(ws.db, { entity: segment.entity, conditions }) };
}

/** Records read for which canonical fields hold values: every one in a small workspace, a spread sample in a large one. */
const FIELDS_SAMPLE = 20_000;
/**
 * Imported values read to tell number columns from text: the records sampled
 * shrink as files get wider (a 5,000-column file reads 200 records), so the
 * picker answers in a fraction of a second however many columns were kept.
 */
const EXTRA_VALUES_BUDGET = 1_000_000;

/**
 * What the builder's field picker offers: the canonical fields (marked when
 * no record fills them), then the imported columns the import history kept,
 * alphabetically; an imported column is a number when nearly all the values
 * sampled read as one.
 */
export function conditionFields(ws: Workspace, entity: Entity): ConditionFieldDto[] {
  const canonical = canonicalConditionFields(entity);
  const filled = { leads: new Set<string>(), companies: new Set<string>() };
  for (const table of ['leads', 'companies'] as const) {
    const columns = [...new Set(canonical.flatMap((f) => (f.storedIn?.table === table ? [f.storedIn.column] : [])))];
    filled[table] = filledColumns(ws.db, table, columns, sampleRuns(ws.db, table, FIELDS_SAMPLE).runs);
  }
  const offered = canonical.map(({ storedIn, ...f }): ConditionFieldDto => ({ ...f, hasValues: storedIn ? filled[storedIn.table].has(storedIn.column) : true }));

  const kept = importedExtraHeaders(ws.db, entity);
  const sample = sampleRuns(ws.db, entity, Math.max(200, Math.min(FIELDS_SAMPLE, Math.floor(EXTRA_VALUES_BUDGET / Math.max(1, kept.length)))));
  const stats = new Map(extraFieldStats(ws.db, entity, sample.runs).map((s) => [s.header, s]));
  // A header the sample did not meet is assumed filled unless the sample was every record.
  const everyRecord = sample.runs.length <= 1;
  const imported = [...new Set([...kept, ...stats.keys()])]
    .sort((a, b) => a.localeCompare(b))
    .map((header): ConditionFieldDto => {
      const seen = stats.get(header);
      return {
        name: importedFieldName(entity, header),
        label: header,
        kind: seen && seen.numeric >= 0.95 * seen.filled ? 'number' : 'text',
        group: 'imported',
        hasValues: seen ? seen.filled > 0 : !everyRecord,
      };
    });
  return [...offered, ...imported];
}

/** A field's most common values (containing `search`), for the builder's value box. */
export function fieldValues(ws: Workspace, input: { entity: Entity; field: string; search?: string; limit?: number }): FieldValuesDto {
  // The field is checked as a condition would be, so a typo is named rather than answered with nothing.
  checkConditionFields(ws.db, input.entity, [{ field: input.field, op: 'contains', values: [''] }]);
  const { runs, weight } = sampleRuns(ws.db, input.entity, VALUES_SAMPLE);
  const sampled = runs.length > 1;
  const values = fieldValueCounts(ws.db, input.entity, input.field, runs, input.limit ?? 20, input.search);
  return { values: sampled ? values.map((v) => ({ value: v.value, count: Math.round(v.count * weight) })) : values, sampled };
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
