/**
 * Side-by-side comparison: a few records of a job (its candidates, or any
 * record the analyst wants to check) beside what the job's examples have in
 * common, field by field, with each record's score broken down by feature
 * block. The examples are the ones the job learned from (stored with it);
 * jobs run before they were stored fall back to the source's current
 * positives, and say so.
 */
import type { CandidateComparison, ComparedFieldKey, ComparedRecord, ComparedValue, Entity, ExampleFieldSummary } from '../contract/dto';
import { readPoolOf } from '../compute/read-pool';
import { AppError } from '../contract/errors';
import { coverageRowsOf, coverageSample } from '../db/queries/features';
import { getJob, type JobRow } from '../db/queries/jobs';
import { jobExampleRecords, jobRecordsByIds, type RecordRow } from '../db/queries/record-rows';
import type { Workspace } from '../db/workspace';
import { resolvePositives, type SourceRef } from '../engine/sources';
import { currentVocabulary } from '../engine/workspace-vocabulary';
import { parseJsonObject } from '../lib/json-object';
import { BLOCK_LABELS, embeddingLayout, type BlockName } from '../../src-model/embed/layout';
import { parseMissing, parseReasons } from './candidate-reasons';
import { encodedExtras, type ExtraFieldSpec } from '../engine/extra-fields';
import { COMPARED_FIELDS, FIELD_LABELS, readExtra, readRecord, type FieldReading } from './record-features';

/** Features shown per field for the examples. */
const TOP_FEATURES = 3;
/** A record is "like the examples" on a field when it shares a feature held by at least this weighted share of them. */
const COMMON_SHARE = 1 / 3;

/** At most this many records side by side (the screen has room for a handful of columns). */
export const MAX_COMPARED = 6;
/** Imported columns shown: those most of the examples share a value of, most telling first. */
const MAX_EXTRAS = 12;
const EXTRA_COVERAGE_AT_LEAST = 0.2;
/** Examples whose imported columns are read for the summary (every k-th beyond this). */
const EXAMPLES_READ = 20_000;
/** Records sampled for how common a value is overall. */
const OVERALL_SAMPLE = 4_000;

/**
 * The comparison, off the request path: on the workspace's read worker when
 * it has one (compute/read-pool.ts), since reading the examples' imported
 * columns of a wide workspace takes seconds; else here.
 */
export async function compareRecords(ws: Workspace, jobId: number, ids: readonly number[]): Promise<CandidateComparison> {
  const reads = readPoolOf(ws.db);
  return reads ? reads.compare({ jobId, ids: [...ids] }) : comparisonOf(ws, jobId, ids);
}

/** The comparison itself, on the calling thread (the read worker's task). */
export function comparisonOf(ws: Workspace, jobId: number, ids: readonly number[]): CandidateComparison {
  const job = getJob(ws.db, jobId);
  if (!job) throw new AppError('not_found', `No lookalike job ${jobId}.`);
  if (job.status !== 'completed') throw new AppError('conflict', `Job ${jobId} is ${job.status}; compare its candidates once it has completed.`);
  const unique = [...new Set(ids)];
  if (unique.length === 0 || unique.length > MAX_COMPARED) {
    throw new AppError('invalid_input', `Compare 1 to ${MAX_COMPARED} records at a time (${unique.length} given).`);
  }
  const rows = jobRecordsByIds(ws.db, jobId, job.entity, unique);
  if (rows.length < unique.length) {
    const found = new Set(rows.map((r) => r.id));
    const missing = unique.filter((id) => !found.has(id));
    throw new AppError('not_found', `No ${job.entity === 'leads' ? 'lead' : 'company'} with id ${missing.join(', ')} in this workspace.`);
  }

  const examples = jobExamples(ws, job);
  const fields = COMPARED_FIELDS[job.entity];
  const summaries = summariseExamples(examples.rows, fields);
  const exampleIds = new Set(examples.rows.map((r) => r.id));

  // The imported columns the engine reads: often all there is (an export of custom fields).
  const specs = extraSpecs(ws, job.entity);
  const exampleExtras = readExtras(ws, job.entity, specs, sampleEvery(examples.rows, EXAMPLES_READ));
  const extraSummaries = summarise(exampleExtras.map((e) => ({ weight: e.weight, readings: e.readings })), specs.map((x) => x.key));
  // How common each of those values is among all records: a value every record has says nothing.
  const overall = summarise(
    readExtras(ws, job.entity, specs, coverageSample(ws.db, job.entity, OVERALL_SAMPLE).rows.map((r) => ({ id: r.id, weight: 1 }))).map((e) => ({
      weight: 1,
      readings: e.readings,
    })),
    specs.map((x) => x.key),
    Number.POSITIVE_INFINITY,
  );
  for (const x of specs) {
    const all = new Map(overall[x.key]!.top.map((t) => [t.feature, t.share]));
    for (const t of extraSummaries[x.key]!.top) t.overall = all.get(t.feature) ?? 0;
  }
  // What sets the examples apart first: the most common value's share among them beyond its share among all.
  const lift = (x: ExtraFieldSpec) => {
    const t = extraSummaries[x.key]!.top[0];
    return t ? t.share - (t.overall ?? 0) : 0;
  };
  const shownExtras = specs
    .filter((x) => extraSummaries[x.key]!.coverage >= EXTRA_COVERAGE_AT_LEAST)
    .sort((a, b) => lift(b) - lift(a) || (a.key < b.key ? -1 : 1))
    .slice(0, MAX_EXTRAS);
  const recordExtras = new Map(readExtras(ws, job.entity, shownExtras, rows.map((r) => ({ ...r, weight: 1 }))).map((e) => [e.id, e.readings]));

  const records = rows.map((row): ComparedRecord => {
    const reading = readRecord(row);
    const values = {} as ComparedRecord['values'];
    for (const key of Object.keys(reading) as ComparedFieldKey[]) {
      values[key] = { ...reading[key], likeExamples: likeExamples(reading[key], summaries[key]) };
    }
    const extras: Record<string, ComparedValue> = {};
    const own = recordExtras.get(row.id);
    for (const x of shownExtras) {
      const r = own?.get(x.key) ?? { value: null, features: [] };
      extras[x.key] = { ...r, likeExamples: likeExamples(r, extraSummaries[x.key]!) };
    }
    return {
      id: row.id,
      name: row.display_name,
      recordId: row.record_id,
      rank: row.lookalike_rank,
      score: row.lookalike_score,
      reasons: parseReasons(row.lookalike_reasons),
      missing: parseMissing(row.lookalike_reasons),
      isExample: exampleIds.has(row.id),
      values,
      extras,
    };
  });

  const dim = (JSON.parse(job.params) as { dim?: number }).dim ?? 256;
  return {
    jobId,
    entity: job.entity,
    fields: fields.map((key) => ({ key, label: FIELD_LABELS[key] })),
    extraFields: shownExtras.map((x) => ({ key: x.key, label: x.key, part: x.part })),
    blocks: embeddingLayout(dim).blocks.map((b) => ({ block: b.name, label: BLOCK_LABELS[b.name as BlockName] ?? b.name })),
    examples: {
      count: examples.rows.length,
      asRun: examples.asRun,
      fields: summaries,
      extras: Object.fromEntries(shownExtras.map((x) => [x.key, extraSummaries[x.key]!])),
    },
    records,
  };
}

/** The examples the job learned from, or for older jobs the source's positives now. */
function jobExamples(ws: Workspace, job: JobRow): { rows: (RecordRow & { weight: number })[]; asRun: boolean } {
  const stored = jobExampleRecords(ws.db, job.id, job.entity);
  if (stored.length > 0) return { rows: stored, asRun: true };
  const params = JSON.parse(job.params) as { source: SourceRef; weights?: object; positiveOutcomes?: string[]; highScore?: number | null };
  try {
    const positives = resolvePositives(ws.db, { kind: job.source_kind, id: job.source_id }, {
      entity: job.entity,
      ...(params.weights ? { weights: params.weights } : {}),
      ...(params.positiveOutcomes ? { positiveOutcomes: params.positiveOutcomes as never } : {}),
      ...(params.highScore !== undefined ? { highScore: params.highScore } : {}),
    });
    const weight = new Map(positives.ids.map((id, i) => [id, positives.weights[i]!]));
    const rows = jobRecordsByIds(ws.db, job.id, job.entity, positives.ids).map((r) => ({ ...r, weight: weight.get(r.id) ?? 1 }));
    return { rows, asRun: false };
  } catch {
    return { rows: [], asRun: false }; // the source is gone: nothing to compare with
  }
}

/** Per field: the most common features among the examples, weighted, and how many examples have the field at all. */
function summariseExamples(
  rows: readonly (RecordRow & { weight: number })[],
  fields: readonly ComparedFieldKey[],
): Record<ComparedFieldKey, ExampleFieldSummary> {
  const read = rows.map((row) => {
    const r = readRecord(row);
    return { weight: row.weight, readings: new Map<string, FieldReading>(fields.map((f) => [f, r[f]])) };
  });
  const out = summarise(read, fields) as Record<ComparedFieldKey, ExampleFieldSummary>;
  for (const key of Object.keys(FIELD_LABELS) as ComparedFieldKey[]) out[key] ??= { top: [], coverage: 0 };
  return out;
}

/** Weighted tallies of each key's features over the rows: the top few, with shares, and the share that has any. */
function summarise(
  rows: readonly { weight: number; readings: ReadonlyMap<string, FieldReading> }[],
  keys: readonly string[],
  topN = TOP_FEATURES,
): Record<string, ExampleFieldSummary> {
  const total = rows.reduce((n, r) => n + r.weight, 0);
  const out: Record<string, ExampleFieldSummary> = {};
  for (const key of keys) {
    const counts = new Map<string, number>();
    let covered = 0;
    for (const row of rows) {
      const features = row.readings.get(key)?.features ?? [];
      if (features.length === 0) continue;
      covered += row.weight;
      for (const f of features) counts.set(f, (counts.get(f) ?? 0) + row.weight);
    }
    if (total === 0) {
      out[key] = { top: [], coverage: 0 };
      continue;
    }
    const top = [...counts.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, topN)
      .map(([feature, w]) => ({ feature, share: w / total }));
    out[key] = { top, coverage: covered / total };
  }
  return out;
}

/** The workspace's vocabulary's extra fields for the entity (none before its first job). */
function extraSpecs(ws: Workspace, entity: Entity): ExtraFieldSpec[] {
  const vocab = currentVocabulary(ws.db, entity);
  return vocab ? encodedExtras(vocab, entity) : [];
}

/** The given extra fields of records, read from their (and their company's) extras. */
function readExtras(
  ws: Workspace,
  entity: Entity,
  specs: readonly ExtraFieldSpec[],
  rows: readonly { id: number; weight: number }[],
): { id: number; weight: number; readings: Map<string, FieldReading> }[] {
  if (specs.length === 0 || rows.length === 0) return rows.map((r) => ({ ...r, readings: new Map() }));
  const weight = new Map(rows.map((r) => [r.id, r.weight]));
  return coverageRowsOf(ws.db, entity, rows.map((r) => r.id)).map((row) => {
    const extras = { lead: parseJsonObject(row.extra), company: parseJsonObject(row.company_extra) };
    return { id: row.id, weight: weight.get(row.id) ?? 1, readings: new Map(specs.map((x) => [x.key, readExtra(x, extras)])) };
  });
}

/** Every k-th row so that at most `limit` are read. */
function sampleEvery<T>(rows: readonly T[], limit: number): T[] {
  const step = Math.max(1, Math.ceil(rows.length / limit));
  return rows.filter((_, i) => i % step === 0);
}

function likeExamples(reading: FieldReading, summary: ExampleFieldSummary): boolean {
  const common = new Set(summary.top.filter((t) => t.share >= COMMON_SHARE).map((t) => t.feature));
  return reading.features.some((f) => common.has(f));
}
