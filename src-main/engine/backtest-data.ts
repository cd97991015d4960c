/**
 * The embeddings a backtest (or a strategy's training) needs from a
 * workspace: the source's examples with their weights, the records known to
 * be bad, and the rest of the workspace — every record up to MAX_ALL_ROWS,
 * beyond that a seeded sample (the figures are shares and rank
 * probabilities, which a sample of tens of thousands estimates to a point).
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import type Database from 'better-sqlite3';
import type { Entity, Outcome } from '../contract/dto';
import { AppError } from '../contract/errors';
import type { ComputePool } from '../compute/pool';
import { knownBadIds } from '../db/queries/positives';
import { embeddingLayout } from '../../src-model/embed/layout';
import type { FeatureVocabulary } from '../../src-model/embed/types';
import type { BacktestData } from '../../src-model/backtest/backtest';
import { sampleRows, unionOfRows } from '../../src-model/backtest/backtest';
import { openVectorReader, type EmbeddingMatrix } from './embeddings';
import { sourceMatrix } from './source-matrix';
import { DEFAULT_JOB_PARAMS, type JobParams } from './job-params';
import { resolvePositives, sourceEntity, type PositiveSet, type SourceRef } from './sources';

/** Every record is read up to this many; above it, the examples, the known-bad and a sample of this size. */
export const MAX_ALL_ROWS = 120_000;

/** What of a job's parameters decides its examples and its embeddings. */
export type SourceSpec = Pick<JobParams, 'entity' | 'source' | 'positiveOutcomes' | 'weights' | 'highScore' | 'partWeights' | 'dim' | 'ignoreFields'>;

export interface LoadedBacktestData {
  data: BacktestData;
  /** Record id of each row of `data.rows`. */
  ids: Int32Array;
  positives: PositiveSet;
  vocab: FeatureVocabulary;
  vocabVersion: string;
  /** Columns left out because the source is defined by them. */
  sourceFields: string[];
  /** Rows of the workspace, of which `ids.length` were read. */
  workspaceRows: number;
}

/** What a check or a backtest of a source takes; the rest of its spec is the job defaults. */
export interface SourceRequest {
  source: SourceRef;
  entity?: Entity;
  positiveOutcomes?: Outcome[];
  highScore?: number | null;
  ignoreFields?: string[];
}

/** A source's spec with the job defaults for what the request leaves out (a segment's or list's own entity). */
export function sourceSpecOf(db: Database.Database, request: SourceRequest): SourceSpec {
  return {
    ...DEFAULT_JOB_PARAMS,
    entity: request.entity ?? sourceEntity(db, request.source),
    source: request.source,
    ignoreFields: request.ignoreFields ?? [],
    positiveOutcomes: request.positiveOutcomes ?? DEFAULT_JOB_PARAMS.positiveOutcomes,
    highScore: request.highScore ?? DEFAULT_JOB_PARAMS.highScore,
  };
}

/** Index of `id` in ascending `ids`, or -1 (record id → matrix row, matrix row → sampled row). */
export function rowOf(ids: Int32Array, id: number): number {
  let lo = 0;
  let hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = ids[mid]!;
    if (v === id) return mid;
    if (v < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Backtest data of a source, read from a matrix already built. */
export async function backtestDataFrom(
  db: Database.Database,
  m: EmbeddingMatrix,
  spec: SourceSpec,
  positives: PositiveSet,
  options: {
    maxAllRows?: number;
    sampleSize?: number;
    seed?: number;
    signal?: AbortSignal;
    /**
     * Read the rows into shared memory, so they reach a worker thread without a copy. Read there
     * directly: a copy made afterwards touched each fresh page of it (120 MB at 20k rows of 1,500
     * dimensions) in pieces of 80–150 ms on the main thread.
     */
    sharedRows?: boolean;
  } = {},
): Promise<{ data: BacktestData; ids: Int32Array }> {
  const layout = embeddingLayout(m.dim);
  const exampleRows: number[] = [];
  const exampleWeights: number[] = [];
  positives.ids.forEach((id, i) => {
    const r = rowOf(m.ids, id);
    if (r >= 0) {
      exampleRows.push(r);
      exampleWeights.push(positives.weights[i]!);
    }
  });
  const exampleSet = new Set(exampleRows);
  // The workspace's known-bad records and the analyst's not-a-fit marks are one set of negatives for every strategy.
  const knownBad = knownBadIds(db, spec.entity, spec.source.kind === 'campaign' ? spec.source.id : null);
  const badRows = [...new Set([...knownBad, ...positives.counterExamples].map((id) => rowOf(m.ids, id)))]
    .filter((r) => r >= 0 && !exampleSet.has(r))
    .sort((a, b) => a - b);
  // A turn of the event loop between the steps: together they held the web host for 0.5–0.9 s at 300k leads.
  await nextTurn();
  let matrixRows: Int32Array;
  if (m.rows <= (options.maxAllRows ?? MAX_ALL_ROWS)) matrixRows = Int32Array.from({ length: m.rows }, (_, i) => i);
  else matrixRows = unionOfRows(m.rows, [sampleRows(m.rows, options.sampleSize ?? MAX_ALL_ROWS, options.seed ?? 7), exampleRows, badRows]);
  await nextTurn();
  if (options.signal?.aborted) throw new AppError('cancelled', 'Stopped while reading the examples.');
  const reader = openVectorReader(m);
  try {
    const floats = matrixRows.length * m.dim;
    const out = options.sharedRows ? new Float32Array(new SharedArrayBuffer(floats * 4)) : new Float32Array(floats);
    const rows = (await reader.readRows(matrixRows, out, { signal: options.signal })) as Float32Array;
    if (options.signal?.aborted) throw new AppError('cancelled', 'Stopped while reading the examples.');
    const at = (r: number) => rowOf(matrixRows, r);
    return {
      data: {
        dim: m.dim,
        rows,
        examples: Int32Array.from(exampleRows, at),
        exampleWeights: Float64Array.from(exampleWeights),
        negatives: Int32Array.from(badRows, at),
        parts: layout.parts,
        partWeights: spec.partWeights,
      },
      ids: Int32Array.from(matrixRows, (r) => m.ids[r]!),
    };
  } finally {
    reader.close();
  }
}

/** Everything a backtest of the source needs, embedding what is not cached yet. */
export async function loadBacktestData(
  db: Database.Database,
  pool: ComputePool,
  spec: SourceSpec,
  options: { signal?: AbortSignal; maxAllRows?: number; sampleSize?: number; seed?: number; sharedRows?: boolean } = {},
): Promise<LoadedBacktestData> {
  const positives = resolvePositives(db, spec.source, {
    entity: spec.entity,
    weights: spec.weights,
    positiveOutcomes: spec.positiveOutcomes,
    highScore: spec.highScore,
  });
  if (positives.ids.length < 2) {
    throw new AppError('invalid_input', `The ${spec.source.kind} "${positives.name}" has ${positives.ids.length} example(s); a backtest needs at least 2.`);
  }
  const { matrix, vocab, version, sourceFields } = await sourceMatrix(db, pool, spec, options);
  const { data, ids } = await backtestDataFrom(db, matrix, spec, positives, options);
  return { data, ids, positives, vocab, vocabVersion: version, sourceFields, workspaceRows: matrix.rows };
}
