/**
 * What a ranking strategy learns from and what it produces.
 *
 * A strategy turns the embeddings of a job's examples (and of a sample of
 * the workspace, and of records known to be bad) into a scorer. Every
 * scorer is one or more query vectors: a record's raw score is the best of
 * q·x + c over its queries, so it is a sum of per-slot terms qᵢ·xᵢ and the
 * reasons of a score add up to it exactly. The shown 0–1 score is a
 * monotone map of the raw one (see calibration.ts).
 */

export const STRATEGIES = ['auto', 'centroid', 'contrast', 'learned', 'blend', 'focused', 'nearest', 'multi'] as const;
export type StrategyName = (typeof STRATEGIES)[number];
/** The strategies a job can actually score with (`auto` picks one of these). */
export type ConcreteStrategy = Exclude<StrategyName, 'auto'>;

/** Index range [start, end) of a part of the embedding. */
export interface PartRange {
  start: number;
  end: number;
}

/** Embeddings handed to a strategy or a backtest: row-major floats and where the parts lie. */
export interface EmbeddingRows {
  dim: number;
  /** Row-major floats; every row index elsewhere is a row of this matrix. */
  rows: Float32Array;
  /** The company and lead parts, and the fixed part weights of the plain centroid. */
  parts: { company: PartRange; lead: PartRange };
  partWeights: { company: number; lead: number };
}

export interface TrainingSet extends EmbeddingRows {
  /** Examples and their weights (won 3, replied 2, others 1 by default). */
  positives: Int32Array;
  positiveWeights: Float64Array;
  /** Records known to be bad (lost, unsubscribed, bounced); may be empty. */
  negatives: Int32Array;
  /** A sample of the workspace (the examples may be in it, as in the workspace). */
  background: Int32Array;
}

/** Maps a raw score onto the 0–1 score shown: identity (the plain centroid's cosine) or σ(a·raw + b). */
export type Calibration = { kind: 'identity' } | { kind: 'logistic'; a: number; b: number };

export interface Scorer {
  strategy: ConcreteStrategy;
  queries: Float32Array[];
  /** Constant added to each query's dot product. */
  offsets: number[];
  /** What each query stands for (an example's row for `nearest`, a persona's for `multi`), or null. */
  queryLabels: (number | null)[];
  calibration: Calibration;
  /**
   * The mean embedding of the workspace sample: reasons are each slot's
   * contribution against an average record, so a value everyone has adds
   * nothing and a missing one can count against. Null for the centroid,
   * whose reasons are plain cosine shares.
   */
  center: Float64Array | null;
}

export interface StrategyOptions {
  /** L2 penalty of the learned model. */
  lambda?: number;
  /** How much a known-bad record weighs against a background record in the negatives. */
  negativeWeight?: number;
  /** Seed of any sampling or clustering. */
  seed?: number;
}
