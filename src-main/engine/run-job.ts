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
  completeJob,
  finishJob,
  getJob,
  markJobRunning,
  saveJobExamples,
  saveJobProfile,
  updateJobProgress,
  type CandidateInput,
  type JobResults,
} from '../db/queries/jobs';
import { segmentMemberIds } from '../db/queries/segments';
import type { Condition } from '../segments/condition';
import { embeddingLayout } from '../../src-model/embed/layout';
import { partsPresent } from '../../src-model/embed/encode';
import { blockContributions } from '../../src-model/vector-search/vectors';
import { mergeTopK } from '../../src-model/vector-search/topk';
import { createRowBitmap, markRow, type RowBitmap } from '../../src-model/vector-search/row-bitmap';
import type { EmbeddingLayout } from '../../src-model/embed/layout';
import type { FeatureVocabulary } from '../../src-model/embed/types';
import { AUTO_MIN_EXAMPLES, strategyMerit, type BacktestData } from '../../src-model/backtest/backtest';
import type { RankingFigures } from '../../src-model/backtest/metrics';
import { rawScoreOfVector, rawThreshold, shownScore } from '../../src-model/strategies/scoring';
import type { ConcreteStrategy, Scorer, StrategyName, TrainingSet } from '../../src-model/strategies/types';
import { openVectorReader, type EmbeddingMatrix } from './embeddings';
import { forgetMatrices } from './matrix-cache';
import { cachedTraining, forgetTrainings, rememberTraining, trainingKey } from './training-cache';
import type { VectorFileReader } from './vector-files';
import { memberIds, resolvePositives } from './sources';
import { measureCoverageGaps } from './coverage-gaps';
import { diagnoseLoaded } from './seed-diagnostics';
import { backtestDataFrom, rowOf, sourceMatrix } from './backtest-data';
import { slotLabels } from './slot-labels';
import { DEFAULT_JOB_PARAMS, type JobParams } from './job-params';

export { DEFAULT_JOB_PARAMS, type JobParams } from './job-params';

export interface JobProgress {
  jobId: number;
  phase: 'embedding' | 'scoring' | 'saving' | 'backtest';
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
    const source = await sourceMatrix(db, pool, params, { signal: options.signal, onProgress: (p) => progress('embedding', p.processed, p.total) });
    const m = source.matrix;
    lap('embeddingsMs', t);
    const layout = embeddingLayout(m.dim);
    reader = openVectorReader(m);
    timings.vocabularyKept = source.vocabularyKept ? 1 : 0;
    timings.embeddedRows = source.fromMemory ? 0 : m.embedded;
    timings.cachedRows = m.rows - timings.embeddedRows;
    timings.inMemory = source.fromMemory ? 1 : 0;

    // The training set: the examples, the known-bad records and a sample of the workspace.
    t = performance.now();
    const training = backtestDataFrom(db, m, params, positives, { maxAllRows: TRAINING_ROWS, sampleSize: TRAINING_ROWS, seed: TRAINING_SEED });
    const set = trainingSetOf(training.data);
    lap('trainingDataMs', t);
    const posRows = positives.ids.map((id) => rowOf(m.ids, id)).filter((r) => r >= 0);
    const present = partsPresent(meanOf(set), layout);
    if (!present.company && !present.lead) throw new AppError('invalid_input', `The examples of the ${params.source.kind} "${positives.name}" carry no features to compare.`);
    // `auto` ranks at once with the strategy that usually wins (learned, given enough examples) and checks
    // that choice by a backtest after the candidates are saved, so the analyst never waits for it.
    const first: ConcreteStrategy = params.strategy === 'auto' ? (set.positives.length >= AUTO_MIN_EXAMPLES ? 'learned' : 'contrast') : params.strategy;
    const train = async (strategy: StrategyName) => {
      // A rerun that changes only what is kept (minimum score, filters, exclusions) trains on the same set.
      const key = trainingKey(source.key, strategy, TRAINING_SEED, set);
      const kept = cachedTraining(key);
      if (kept) return kept;
      const result = await pool.train({ strategy, set: copySet(set), seed: TRAINING_SEED }, options.signal);
      rememberTraining(key, result);
      return result;
    };
    const trained = await train(first);
    lap('trainMs', t);
    t = performance.now();
    const coverageGaps = measureCoverageGaps(db, params.entity, source.vocab, positives);
    lap('coverageMs', t);
    const profileInfo: Record<string, unknown> = {
      source: positives.name,
      breakdown: positives.breakdown,
      partsPresent: present,
      partWeights: params.partWeights,
      vocabularyVersion: source.version,
      coverageGaps,
      sourceFields: source.sourceFields,
      negatives: set.negatives.length,
      strategy: { requested: params.strategy, used: trained.chosen, why: params.strategy === 'auto' ? 'checking by backtest' : 'chosen for the job' },
    };
    saveJobProfile(db, jobId, positives.ids.length, trained.scorer.queries[0]!, profileInfo);
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

    const rank = async (scorer: Scorer) => {
      const ts = performance.now();
      progress('scoring', 0, m.rows, true);
      const best = await topCandidates(pool, m, reader!, scorer, exclude, params, options.signal);
      timings.rescoredRows = best.rescored;
      lap('scoringMs', ts);
      progress('scoring', m.rows, m.rows, true);
      const tr = performance.now();
      const candidates = explain(scorer, best, reader!, m.ids, layout, present, source.vocab);
      lap('reasonsMs', tr);
      return candidates;
    };
    let candidates = await rank(trained.scorer);
    t = performance.now();
    const scored = { entity: params.entity, source: `${params.source.kind}:${params.source.id}` };
    timings.totalMs = Math.round(t - t0);
    // The candidates, the scores they write back and the completed status commit together (issue 9, defect 7).
    completeJob(db, jobId, { ...scored, candidates, timings });
    lap('saveMs', t);
    timings.totalMs = Math.round(performance.now() - t0);
    options.onProgress?.({ jobId, phase: 'saving', processed: m.rows, total: m.rows });

    // The check of the examples (cohesion, outliers, suspected leaks), after the candidates are saved: the
    // analyst reads it beside them, and it must not hold them up.
    t = performance.now();
    profileInfo.diagnostics = diagnoseLoaded(db, params, source.vocab, { ...training, exampleIds: positives.ids, sourceFields: source.sourceFields });
    lap('diagnosticsMs', t);

    // The backtest, after the candidates are saved: how well this job's strategy finds examples it was not
    // shown, and for `auto` which strategy finds them best; a better one re-ranks the candidates.
    t = performance.now();
    options.onProgress?.({ jobId, phase: 'backtest', processed: 0, total: 1 });
    let used = trained.chosen;
    let why: string;
    let figures: RankingFigures | null = null;
    let comparison: { strategy: ConcreteStrategy; figures: RankingFigures }[] = [];
    let reranked: Pick<JobResults, 'candidates' | 'profile'> = {};
    if (set.positives.length < BACKTEST_MIN_EXAMPLES) {
      why = `too few examples (${set.positives.length}) to backtest; ${used} suits small sets`;
    } else if (params.strategy === 'auto') {
      const checked = await train('auto');
      comparison = checked.comparison;
      const winner = comparison[0]!;
      const current = comparison.find((c) => c.strategy === used);
      // Re-rank only for a clear win: folds of the same examples differ by a point or two.
      // chooseStrategy already keeps learned unless another beats it by more than the folds' noise.
      if (winner.strategy !== used && (!current || strategyMerit(winner.figures) > strategyMerit(current.figures))) {
        candidates = await rank(checked.scorer);
        reranked = { candidates, profile: { positives: positives.ids.length, vector: checked.scorer.queries[0]! } };
        used = winner.strategy;
      }
      figures = comparison.find((c) => c.strategy === used)?.figures ?? winner.figures;
      why = `ranked best of ${comparison.map((c) => c.strategy).join(', ')} in a backtest on the examples`;
    } else {
      const r = await pool.backtest({ strategy: used, data: copyData(training.data), folds: 3, seed: TRAINING_SEED }, options.signal);
      figures = r.mean;
      why = 'chosen for the job';
    }
    lap('backtestMs', t);
    profileInfo.strategy = { requested: params.strategy, used, why };
    profileInfo.backtest = figures ? { ...figures, folds: 3, examples: set.positives.length, summary: backtestSummary(figures, set.negatives.length > 0) } : null;
    profileInfo.comparison = comparison;
    // A re-ranking replaces candidates, scores and profile together with the profile's description.
    completeJob(db, jobId, { ...scored, ...reranked, profileInfo, timings });
    options.onProgress?.({ jobId, phase: 'saving', processed: m.rows, total: m.rows });
    return { jobId, status: 'completed', positives: positives.ids.length, candidates: candidates.length, timings };
  } catch (e) {
    const cancelled = options.signal?.aborted || (e as Error)?.name === 'AbortError' || (e as AppError)?.code === 'cancelled';
    // A cache file lost under a matrix kept in memory, say: the next run must rebuild, not reuse it.
    if (reader !== null && !cancelled) {
      forgetMatrices();
      forgetTrainings();
    }
    const message = cancelled
      ? 'The job was cancelled.'
      : e instanceof AppError
        ? e.message
        : `The job failed: ${(e as Error)?.message ?? String(e)}`;
    const status = getJob(db, jobId)?.status;
    // A job whose candidates were saved stays completed when only its backtest failed or was stopped.
    if (status === 'completed') {
      if (cancelled) throw new AppError('cancelled', message, { jobId });
      throw e instanceof AppError ? e : new AppError('internal', message, { jobId });
    }
    try {
      finishJob(db, jobId, cancelled ? 'cancelled' : 'failed', { error: message, timings });
    } catch {
      // The workspace cannot take the write either (locked past the busy timeout, disk gone): report the job's
      // own error; the row shows interrupted once this process has ended (markInterruptedJobs).
    }
    if (cancelled) throw new AppError('cancelled', message, { jobId });
    throw e instanceof AppError ? e : new AppError('internal', message, { jobId });
  } finally {
    reader?.close();
  }
}

/** Workspace rows a strategy learns against (all of them below this). */
const TRAINING_ROWS = 20_000;
/** One seed for every job: the same data and examples give the same ranking, run after run. */
const TRAINING_SEED = 1;
/** Fewer examples than this are not backtested: a fold of one or two says nothing. */
const BACKTEST_MIN_EXAMPLES = 10;


function trainingSetOf(data: BacktestData): TrainingSet {
  return {
    dim: data.dim,
    rows: data.rows,
    positives: data.examples,
    positiveWeights: data.exampleWeights,
    negatives: data.negatives,
    background: Int32Array.from({ length: data.rows.length / data.dim }, (_, i) => i),
    parts: data.parts,
    partWeights: data.partWeights,
  };
}

/** A copy whose rows can be moved to a worker while the job keeps its own. */
const copySet = (set: TrainingSet): TrainingSet => ({ ...set, rows: set.rows.slice() });
const copyData = (data: BacktestData): BacktestData => ({ ...data, rows: data.rows.slice() });

function meanOf(set: TrainingSet): Float32Array {
  const mean = new Float32Array(set.dim);
  for (const r of set.positives) for (let i = 0; i < set.dim; i++) mean[i]! += set.rows[r * set.dim + i]!;
  return mean;
}

/** "Recovers 71% of held-out examples in the top fifth of the list, 3.6× random." */
export function backtestSummary(f: RankingFigures, againstLost: boolean): string {
  const pct = (x: number) => `${Math.round(100 * x)}%`;
  return (
    `Recovers ${pct(f.recallTop20)} of held-out examples in the top fifth of the ranking ` +
    `(${(f.recallTop20 / 0.2).toFixed(1)}× random) and ${pct(f.recallTop10)} in the top tenth; ` +
    `a held-out example outranks ${againstLost ? 'a lost record' : 'another record'} ${pct(f.auc)} of the time.`
  );
}

/** Chunks of candidate rows whose floats are read and re-scored at once (16 MB of vectors at dim 256). */
const RESCORE_CHUNK = 16384;

interface Ranked {
  rows: Uint32Array;
  /** Raw scores (q·x + c of the best query), best first. */
  raw: Float64Array;
  /** The query that gave each row its score. */
  query: Int32Array;
  rescored: number;
}

/**
 * The exact top K rows under a scorer. One query: the int8 pre-pass on the
 * workers, then the candidates' floats re-scored exactly there. Several
 * (`nearest`, `multi`: a record scores by its best query): a pre-pass per
 * query, whose candidate sets together hold the top K of the maximum (a row
 * in that top K is in the top K of the query that gives it its score), then
 * the union scored exactly here.
 */
async function topCandidates(
  pool: ComputePool,
  m: EmbeddingMatrix,
  reader: VectorFileReader,
  scorer: Scorer,
  exclude: RowBitmap,
  params: JobParams,
  signal: AbortSignal | undefined,
): Promise<Ranked> {
  const rawMin = rawThreshold(scorer.calibration, params.minScore);
  const parts = Math.max(1, Math.min(pool.threads, Math.ceil(m.rows / 50_000)));
  const per = Math.ceil(m.rows / parts);
  const ranges = Array.from({ length: parts }, (_, p) => ({ slot: p, first: p * per, count: Math.max(0, Math.min(per, m.rows - p * per)) }));
  const handle = m.store.handle;
  const prepass = (q: Float32Array, minScore: number) =>
    Promise.all(ranges.map((r) => pool.prepass({ store: handle, slot: r.slot, first: r.first, count: r.count, query: q, k: params.maxResults, minScore, exclude }, signal)));
  if (scorer.queries.length === 1) {
    const q = scorer.queries[0]!;
    const c = scorer.offsets[0]!;
    const candidateRows = await prepass(q, rawMin - c);
    const best = await rescoreCandidates(pool, reader, candidateRows, q, params.maxResults, rawMin - c, signal);
    return {
      rows: best.rows,
      raw: Float64Array.from(best.scores, (x) => x + c),
      query: new Int32Array(best.rows.length),
      rescored: candidateRows.reduce((n, r) => n + r.length, 0),
    };
  }
  const union = new Set<number>();
  for (let j = 0; j < scorer.queries.length; j++) {
    if (signal?.aborted) throw new AppError('cancelled', 'The job was cancelled.');
    for (const rows of await prepass(scorer.queries[j]!, rawMin - scorer.offsets[j]!)) for (const r of rows) union.add(r);
  }
  const rows = Uint32Array.from(union).sort();
  const scored: { row: number; raw: number; query: number }[] = [];
  for (let at = 0; at < rows.length; at += RESCORE_CHUNK) {
    const chunk = rows.subarray(at, at + RESCORE_CHUNK);
    const vectors = reader.readRows(chunk);
    for (let i = 0; i < chunk.length; i++) {
      const best = rawScoreOfVector(scorer, vectors.subarray(i * m.dim, (i + 1) * m.dim));
      if (best.raw >= rawMin) scored.push({ row: chunk[i]!, raw: best.raw, query: best.query });
    }
  }
  scored.sort((a, b) => b.raw - a.raw || a.row - b.row);
  const top = scored.slice(0, params.maxResults);
  return { rows: Uint32Array.from(top, (s) => s.row), raw: Float64Array.from(top, (s) => s.raw), query: Int32Array.from(top, (s) => s.query), rescored: rows.length };
}

/**
 * Each candidate's shown score and its reasons, from its float vector. The
 * plain centroid keeps its cosine shares per block. Every other strategy
 * explains log-odds against an average record: slot i adds a·qᵢ·(xᵢ − x̄ᵢ),
 * summed per block and per field value, so base + Σ contributions is exactly
 * the logit of the shown score; a negative contribution counts against.
 */
function explain(
  scorer: Scorer,
  best: Ranked,
  reader: VectorFileReader,
  ids: Int32Array,
  layout: EmbeddingLayout,
  present: { company: boolean; lead: boolean },
  vocab: FeatureVocabulary,
): CandidateInput[] {
  const dim = layout.dim;
  const blocks = layout.blocks;
  const vectors = reader.readRows(best.rows);
  const labels = scorer.center ? slotLabels(vocab, layout) : null;
  const a = scorer.calibration.kind === 'logistic' ? scorer.calibration.a : 1;
  const b = scorer.calibration.kind === 'logistic' ? scorer.calibration.b : 0;
  const out: CandidateInput[] = [];
  for (let i = 0; i < best.rows.length; i++) {
    const v = vectors.subarray(i * dim, (i + 1) * dim);
    const j = best.query[i]!;
    const q = scorer.queries[j]!;
    const reasons: Record<string, number> = {};
    const has = partsPresent(v, layout);
    const missing = [...(present.company && !has.company ? ['company'] : []), ...(present.lead && !has.lead ? ['lead'] : [])];
    if (!scorer.center || !labels) {
      blockContributions(q, v, blocks).forEach((c, k) => {
        if (c !== 0) reasons[blocks[k]!.name] = c;
      });
      out.push({ recordId: ids[best.rows[i]!]!, score: shownScore(scorer.calibration, best.raw[i]!), reasons, missing });
      continue;
    }
    const center = scorer.center;
    let base = scorer.offsets[j]!;
    for (let s = 0; s < dim; s++) base += q[s]! * center[s]!;
    base = a * base + b;
    const fields = new Map<string, { contribution: number; value: string; strength: number }>();
    for (const block of blocks) {
      let sum = 0;
      for (let s = block.start; s < block.end; s++) {
        const c = a * q[s]! * (v[s]! - center[s]!);
        if (c === 0) continue;
        sum += c;
        const label = labels[s]!;
        const f = fields.get(label.field) ?? { contribution: 0, value: 'none', strength: 0 };
        f.contribution += c;
        if (v[s]! > f.strength) {
          f.strength = v[s]!;
          f.value = label.value;
        }
        fields.set(label.field, f);
      }
      if (sum !== 0) reasons[block.name] = sum;
    }
    const details = [...fields.entries()]
      .map(([field, f]) => ({ field, value: f.value, contribution: f.contribution }))
      .filter((d) => Math.abs(d.contribution) >= 0.005)
      .sort((x, y) => Math.abs(y.contribution) - Math.abs(x.contribution))
      .slice(0, 8);
    out.push({ recordId: ids[best.rows[i]!]!, score: shownScore(scorer.calibration, best.raw[i]!), reasons, missing, details, base });
  }
  return out;
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
      const task = pool
        .rescore({ query, rows: chunk, vectors: reader.readRows(chunk), k, minScore }, signal)
        .then((r) => ({ rows: Uint32Array.from(r.rows), scores: r.scores }));
      task.catch(() => undefined); // awaited below
      tasks.push(task);
      // Bound the vectors read ahead of the workers.
      if (tasks.length >= pool.threads * 2) await tasks[tasks.length - pool.threads * 2];
    }
  }
  return mergeTopK(await Promise.all(tasks), k);
}
