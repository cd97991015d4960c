/**
 * Keeps the last few trained scorers in memory, so a job run again with
 * only its output changed — another minimum score, more candidates, other
 * filters or exclusions, none of which the training sees — skips training
 * (most of a warm job's time at a million records). The key is everything
 * training reads: the embedding matrix (workspace, entity, vocabulary, data
 * version), the strategy and seed, and a digest of the training set's
 * examples, their weights and the known-bad rows. A new process starts empty.
 */
import type { TrainResult } from '../../src-workers/protocol';
import type { TrainingSet } from '../../src-model/strategies/types';

/** Scorers kept: a few sources an analyst goes back and forth between; each is a few vectors. */
const KEEP = 8;
const entries = new Map<string, TrainResult>();

/** FNV-1a over the set's example rows, weights and negatives (and the sizes that place them). */
function digest(set: TrainingSet): string {
  let h = 0x811c9dc5;
  const mix = (x: number) => {
    h ^= x & 0xffff;
    h = Math.imul(h, 0x01000193);
    h ^= x >>> 16;
    h = Math.imul(h, 0x01000193);
  };
  mix(set.rows.length);
  mix(set.background.length);
  for (const r of set.positives) mix(r);
  for (const w of set.positiveWeights) mix(Math.round(w * 1000));
  mix(-1);
  for (const r of set.negatives) mix(r);
  return (h >>> 0).toString(16);
}

export function trainingKey(matrixKey: string, strategy: string, seed: number, set: TrainingSet): string {
  return JSON.stringify([matrixKey, strategy, seed, set.partWeights, set.positives.length, digest(set)]);
}

export function cachedTraining(key: string): TrainResult | null {
  const hit = entries.get(key);
  if (!hit) return null;
  entries.delete(key); // most recently used last
  entries.set(key, hit);
  return hit;
}

export function rememberTraining(key: string, result: TrainResult): void {
  entries.delete(key);
  entries.set(key, result);
  while (entries.size > KEEP) entries.delete(entries.keys().next().value!);
}

/** Drops every kept scorer (with the matrices: a workspace closed, or its data changed under a job). */
export function forgetTrainings(): void {
  entries.clear();
}
