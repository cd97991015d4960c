/**
 * Task inputs and outputs of the compute workers. src-main/compute imports
 * these types only; the worker side implements them in worker.ts.
 */
import type { FeatureVocabulary } from './embed/types';
import type { VectorStoreHandle } from './math/vector-store';

/**
 * Embed one page of records as the data layer returned it (a JSON text, see
 * embed/feature-page.ts); for leads, copy in each linked company's part.
 * With a target, quantise the rows and write them, codes and floats, into
 * the shared store and the shard's shared file buffer (math/shard-layout.ts),
 * so main only writes finished shards to disk; without one, return the floats.
 */
export interface EmbedPageTask {
  vocabVersion: string;
  vocab: FeatureVocabulary;
  page: string;
  target: EmbedTarget | null;
  companyParts: CompanyPartsHandle | null;
}

export interface EmbedTarget {
  store: VectorStoreHandle;
  /** The page's first row in the store. */
  firstRow: number;
  /** The shard's file buffer (a SharedArrayBuffer view), laid out for `shardCount` rows. */
  shard: Uint8Array;
  shardCount: number;
  /** The page's first row within the shard. */
  shardRow: number;
}

/** Company parts of every company, in shared memory, read by every worker without a copy. */
export interface CompanyPartsHandle {
  /** rowOf[companyId] = row + 1 in `vectors` (0: no such company). */
  rowOf: Int32Array;
  /** rows × (dim / 2) floats: each company's company half. */
  vectors: Float32Array;
}

/**
 * One transferred buffer: the page's record ids (count int32s, in id order),
 * then, when the task had no target, their embeddings (count × dim float32s).
 */
export type EmbedPageResult = ArrayBuffer;

/** Rows of a code-only store that can still be in a search's exact top K (RowScorer.prepassCandidates). */
export type PrepassTask = StoreScoreTask;

/** Ascending row indices (a copy). */
export type PrepassResult = Uint32Array;

/** Exact scores of candidate rows from their float vectors, and their top K (math/exact-rescore.ts). */
export interface RescoreTask {
  query: Float32Array;
  rows: Uint32Array;
  vectors: Float32Array;
  k: number;
  minScore: number;
}

/** Quantise a row range of a shared vector store (int8 copy for the pre-pass). */
export interface QuantizeTask {
  store: VectorStoreHandle;
  first: number;
  count: number;
}

/**
 * Top K of a row range of a shared vector store: int8 pre-pass, then an exact
 * float re-score of the rows that can still make it (math/row-scorer.ts).
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
  strategy: import('../src-model/strategies/types').StrategyName;
  data: import('../src-model/backtest/backtest').BacktestData;
  folds: number;
  seed: number;
}
