/**
 * Scores a query against a VectorStore's rows with the WebAssembly kernels:
 * exact float32 scores for every row (the fallback and the reference
 * ranking), and the fast path — an int8 pre-pass over every row, then an
 * exact re-score of only the rows whose error bound lets them reach the cut
 * (prepass-cut.ts), which returns exactly the float32 top K.
 *
 * "Exact" means the float32 kernel's value, computed the same way for a row
 * whether it is scored in a full pass or re-scored by id, so both paths rank
 * on identical numbers. Ranking order and thresholds are those of topk.ts.
 *
 * Each call works in one scratch slot of the store; arrays it returns are
 * views into that slot, valid until the next call on the same slot. To use
 * both cores, give each worker a row range (a shard) and its own slot, then
 * mergeTopK the shards' results: each shard's top K is exact, so the merge is.
 */
import { cutFromHistogram, guessLowerCut, HISTOGRAM_BINS, HISTOGRAM_BINS_PER_UNIT, HISTOGRAM_LOW, type RowRange } from './prepass-cut';
import { int8ErrorBound, quantizeQuery, type Int8ErrorBound } from './quantize';
import type { RowBitmap } from './row-bitmap';
import type { ScoringKernel } from './scoring-kernel';
import { topK, type TopK } from './topk';
import { VectorStore, type ScratchSlot, type VectorStoreHandle } from './vector-store';

export interface ScoreOptions {
  /** First row of the range to score (default 0). */
  first?: number;
  /** Rows in the range (default: to the end of the store). */
  count?: number;
  /** Scratch slot to work in (default 0); concurrent searches need different slots. */
  slot?: number;
}

export interface SearchOptions extends ScoreOptions {
  k: number;
  /** Inclusive lower bound on the raw score. */
  minScore?: number;
  /** Rows to skip, by absolute row index. */
  exclude?: RowBitmap | null;
}

export interface PrepassSearchResult extends TopK {
  /** Rows re-scored exactly after the pre-pass. */
  candidates: number;
  /** The cut the candidates' upper bounds had to reach. */
  cut: number;
  /** Where the proven lower cut came from: the sampled guess, or the histogram fallback when the guess failed. */
  cutFrom: 'sample' | 'histogram';
}

export interface PrepassCandidates {
  /** Rows to re-score exactly, ascending (a view into the slot's scratch memory). */
  rows: Uint32Array;
  candidates: number;
  cut: number;
  cutFrom: 'sample' | 'histogram';
}

export interface ApproximateScores {
  /** Approximate score of each row of the range (a view; index 0 is row `first`). */
  scores: Float32Array;
  /** |exact − approximate| ≤ bound.perResidualNorm·r + bound.perNorm·n + bound.absolute per row. */
  bound: Int8ErrorBound;
}

export class RowScorer {
  readonly store: VectorStore;
  private readonly kernel: ScoringKernel;

  constructor(store: VectorStore) {
    this.store = store;
    this.kernel = store.kernel;
  }

  /** Exact float32 scores of a row range (a view into the slot, index 0 is row `first`). */
  scoreExact(query: ArrayLike<number>, options: ScoreOptions = {}): Float32Array {
    this.store.checkFloats();
    const { slot, range } = this.prepare(query, options);
    const { store } = this;
    this.kernel.scoreF32Range(store.layout.vectors, slot.offsets.query, slot.offsets.scores, range.first, range.count, store.stride);
    return slot.scores.subarray(range.first, range.first + range.count);
  }

  /** The int8 pre-pass alone: approximate scores and the bound that relates them to the exact ones. */
  scoreApproximate(query: ArrayLike<number>, options: ScoreOptions = {}): ApproximateScores {
    const { slot, range } = this.prepare(query, options);
    const bound = this.runPrepass(slot, range);
    return { scores: slot.scores.subarray(range.first, range.first + range.count), bound };
  }

  /** Top K by a full exact pass: the fallback, and the reference the fast path must match. */
  topKExact(query: ArrayLike<number>, options: SearchOptions): TopK {
    const scores = this.scoreExact(query, options);
    return topK(scores, options.k, { minScore: options.minScore, exclude: options.exclude ?? null, rowOffset: options.first ?? 0 });
  }

  /** Top K by the int8 pre-pass and an exact re-score of the rows that can still make it; same answer as topKExact. */
  topK(query: ArrayLike<number>, options: SearchOptions): PrepassSearchResult {
    this.store.checkFloats();
    const pass = this.prepassCandidates(query, options);
    const { store, kernel } = this;
    const slot = store.slot(options.slot ?? 0);
    kernel.scoreF32Rows(store.layout.vectors, slot.offsets.query, slot.offsets.candidateIds, slot.offsets.candidateScores, pass.candidates, store.stride);
    const best = topK(slot.candidateScores.subarray(0, pass.candidates), options.k, {
      minScore: options.minScore ?? -Infinity,
      rowIds: pass.rows,
    });
    return { ...best, candidates: pass.candidates, cut: pass.cut, cutFrom: pass.cutFrom };
  }

  /**
   * The int8 pre-pass and the cut: the rows of the range that can still be in
   * the exact top K (ascending, a view into the slot). Scoring exactly those
   * rows' float vectors (here, or from wherever the floats are kept) and
   * ranking them gives exactly the float top K.
   */
  prepassCandidates(query: ArrayLike<number>, options: SearchOptions): PrepassCandidates {
    if (!Number.isInteger(options.k) || options.k < 0) throw new RangeError(`k must be a non-negative integer, got ${options.k}`);
    const { slot, range } = this.prepare(query, options);
    const { store, kernel } = this;
    const { layout } = store;
    const minScore = options.minScore ?? -Infinity;
    const useExclusion = this.loadExclusion(slot, options.exclude ?? null);
    const bound = this.runPrepass(slot, range);
    const { perResidualNorm, perNorm, absolute } = bound;
    const collect = (lowerCut: number): number =>
      kernel.collectCandidates(
        slot.offsets.scores,
        layout.residualNorms,
        layout.norms,
        slot.offsets.exclusion,
        useExclusion,
        perResidualNorm,
        perNorm,
        absolute,
        lowerCut,
        Math.max(lowerCut, minScore),
        slot.offsets.candidateIds,
        slot.offsets.passCount,
        range.first,
        range.count,
      );
    const perRow = { approx: slot.scores, residualNorms: store.residualNorms, norms: store.norms };
    let lowerCut = guessLowerCut(perRow, bound, range, options.k, options.exclude ?? null);
    let candidates = collect(lowerCut);
    let cutFrom: PrepassSearchResult['cutFrom'] = 'sample';
    if ((slot.passCount[0] as number) < options.k && lowerCut > -Infinity) {
      // The guess was too high: fewer than K rows are proven to reach it.
      slot.histogram.fill(0);
      kernel.histogramLowerBounds(
        slot.offsets.scores,
        layout.residualNorms,
        layout.norms,
        slot.offsets.exclusion,
        useExclusion,
        perResidualNorm,
        perNorm,
        absolute,
        slot.offsets.histogram,
        HISTOGRAM_LOW,
        HISTOGRAM_BINS_PER_UNIT,
        HISTOGRAM_BINS,
        range.first,
        range.count,
      );
      lowerCut = cutFromHistogram(slot.histogram, options.k);
      candidates = collect(lowerCut);
      cutFrom = 'histogram';
    }
    return { rows: slot.candidateIds.subarray(0, candidates), candidates, cut: Math.max(lowerCut, minScore), cutFrom };
  }

  /** Copies the exclusion bitmap into the slot (rows past its end are not excluded); returns the kernels' flag. */
  private loadExclusion(slot: ScratchSlot, exclude: RowBitmap | null): number {
    if (exclude === null) return 0;
    const length = Math.min(exclude.length, slot.exclusion.length);
    slot.exclusion.set(exclude.subarray(0, length));
    slot.exclusion.fill(0, length);
    return 1;
  }

  private runPrepass(slot: ScratchSlot, range: RowRange): Int8ErrorBound {
    const { store } = this;
    const quantized = quantizeQuery(slot.query, slot.queryCodes);
    this.kernel.scoreI8Range(
      store.layout.codes,
      store.layout.scales,
      slot.offsets.queryCodes,
      quantized.scale,
      slot.offsets.scores,
      range.first,
      range.count,
      store.stride,
    );
    return int8ErrorBound(quantized, store.stride);
  }

  /** Writes the padded query into the slot and resolves the row range. */
  private prepare(query: ArrayLike<number>, options: ScoreOptions): { slot: ScratchSlot; range: RowRange } {
    const { store } = this;
    if (query.length !== store.dim && query.length !== store.stride) {
      throw new RangeError(`query has ${query.length} lanes, the store's dimension is ${store.dim}`);
    }
    const slot = store.slot(options.slot ?? 0);
    const first = options.first ?? 0;
    const count = options.count ?? store.rows - first;
    store.checkRows(first, count);
    slot.query.set(query);
    slot.query.fill(0, query.length);
    return { slot, range: { first, count } };
  }
}

// Stores this thread has attached to, by layout id, most recent last. A
// posted handle arrives as a new memory object every time, so the id (not the
// object) is the key; a few entries cover a workspace being reloaded.
const attached = new Map<string, RowScorer>();
const ATTACHED_LIMIT = 4;

/** One scorer per store per thread: what a worker task calls on each request with the handle it was given. */
export function scorerForHandle(handle: VectorStoreHandle): RowScorer {
  const id = handle.layout.id;
  let scorer = attached.get(id);
  if (scorer === undefined) {
    scorer = new RowScorer(VectorStore.attach(handle));
    if (attached.size >= ATTACHED_LIMIT) attached.delete(attached.keys().next().value as string);
  } else {
    attached.delete(id);
  }
  attached.set(id, scorer);
  return scorer;
}
