/**
 * Task inputs and outputs of the compute workers. src-main/compute imports
 * these types only; the worker side implements them in worker.ts.
 */
import type { VectorStoreHandle } from '../src-model/vector-search/vector-store';

export type { CompanyPartsHandle, EmbedPageTask, EmbedTarget } from '../src-model/embed/embed-page';

/**
 * One transferred buffer: the page's record ids (count int32s, in id order),
 * then, when the task had no target, their embeddings (count × dim float32s).
 */
export type EmbedPageResult = ArrayBuffer;

/** Rows of a code-only store that can still be in a search's exact top K (RowScorer.prepassCandidates). */
export type PrepassTask = StoreScoreTask;

/** Ascending row indices (a copy), and how the range's approximate scores spread (score-spread.ts). */
export interface PrepassResult {
  rows: Uint32Array;
  spread: import('./score-spread').RangeSpread;
}

/** Exact scores of candidate rows from their float vectors, and their top K (src-model/vector-search/exact-rescore.ts). */
export interface RescoreTask {
  query: Float32Array;
  rows: Uint32Array;
  vectors: Float32Array;
  k: number;
  minScore: number;
}

/** Exact scores of candidate rows under several queries, each row by its best (src-model/vector-search/exact-rescore.ts). */
export type RescoreBestTask = import('../src-model/vector-search/exact-rescore').RescoreBestInput;

/** Quantise a row range of a shared vector store (int8 copy for the pre-pass). */
export interface QuantizeTask {
  store: VectorStoreHandle;
  first: number;
  count: number;
}

/**
 * Top K of a row range of a shared vector store: int8 pre-pass, then an exact
 * float re-score of the rows that can still make it (src-model/vector-search/row-scorer.ts).
 * Concurrent tasks must use different scratch slots.
 */
export interface StoreScoreTask {
  store: VectorStoreHandle;
  slot: number;
  first: number;
  count: number;
  query: Float32Array;
  k: number;
  minScore: number;
  /** Packed row bitmap over all rows; marked rows are skipped. */
  exclude: Uint8Array | null;
}

export interface ScoreResult {
  /** Absolute row indices of the best rows, best first (ties by ascending row). */
  rows: Int32Array;
  scores: Float32Array;
  /** Rows the task looked at. */
  scanned: number;
}

/** Thrown on purpose by the `fail` task, so tests can prove a worker failure fails the job cleanly. */
export interface FailTask {
  message: string;
}

/** Train a ranking strategy (`auto` chooses by an inner backtest) on embeddings moved to the worker. */
export interface TrainTask {
  strategy: import('../src-model/strategies/types').StrategyName;
  set: import('../src-model/strategies/types').TrainingSet;
  seed: number;
}

export interface TrainResult {
  scorer: import('../src-model/strategies/types').Scorer;
  chosen: import('../src-model/strategies/types').ConcreteStrategy;
  comparison: { strategy: import('../src-model/strategies/types').ConcreteStrategy; figures: import('../src-model/backtest/metrics').RankingFigures }[];
}

/** Backtest a strategy on embeddings moved to the worker. */
export interface BacktestTask {
  strategy: import('../src-model/strategies/types').StrategyName | 'baseline';
  data: import('../src-model/backtest/backtest').BacktestData;
  folds: number;
  seed: number;
  /** Only these folds (eval runs its folds on every thread). */
  onlyFolds?: number[];
}
