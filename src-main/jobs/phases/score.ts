/**
 * score: the exact top K records under the job's scorer. One query: the int8
 * pre-pass on the workers, then the candidates' floats re-scored exactly
 * there. Several (`focused`, `nearest`, `multi`: a record scores by its best query): a
 * pre-pass per query, whose candidate sets together hold the top K of the
 * maximum (a row in that top K is in the top K of the query that gives it
 * its score), then the union scored exactly on the workers, each row by its best.
 */
import { AppError } from '../../contract/errors';
import type { ComputePool } from '../../compute/pool';
import type { VectorFileReader } from '../../engine/vector-files';
import { rawScoreOfVector, rawThreshold, shownScore } from '../../../src-model/strategies/scoring';
import type { Scorer } from '../../../src-model/strategies/types';
import { mergeTopK } from '../../../src-model/vector-search/topk';
import { mergeBestTopK, type BestTopK } from '../../../src-model/vector-search/exact-rescore';
import type { JobPhase } from '../job-phase';
import type { JobState, RankedRows } from '../job-state';
import { sampledRawScores, spreadTimings } from '../score-spread';
import type { RangeSpread } from '../../../src-workers/score-spread';

/** Chunks of candidate rows whose floats are read and re-scored at once (16 MB of vectors at dim 256). */
const RESCORE_CHUNK = 16384;
export const scorePhase: JobPhase = {
  name: 'score',
  lap: 'scoringMs',
  async run(state, step) {
    const rows = state.matrix.rows;
    step.progress(0, rows);
    const best = await topCandidates(state, state.scorer);
    state.ranked = best;
    state.timings.rescoredRows = best.rescored;
    Object.assign(state.timings, best.spread);
    step.progress(rows, rows);
  },
};

async function topCandidates(state: JobState, scorer: Scorer): Promise<RankedRows & { rescored: number; spread: Record<string, number> }> {
  const { pool, matrix: m, params, signal } = state;
  const reader = state.reader!;
  const rawMin = rawThreshold(scorer.calibration, params.minScore);
  const parts = Math.max(1, Math.min(pool.threads, Math.ceil(m.rows / 50_000)));
  const per = Math.ceil(m.rows / parts);
  const ranges = Array.from({ length: parts }, (_, p) => ({ slot: p, first: p * per, count: Math.max(0, Math.min(per, m.rows - p * per)) }));
  const handle = m.store.handle;
  // Each query's spread over each range, whatever the minimum keeps (the job's spread, score-spread.ts).
  const spreads: RangeSpread[][] = [];
  const prepass = async (q: Float32Array, minScore: number) => {
    const parts = await Promise.all(
      ranges.map((r) => pool.prepass({ store: handle, slot: r.slot, first: r.first, count: r.count, query: q, k: params.maxResults, minScore, exclude: state.exclude }, signal)),
    );
    spreads.push(parts.map((p) => p.spread));
    return parts.map((p) => p.rows);
  };
  if (scorer.queries.length === 1) {
    const q = scorer.queries[0]!;
    const c = scorer.offsets[0]!;
    const candidateRows = await prepass(q, rawMin - c);
    const best = await rescoreCandidates(pool, reader, candidateRows, q, params.maxResults, rawMin - c, signal);
    const raw = Float64Array.from(best.scores, (x) => x + c);
    return {
      rows: best.rows,
      raw,
      query: new Int32Array(best.rows.length),
      rescored: candidateRows.reduce((n, r) => n + r.length, 0),
      spread: await jobSpread(state, scorer, spreads, raw[0]),
    };
  }
  const union = new Set<number>();
  for (let j = 0; j < scorer.queries.length; j++) {
    if (signal?.aborted) throw new AppError('cancelled', 'The job was cancelled.');
    for (const rows of await prepass(scorer.queries[j]!, rawMin - scorer.offsets[j]!)) for (const r of rows) union.add(r);
  }
  const rows = Uint32Array.from(union).sort();
  // Scored on the workers a chunk at a time, each row by its best query: on the main thread, a job of
  // two queries and 50k candidates each held the web host for the whole of it (nearest's 64 queries, longer).
  const tasks: Promise<BestTopK>[] = [];
  for (let at = 0; at < rows.length; at += RESCORE_CHUNK) {
    if (signal?.aborted) throw new AppError('cancelled', 'The job was cancelled.');
    const chunk = rows.slice(at, at + RESCORE_CHUNK);
    const vectors = await reader.readRows(chunk, undefined, { signal });
    const task = pool.rescoreBest({ queries: scorer.queries, offsets: scorer.offsets, rows: chunk, vectors, k: params.maxResults, minRaw: rawMin }, signal);
    task.catch(() => undefined); // awaited below
    tasks.push(task);
    // Bound the vectors read ahead of the workers.
    if (tasks.length >= pool.threads * 2) await tasks[tasks.length - pool.threads * 2];
  }
  const top = mergeBestTopK(await Promise.all(tasks), params.maxResults);
  return {
    rows: top.rows,
    raw: top.raw,
    query: top.query,
    rescored: rows.length,
    spread: await jobSpread(state, scorer, spreads, top.rows.length > 0 ? top.raw[0] : undefined),
  };
}

/**
 * The job's spread counters (score-spread.ts). The best is exact: the best
 * candidate's score, or when the minimum kept none, the best exact score of
 * the rows the pre-pass found best (a few rows, one per query and range).
 */
async function jobSpread(state: JobState, scorer: Scorer, spreads: RangeSpread[][], bestCandidateRaw: number | undefined): Promise<Record<string, number>> {
  const ranked = spreads[0]?.reduce((n, s) => n + s.ranked, 0) ?? 0;
  let bestRaw: number | null = bestCandidateRaw ?? null;
  if (bestRaw === null && ranked > 0) {
    const probes = Uint32Array.from(new Set(spreads.flat().filter((s) => s.bestRow >= 0).map((s) => s.bestRow))).sort();
    const vectors = await state.reader!.readRows(probes);
    const dim = state.matrix.dim;
    for (let i = 0; i < probes.length; i++) {
      const { raw } = rawScoreOfVector(scorer, vectors.subarray(i * dim, (i + 1) * dim));
      if (bestRaw === null || raw > bestRaw) bestRaw = raw;
    }
  }
  return spreadTimings(ranked, bestRaw, sampledRawScores(spreads, scorer.offsets), (raw) => shownScore(scorer.calibration, raw));
}

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
  k: number,
  minScore: number,
  signal: AbortSignal | undefined,
): Promise<{ rows: Uint32Array; scores: Float32Array }> {
  const tasks: Promise<{ rows: Uint32Array; scores: Float32Array }>[] = [];
  for (const rows of candidateRows) {
    for (let at = 0; at < rows.length; at += RESCORE_CHUNK) {
      if (signal?.aborted) throw new AppError('cancelled', 'The job was cancelled.');
      const chunk = rows.slice(at, at + RESCORE_CHUNK);
      const vectors = await reader.readRows(chunk, undefined, { signal });
      const task = pool
        .rescore({ query, rows: chunk, vectors, k, minScore }, signal)
        .then((r) => ({ rows: Uint32Array.from(r.rows), scores: r.scores }));
      task.catch(() => undefined); // awaited below
      tasks.push(task);
      // Bound the vectors read ahead of the workers.
      if (tasks.length >= pool.threads * 2) await tasks[tasks.length - pool.threads * 2];
    }
  }
  return mergeTopK(await Promise.all(tasks), k);
}
