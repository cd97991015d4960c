/**
 * The decision half of the int8 pre-pass: which rows can still be in the
 * exact top K, given each row's approximate score a and its error bound E
 * (|exact − a| ≤ E, see quantize.ts).
 *
 * Find L such that at least K eligible rows have a lower bound a − E ≥ L:
 * those K rows score ≥ L exactly, so the K-th best exact score is ≥ L. Keep
 * the eligible rows with a + E ≥ cut = max(L, minScore). A row left out has
 * exact score < L ≤ K-th best (strictly, so not even a tie), or < minScore;
 * re-scoring the kept rows exactly and ranking them therefore gives exactly
 * the float top K. Many near-ties at the cut only make the kept set larger,
 * never the answer different.
 *
 * Finding L, fast path: guessLowerCut estimates it from a sample of rows,
 * and the kernel `collectCandidates` collects against the guess while
 * counting the rows whose lower bound reaches it. When that count is ≥ K the
 * guess is proven and the pass is done; otherwise (rare: the sample's margin
 * is three standard deviations) the fallback builds a histogram of every
 * lower bound (kernel `histogramLowerBounds`) whose bin edges give a proven
 * L (cutFromHistogram), and collects again. Both passes run in WebAssembly:
 * in JavaScript they cost as much as the int8 pre-pass itself.
 */
import type { Int8ErrorBound } from './quantize';
import { isRowMarked, type RowBitmap } from './row-bitmap';

/** Per-row arrays, all indexed by absolute row. */
export interface PrepassRows {
  approx: Float32Array;
  residualNorms: Float32Array;
  norms: Float32Array;
}

export interface RowRange {
  first: number;
  count: number;
}

/** Rows sampled to guess the cut: enough that the guess is rarely far below the true K-th lower bound. */
export const CUT_SAMPLE_ROWS = 8192;

/**
 * An estimate of the K-th largest lower bound among the range's eligible
 * rows, biased low so that at least K rows usually reach it: the bound at
 * rank K/step + 3·sqrt(K/step) + 2 of an evenly spaced sample (exact rank K
 * when the sample is the whole range). -Infinity when the sample is too
 * small to say; +Infinity when k is 0. Unproven: the caller counts.
 */
export function guessLowerCut(rows: PrepassRows, bound: Int8ErrorBound, range: RowRange, k: number, exclude: RowBitmap | null): number {
  if (k <= 0) return Infinity;
  const step = Math.max(1, Math.floor(range.count / CUT_SAMPLE_ROWS));
  const expected = k / step;
  const rank = step === 1 ? k : Math.ceil(expected + 3 * Math.sqrt(expected) + 2);
  const lowers = new Float64Array(Math.ceil(range.count / step));
  let sampled = 0;
  const { approx, residualNorms, norms } = rows;
  for (let row = range.first; row < range.first + range.count; row += step) {
    if (exclude !== null && isRowMarked(exclude, row)) continue;
    const lower = (approx[row] as number) - (bound.perResidualNorm * (residualNorms[row] as number) + bound.perNorm * (norms[row] as number) + bound.absolute);
    if (!Number.isNaN(lower)) lowers[sampled++] = lower;
  }
  if (rank > sampled) return -Infinity;
  const sorted = lowers.subarray(0, sampled).sort();
  return sorted[sampled - rank] as number;
}

/** Lower bounds below this go to bin 0, which promises nothing. Unit-part embeddings score well inside [-2, 2]. */
export const HISTOGRAM_LOW = -2;
/** Bins per unit of score: a power of two, so the kernel's bin arithmetic is exact. */
export const HISTOGRAM_BINS_PER_UNIT = 1024;
/** Bins 1..BINS cover [LOW, LOW + BINS / BINS_PER_UNIT) = [-2, 2); the top bin also takes everything above. */
export const HISTOGRAM_BINS = 4096;

/**
 * L from the histogram (HISTOGRAM_BINS + 1 counts): at least k counted rows
 * have lower bounds ≥ L. -Infinity when fewer than k rows were counted;
 * +Infinity when k is 0 (nothing can qualify).
 */
export function cutFromHistogram(counts: Int32Array, k: number): number {
  if (k <= 0) return Infinity;
  let atLeast = 0;
  for (let bin = HISTOGRAM_BINS; bin >= 1; bin--) {
    atLeast += counts[bin] as number;
    // Bin b holds bounds ≥ LOW + (b − 1)/BINS_PER_UNIT; one more bin width
    // below absorbs the kernel's rounding of (bound − LOW) near a bin edge.
    if (atLeast >= k) return HISTOGRAM_LOW + (bin - 2) / HISTOGRAM_BINS_PER_UNIT;
  }
  return -Infinity;
}
