/**
 * Task inputs and outputs of the compute workers. src-main/compute imports
 * these types only; the worker side implements them in worker.ts.
 */
import type { FeatureVocabulary, RecordBatch } from './embed/types';

export interface EmbedTask {
  /** Identifies the vocabulary so a worker prepares its lookups once per job, not per batch. */
  vocabVersion: string;
  vocab: FeatureVocabulary;
  batch: RecordBatch;
}

/** Embeddings of the batch's records, `count × dim` floats (transferred, not copied). */
export type EmbedResult = Float32Array;

export interface ScoreTask {
  /** Row-major matrix of unit-part embeddings over a SharedArrayBuffer (rows × dim floats). */
  matrix: SharedArrayBuffer;
  dim: number;
  rows: number;
  /** Row range this task scores. */
  first: number;
  count: number;
  query: Float32Array;
  k: number;
  minScore: number;
  /** Packed row bitmap (math/row-bitmap.ts): marked rows are skipped (positives, exclusions, filtered out). Shared, read-only. */
  exclude: SharedArrayBuffer | null;
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
