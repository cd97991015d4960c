/**
 * The compute worker: named Piscina tasks, pure functions over typed arrays
 * and the page texts the data layer built. No SQLite, no Electron: main reads
 * the records and owns the results. The embedding code loads on the first
 * embedding task (src-model/embed/embed-page.ts), so a job on cached embeddings starts fast.
 */
import { move } from 'piscina';
import { rescoreBestTopK, rescoreTopK, type BestTopK } from '../src-model/vector-search/exact-rescore';
import { scorerForHandle } from '../src-model/vector-search/row-scorer';
import { rangeSpread } from './score-spread';
import type {
  EmbedPageResult,
  EmbedPageTask,
  FailTask,
  PrepassResult,
  PrepassTask,
  QuantizeTask,
  RescoreBestTask,
  RescoreTask,
  ScoreResult,
  StoreScoreTask,
  BacktestTask,
  TrainResult,
  TrainTask,
} from './protocol';
import { backtest as runBacktest, trainStrategy, type BacktestResult } from '../src-model/backtest/backtest';

let embedding: Promise<typeof import('../src-model/embed/embed-page')> | null = null;

/**
 * Loads the embedding code ahead of a job's first page: a job asks for it as
 * it starts building its vocabulary (a second of the main thread on a cold
 * million-lead job), so the first page need not wait for it (~0.2 s a worker).
 */
export async function prepareEmbedding(): Promise<true> {
  embedding ??= import('../src-model/embed/embed-page');
  await embedding;
  return true;
}

export async function embedPage(task: EmbedPageTask): Promise<EmbedPageResult> {
  embedding ??= import('../src-model/embed/embed-page');
  return move((await embedding).embedPage(task)) as EmbedPageResult;
}

/** Builds the int8 copy of a row range of a float store (the WebAssembly quantiser; ~1 s per million rows per thread). */
export function quantize(task: QuantizeTask): number {
  scorerForHandle(task.store).store.quantize(task.first, task.count);
  return task.count;
}

/** Exact top K of a row range of a float store through the int8 pre-pass and float re-score (same answer as a full float pass). */
export function scoreStore(task: StoreScoreTask): ScoreResult {
  const scorer = scorerForHandle(task.store);
  const best = scorer.topK(task.query, {
    k: task.k,
    minScore: task.minScore,
    exclude: task.exclude,
    first: task.first,
    count: task.count,
    slot: task.slot,
  });
  // Copies: the result views live in the slot's scratch memory.
  return { rows: Int32Array.from(best.rows), scores: Float32Array.from(best.scores), scanned: task.count };
}

/** The pre-pass over a row range of a code-only store: the rows to re-score exactly (a copy, ascending), and how the range's scores spread. */
export function prepass(task: PrepassTask): PrepassResult {
  const scorer = scorerForHandle(task.store);
  const pass = scorer.prepassCandidates(task.query, {
    k: task.k,
    minScore: task.minScore,
    exclude: task.exclude,
    first: task.first,
    count: task.count,
    slot: task.slot,
  });
  // The slot still holds every row's approximate score: read the spread before the next task overwrites it.
  const spread = rangeSpread(scorer.store.slot(task.slot).scores, task.first, task.count, task.exclude);
  return { rows: Uint32Array.from(pass.rows), spread };
}

/** Exact scores of candidate rows from their float vectors, and their top K. */
export function rescore(task: RescoreTask): ScoreResult {
  const best = rescoreTopK(task);
  return { rows: Int32Array.from(best.rows), scores: best.scores, scanned: task.rows.length };
}

/** Exact scores of candidate rows under several queries, each row by its best, and their top K. */
export function rescoreBest(task: RescoreBestTask): BestTopK {
  return rescoreBestTopK(task);
}

/** Trains a strategy's scorer (auto: picks one by an inner backtest on the training set). */
export function train(task: TrainTask): TrainResult {
  return trainStrategy(task.strategy, task.set, { seed: task.seed });
}

/** A K-fold backtest of a strategy. */
export function backtest(task: BacktestTask): BacktestResult {
  return runBacktest(task.data, task.strategy, { folds: task.folds, seed: task.seed, ...(task.onlyFolds ? { onlyFolds: task.onlyFolds } : {}) });
}

export function fail(task: FailTask): never {
  throw new Error(task.message);
}
