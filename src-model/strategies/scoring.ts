/**
 * Raw scores of rows under a scorer, and the shown score. A raw score is the
 * best over the scorer's queries of q·x + c.
 */
import type { SparseRows } from '../math/sparse-rows';
import { sparseDot } from '../math/sparse-rows';
import type { Calibration, Scorer } from './types';

const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** Raw score of sparse row r and the query that gave it. */
export function rawScoreOf(scorer: Scorer, rows: SparseRows, r: number): { raw: number; query: number } {
  let best = -Infinity;
  let query = 0;
  for (let j = 0; j < scorer.queries.length; j++) {
    const s = sparseDot(rows, r, scorer.queries[j]!) + scorer.offsets[j]!;
    if (s > best) {
      best = s;
      query = j;
    }
  }
  return { raw: best, query };
}

export function rawScores(scorer: Scorer, rows: SparseRows, out = new Float64Array(rows.count)): Float64Array {
  for (let r = 0; r < rows.count; r++) out[r] = rawScoreOf(scorer, rows, r).raw;
  return out;
}

/** Raw score of a dense vector. */
export function rawScoreOfVector(scorer: Scorer, v: ArrayLike<number>): { raw: number; query: number } {
  let best = -Infinity;
  let query = 0;
  scorer.queries.forEach((q, j) => {
    let s = scorer.offsets[j]!;
    for (let i = 0; i < q.length; i++) s += q[i]! * v[i]!;
    if (s > best) {
      best = s;
      query = j;
    }
  });
  return { raw: best, query };
}

/** The 0–1 score shown for a raw score: strictly increasing in it (identity clamps at the ends). */
export function shownScore(calibration: Calibration, raw: number): number {
  if (Number.isNaN(raw)) return 0;
  if (calibration.kind === 'identity') return Math.min(1, Math.max(0, raw));
  return sigmoid(calibration.a * raw + calibration.b);
}

/** The raw score a shown minimum corresponds to (−∞ for 0, so nothing is cut). */
export function rawThreshold(calibration: Calibration, minShown: number): number {
  if (calibration.kind === 'identity') return minShown <= 0 ? -Infinity : minShown;
  if (minShown <= 0) return -Infinity;
  if (minShown >= 1) return Infinity;
  return (Math.log(minShown / (1 - minShown)) - calibration.b) / calibration.a;
}
