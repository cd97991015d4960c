/**
 * Task inputs and outputs of the compute workers. src-main/compute imports
 * these types only; the worker side implements them in worker.ts.
 */
import type { FeatureVocabulary, RecordBatch } from './embed/types';
import type { VectorStoreHandle } from './math/vector-store';

export interface EmbedTask {
  /** Identifies the vocabulary so a worker prepares its lookups once per job, not per batch. */
  vocabVersion: string;
  vocab: FeatureVocabulary;
  batch: RecordBatch;
}

/** Embeddings of the batch's records, `count × dim` floats (transferred, not copied). */
export type EmbedResult = Float32Array;

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
