/**
 * Side-by-side comparison: a few records of a job (its candidates, or any
 * record the analyst wants to check) beside what the job's examples have in
 * common, field by field, with each record's score broken down by feature
 * block. The examples are the ones the job learned from (stored with it);
 * jobs run before they were stored fall back to the source's current
 * positives, and say so.
 */
import type { CandidateComparison, ComparedFieldKey, ComparedRecord, ExampleFieldSummary } from '../contract/dto';
import { AppError } from '../contract/errors';
import { getJob, type JobRow } from '../db/queries/jobs';
import { jobExampleRecords, jobRecordsByIds, type RecordRow } from '../db/queries/record-rows';
import type { Workspace } from '../db/workspace';
import { resolvePositives, type SourceRef } from '../engine/sources';
import { BLOCK_LABELS, embeddingLayout, type BlockName } from '../../src-workers/embed/layout';
import { parseMissing, parseReasons } from './export-service';
import { COMPARED_FIELDS, FIELD_LABELS, readRecord, type FieldReading } from './record-features';

/** Features shown per field for the examples. */
const TOP_FEATURES = 3;
/** A record is "like the examples" on a field when it shares a feature held by at least this weighted share of them. */
const COMMON_SHARE = 0.25;

/** At most this many records side by side (the screen has room for a handful of columns). */
export const MAX_COMPARED = 6;

export function compareRecords(ws: Workspace, jobId: number, ids: readonly number[]): CandidateComparison {
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

  const records = rows.map((row): ComparedRecord => {
    const reading = readRecord(row);
    const values = {} as ComparedRecord['values'];
    for (const key of Object.keys(reading) as ComparedFieldKey[]) {
      values[key] = { ...reading[key], likeExamples: likeExamples(reading[key], summaries[key]) };
    }
    return {
      id: row.id,
      name: row.display_name,
      rank: row.lookalike_rank,
      score: row.lookalike_score,
      reasons: parseReasons(row.lookalike_reasons),
      missing: parseMissing(row.lookalike_reasons),
      isExample: exampleIds.has(row.id),
      values,
    };
  });

  const dim = (JSON.parse(job.params) as { dim?: number }).dim ?? 256;
  return {
    jobId,
    entity: job.entity,
    fields: fields.map((key) => ({ key, label: FIELD_LABELS[key] })),
    blocks: embeddingLayout(dim).blocks.map((b) => ({ block: b.name, label: BLOCK_LABELS[b.name as BlockName] ?? b.name })),
    examples: { count: examples.rows.length, asRun: examples.asRun, fields: summaries },
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
export function summariseExamples(
  rows: readonly (RecordRow & { weight: number })[],
  fields: readonly ComparedFieldKey[],
): Record<ComparedFieldKey, ExampleFieldSummary> {
  const total = rows.reduce((n, r) => n + r.weight, 0);
  const tallies = new Map<ComparedFieldKey, { counts: Map<string, number>; covered: number }>(
    fields.map((f) => [f, { counts: new Map(), covered: 0 }]),
  );
  for (const row of rows) {
    const reading = readRecord(row);
    for (const key of fields) {
      const t = tallies.get(key)!;
      const { features } = reading[key];
      if (features.length === 0) continue;
      t.covered += row.weight;
      for (const f of features) t.counts.set(f, (t.counts.get(f) ?? 0) + row.weight);
    }
  }
  const out = {} as Record<ComparedFieldKey, ExampleFieldSummary>;
  for (const key of Object.keys(FIELD_LABELS) as ComparedFieldKey[]) {
    const t = tallies.get(key);
    if (!t || total === 0) {
      out[key] = { top: [], coverage: 0 };
      continue;
    }
    const top = [...t.counts.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, TOP_FEATURES)
      .map(([feature, w]) => ({ feature, share: w / total }));
    out[key] = { top, coverage: t.covered / total };
  }
  return out;
}

function likeExamples(reading: FieldReading, summary: ExampleFieldSummary): boolean {
  const common = new Set(summary.top.filter((t) => t.share >= COMMON_SHARE).map((t) => t.feature));
  return reading.features.some((f) => common.has(f));
}
