/**
 * Runs one lookalike job end to end: vocabulary → embeddings (cached) →
 * weighted profile of the positives → exact cosine scores of every other
 * record on the worker pool → top candidates with per-block reasons →
 * stored with the job, and the scores written back per source.
 *
 * The main thread only reads pages and file rows, merges results and writes
 * rows; every loop over the matrix runs in a worker.
 */
import type Database from 'better-sqlite3';
import type { Entity, Outcome } from '../contract/dto';
import { AppError } from '../contract/errors';
import type { ComputePool } from '../compute/pool';
import { dataVersion } from '../db/queries/embedding-cache';
import {
  finishJob,
  getJob,
  insertCandidates,
  markJobRunning,
  saveJobExamples,
  saveJobProfile,
  updateJobProgress,
  writeLookalikeScores,
  type CandidateInput,
} from '../db/queries/jobs';
import { segmentMemberIds } from '../db/queries/segments';
import type { Condition } from '../segments/condition';
import { embeddingLayout } from '../../src-workers/embed/layout';
import { partsPresent } from '../../src-workers/embed/encode';
import { blockContributions, profileQuery, reportedScore, weightedCentroid } from '../../src-workers/math/vectors';
import { mergeTopK } from '../../src-workers/math/topk';
import { createRowBitmap, markRow } from '../../src-workers/math/row-bitmap';
import { embeddingMatrix, openVectorReader } from './embeddings';
import { cachedMatrix, forgetMatrices, matrixKey, rememberMatrix } from './matrix-cache';
import type { VectorFileReader } from './vector-files';
import { DEFAULT_POSITIVE_WEIGHTS, memberIds, resolvePositives, type PositiveWeights, type SourceRef } from './sources';
import { workspaceVocabulary } from './workspace-vocabulary';
import { measureCoverageGaps } from './coverage-gaps';

export interface JobParams {
  entity: Entity;
  source: SourceRef;
  minScore: number;
  maxResults: number;
  exclude: SourceRef[];
  filters: Condition[];
  positiveOutcomes: Outcome[];
  weights: PositiveWeights;
  highScore: number | null;
  partWeights: { company: number; lead: number };
  dim: number;
  ignoreFields: string[];
}

export const DEFAULT_JOB_PARAMS: Omit<JobParams, 'entity' | 'source'> = {
  minScore: 0.7,
  maxResults: 1000,
  exclude: [],
  filters: [],
  positiveOutcomes: ['won', 'replied'],
  weights: DEFAULT_POSITIVE_WEIGHTS,
  highScore: null,
  partWeights: { company: 0.7, lead: 0.3 },
  dim: Number(process.env.EMBEDDING_DIM) || 256,
  ignoreFields: [],
};

export interface JobProgress {
  jobId: number;
  phase: 'embedding' | 'scoring' | 'saving';
  processed: number;
  total: number;
}

export interface JobOutcome {
  jobId: number;
  status: 'completed';
  positives: number;
  candidates: number;
  timings: Record<string, number>;
}

/** Record ids that pass the job's filters, or null when there are none. */
function filteredIds(db: Database.Database, entity: Entity, filters: Condition[]): Set<number> | null {
  if (filters.length === 0) return null;
  return new Set(segmentMemberIds(db, { entity, conditions: filters }));
}

function rowOf(ids: Int32Array, id: number): number {
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

export async function runJob(
  db: Database.Database,
  pool: ComputePool,
  jobId: number,
  options: { signal?: AbortSignal; onProgress?: (p: JobProgress) => void } = {},
): Promise<JobOutcome> {
  const job = getJob(db, jobId);
  if (!job) throw new AppError('not_found', `No job ${jobId}.`);
  const params = { ...DEFAULT_JOB_PARAMS, ...(JSON.parse(job.params) as Partial<JobParams>) } as JobParams;
  const timings: Record<string, number> = {};
  const t0 = performance.now();
  let last = 0;
  const progress = (phase: JobProgress['phase'], processed: number, total: number, force = false) => {
    const now = performance.now();
    if (!force && now - last < 200) return; // a few events a second is enough for a progress bar
    last = now;
    updateJobProgress(db, jobId, processed, total);
    options.onProgress?.({ jobId, phase, processed, total });
  };
  const lap = (name: string, since: number) => (timings[name] = Math.round(performance.now() - since));
  let reader: VectorFileReader | null = null;

  try {
    const layout = embeddingLayout(params.dim);
    markJobRunning(db, jobId, 0);
    const positives = resolvePositives(db, params.source, {
      entity: params.entity,
      weights: params.weights,
      positiveOutcomes: params.positiveOutcomes,
      highScore: params.highScore,
    });
    if (positives.ids.length === 0) {
      throw new AppError('invalid_input', `The ${params.source.kind} "${positives.name}" has no positive examples (won, replied or members) to learn from.`);
    }

    let t = performance.now();
    const built = workspaceVocabulary(db, params.entity, layout.dim, params.ignoreFields);
    lap('vocabularyMs', t);
    timings.vocabularyKept = built.origin === 'rebuilt' ? 0 : 1;

    t = performance.now();
    const key = matrixKey(db.name, params.entity, built.version, dataVersion(db));
    const inMemory = cachedMatrix(key);
    const m =
      inMemory ??
      (await embeddingMatrix(db, pool, params.entity, { version: built.version, body: built.vocab }, {
        signal: options.signal,
        onProgress: (p) => progress('embedding', p.processed, p.total),
      }));
    lap('embeddingsMs', t);
    reader = openVectorReader(m);
    timings.embeddedRows = inMemory ? 0 : m.embedded;
    timings.cachedRows = m.rows - timings.embeddedRows;
    timings.inMemory = inMemory ? 1 : 0;

    // The profile: weighted centroid of the positives, per part normalised and weighted.
    const posRows: number[] = [];
    const posWeights: number[] = [];
    positives.ids.forEach((id, i) => {
      const row = rowOf(m.ids, id);
      if (row >= 0) {
        posRows.push(row);
        posWeights.push(positives.weights[i]!);
      }
    });
    const centroid = weightedCentroid(reader.readRows(posRows), m.dim, posRows.map((_, i) => i), posWeights);
    const present = partsPresent(centroid, layout);
    if (!present.company && !present.lead) throw new AppError('invalid_input', `The examples of the ${params.source.kind} "${positives.name}" carry no features to compare.`);
    const query = profileQuery(centroid, [layout.parts.company, layout.parts.lead], [params.partWeights.company, params.partWeights.lead]);
    t = performance.now();
    const coverageGaps = measureCoverageGaps(db, params.entity, built.vocab, positives);
    lap('coverageMs', t);
    saveJobProfile(db, jobId, positives.ids.length, query, {
      source: positives.name,
      breakdown: positives.breakdown,
      partsPresent: present,
      partWeights: params.partWeights,
      vocabularyVersion: built.version,
      coverageGaps,
    });
    saveJobExamples(db, jobId, positives.ids, positives.weights);

    // Rows that may not be candidates: the positives, excluded lists and segments, records failing the filters.
    const exclude = createRowBitmap(m.rows);
    for (const r of posRows) markRow(exclude, r);
    for (const ref of params.exclude) for (const id of memberIds(db, ref).ids) {
      const r = rowOf(m.ids, id);
      if (r >= 0) markRow(exclude, r);
    }
    const allowed = filteredIds(db, params.entity, params.filters);
    if (allowed) for (let r = 0; r < m.rows; r++) if (!allowed.has(m.ids[r]!)) markRow(exclude, r);

    // One row range per worker, each in its own scratch slot of the shared store.
    const parts = Math.max(1, Math.min(pool.threads, Math.ceil(m.rows / 50_000)));
    const per = Math.ceil(m.rows / parts);
    const ranges = Array.from({ length: parts }, (_, p) => ({ slot: p, first: p * per, count: Math.max(0, Math.min(per, m.rows - p * per)) }));
    const handle = m.store.handle;

    if (!inMemory) rememberMatrix(key, m);

    t = performance.now();
    progress('scoring', 0, m.rows, true);
    const candidateRows = await Promise.all(
      ranges.map((r) =>
        pool.prepass(
          { store: handle, slot: r.slot, first: r.first, count: r.count, query, k: params.maxResults, minScore: params.minScore, exclude },
          options.signal,
        ),
      ),
    );
    const best = await rescoreCandidates(pool, reader, candidateRows, query, params, options.signal);
    timings.rescoredRows = candidateRows.reduce((n, c) => n + c.length, 0);
    lap('scoringMs', t);
    progress('scoring', m.rows, m.rows, true);

    // Exact reasons from the float vectors: each block's share of the dot product.
    t = performance.now();
    const blocks = layout.blocks;
    const candidates: CandidateInput[] = [];
    const bestVectors = reader.readRows(best.rows);
    for (let i = 0; i < best.rows.length; i++) {
      const row = best.rows[i]!;
      const v = bestVectors.subarray(i * m.dim, (i + 1) * m.dim);
      const contributions = blockContributions(query, v, blocks);
      const reasons: Record<string, number> = {};
      blocks.forEach((b, j) => {
        if (contributions[j]! !== 0) reasons[b.name] = contributions[j]!;
      });
      // A part the profile has but this record lacks counts as "no evidence": say so beside the reasons.
      const has = partsPresent(v, layout);
      const missing = [...(present.company && !has.company ? ['company'] : []), ...(present.lead && !has.lead ? ['lead'] : [])];
      candidates.push({ recordId: m.ids[row]!, score: reportedScore(best.scores[i]!), reasons, missing });
    }
    insertCandidates(db, jobId, candidates);
    writeLookalikeScores(db, params.entity, `${params.source.kind}:${params.source.id}`, jobId, candidates);
    lap('saveMs', t);
    timings.totalMs = Math.round(performance.now() - t0);
    finishJob(db, jobId, 'completed', { candidates: candidates.length, timings });
    options.onProgress?.({ jobId, phase: 'saving', processed: m.rows, total: m.rows });
    return { jobId, status: 'completed', positives: positives.ids.length, candidates: candidates.length, timings };
  } catch (e) {
    const cancelled = options.signal?.aborted || (e as Error)?.name === 'AbortError' || (e as AppError)?.code === 'cancelled';
    // A cache file lost under a matrix kept in memory, say: the next run must rebuild, not reuse it.
    if (reader !== null && !cancelled) forgetMatrices();
    const message = cancelled
      ? 'The job was cancelled.'
      : e instanceof AppError
        ? e.message
        : `The job failed: ${(e as Error)?.message ?? String(e)}`;
    finishJob(db, jobId, cancelled ? 'cancelled' : 'failed', { error: message, timings });
    if (cancelled) throw new AppError('cancelled', message, { jobId });
    throw e instanceof AppError ? e : new AppError('internal', message, { jobId });
  } finally {
    reader?.close();
  }
}


/** Chunks of candidate rows whose floats are read and re-scored at once (16 MB of vectors at dim 256). */
const RESCORE_CHUNK = 16384;

/**
 * The exact top K from the pre-pass candidates: their float rows are read
 * from the shard files a chunk at a time and scored exactly on the pool,
 * and the chunks' top Ks merged (each is exact, so the merge is).
 */
async function rescoreCandidates(
  pool: ComputePool,
  reader: VectorFileReader,
  candidateRows: Uint32Array[],
  query: Float32Array,
  params: JobParams,
  signal: AbortSignal | undefined,
): Promise<{ rows: Uint32Array; scores: Float32Array }> {
  const tasks: Promise<{ rows: Uint32Array; scores: Float32Array }>[] = [];
  for (const rows of candidateRows) {
    for (let at = 0; at < rows.length; at += RESCORE_CHUNK) {
      if (signal?.aborted) throw new AppError('cancelled', 'The job was cancelled.');
      const chunk = rows.slice(at, at + RESCORE_CHUNK);
      const task = pool
        .rescore({ query, rows: chunk, vectors: reader.readRows(chunk), k: params.maxResults, minScore: params.minScore }, signal)
        .then((r) => ({ rows: Uint32Array.from(r.rows), scores: r.scores }));
      task.catch(() => undefined); // awaited below
      tasks.push(task);
      // Bound the vectors read ahead of the workers.
      if (tasks.length >= pool.threads * 2) await tasks[tasks.length - pool.threads * 2];
    }
  }
  return mergeTopK(await Promise.all(tasks), params.maxResults);
}
