/**
 * How a query's scores spread over a row range, read off the int8 pre-pass's
 * approximate scores while they are still in the slot: the pass has already
 * scored every row, so this costs one loop over floats in memory, not a
 * second scoring pass. A job keeps it to say what its minimum left out (the
 * best record scored 0.12, so a minimum of 0.5 kept nothing).
 *
 * Approximate (the int8 error, a fraction of a hundredth): the job re-scores
 * the best row exactly. The sample takes every `step`-th row of the range,
 * NaN where the row is excluded, so the samples of several queries over the
 * same range line up row for row (a record scores by its best query).
 */
import { isRowMarked, type RowBitmap } from '../src-model/vector-search/row-bitmap';

/** Rows sampled per range for the quantiles: their error is well under a hundredth of the ranked rows. */
export const SPREAD_SAMPLE_ROWS = 4096;

export interface RangeSpread {
  /** Rows of the range not excluded (the ranked records). */
  ranked: number;
  /** The not-excluded row with the best approximate score (-1 when none), and that score. */
  bestRow: number;
  best: number;
  /** Approximate scores of rows first, first + step, … (NaN: excluded). */
  sample: Float32Array;
  step: number;
}

/** `scores` is indexed by absolute row (the slot's scores after a pre-pass over [first, first + count)). */
export function rangeSpread(scores: Float32Array, first: number, count: number, exclude: RowBitmap | null): RangeSpread {
  let ranked = 0;
  let bestRow = -1;
  let best = -Infinity;
  for (let row = first; row < first + count; row++) {
    if (exclude !== null && isRowMarked(exclude, row)) continue;
    ranked++;
    const s = scores[row] as number;
    if (s > best) {
      best = s;
      bestRow = row;
    }
  }
  const step = Math.max(1, Math.floor(count / SPREAD_SAMPLE_ROWS));
  const sample = new Float32Array(Math.ceil(count / step));
  for (let i = 0, row = first; row < first + count; i++, row += step) {
    sample[i] = exclude !== null && isRowMarked(exclude, row) ? NaN : (scores[row] as number);
  }
  return { ranked, bestRow, best, sample, step };
}
