/**
 * What a job's strategy learns from and how it is trained: the training set
 * (the examples, the known-bad records and a sample of the workspace) and
 * a trained scorer, kept for a rerun that changes only what is kept.
 */
import { cachedTraining, rememberTraining, trainingKey } from '../engine/training-cache';
import type { BacktestData } from '../../src-model/backtest/backtest';
import { partsPresent } from '../../src-model/embed/encode';
import type { EmbeddingLayout } from '../../src-model/embed/layout';
import type { StrategyName, TrainingSet } from '../../src-model/strategies/types';
import type { TrainResult } from '../../src-workers/protocol';
import type { JobState } from './job-state';

/** Workspace rows a strategy learns against (all of them below this). */
export const TRAINING_ROWS = 20_000;
/** One seed for every job: the same data and examples give the same ranking, run after run. */
export const TRAINING_SEED = 1;

export function trainingSetOf(data: BacktestData): TrainingSet {
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

/**
 * Rows a worker may have while the job keeps reading its own: rows in shared
 * memory as they are (the training set is, see phases/training-set.ts; the
 * worker only reads them), else a copy the pool moves to the worker. The
 * copy of a 20k-row training set held the main thread for up to 0.15 s.
 */
const sharedOrCopied = (rows: Float32Array): Float32Array => (rows.buffer instanceof SharedArrayBuffer ? rows : rows.slice());
export const copyData = (data: BacktestData): BacktestData => ({ ...data, rows: sharedOrCopied(data.rows) });
const copySet = (set: TrainingSet): TrainingSet => ({ ...set, rows: sharedOrCopied(set.rows) });

/**
 * Which parts of a record (company, lead) any example carries: a part none
 * carries has nothing to compare. It stops at the first example row with both,
 * the first row nearly always (summing every example row first held the main
 * thread 0.2 s at 6k examples of 1,500 dimensions).
 */
export function partsTheExamplesCarry(set: TrainingSet, layout: EmbeddingLayout): { company: boolean; lead: boolean } {
  const carried = { company: false, lead: false };
  for (const r of set.positives) {
    const present = partsPresent(set.rows.subarray(r * set.dim, (r + 1) * set.dim), layout);
    carried.company ||= present.company;
    carried.lead ||= present.lead;
    if (carried.company && carried.lead) break;
  }
  return carried;
}

/** The job's training set trained under `strategy` on the pool (`auto`: every strategy, compared by a backtest). */
export async function trainStrategy(state: JobState, strategy: StrategyName): Promise<TrainResult> {
  // A rerun that changes only what is kept (minimum score, filters, exclusions) trains on the same set.
  const key = trainingKey(state.vocabulary.key, strategy, TRAINING_SEED, state.set);
  const kept = cachedTraining(key);
  if (kept) return kept;
  const result = await state.pool.train({ strategy, set: copySet(state.set), seed: TRAINING_SEED }, state.signal);
  rememberTraining(key, result);
  return result;
}
