/**
 * Top-K selection over a score array in one pass: O(n log K) time, O(K)
 * memory, with the K best kept in a binary min-heap laid out in two typed
 * arrays (score, row) whose root is the worst kept entry.
 *
 * Order: higher score first; equal scores by ascending row index, so a
 * ranking is reproducible whatever the scan or shard order. A score passes
 * the threshold when score >= minScore; NaN never passes. Rows marked in the
 * exclusion bitmap are skipped in the same pass.
 */
import { isRowMarked, type RowBitmap } from './row-bitmap';

/** The selected rows, best first, with their raw scores. */
export interface TopK {
  rows: Uint32Array;
  scores: Float32Array;
}

export interface TopKOptions {
  /** Inclusive lower bound on the raw score. */
  minScore?: number;
  /** Rows to skip (by row index, not position). */
  exclude?: RowBitmap | null;
  /** Row index of each score position, when the scores are a gathered subset. */
  rowIds?: Uint32Array;
  /** Row index of position 0, when the scores are a contiguous slice (a shard); ignored with rowIds. */
  rowOffset?: number;
}

/** Fixed-capacity heap of (score, row) whose root is the entry that ranks last. */
class WorstFirstHeap {
  readonly scores: Float64Array;
  readonly rows: Uint32Array;
  size = 0;

  constructor(capacity: number) {
    this.scores = new Float64Array(capacity);
    this.rows = new Uint32Array(capacity);
  }

  /** True when (sa, ra) ranks below (sb, rb). */
  private static below(sa: number, ra: number, sb: number, rb: number): boolean {
    return sa < sb || (sa === sb && ra > rb);
  }

  push(score: number, row: number): void {
    const { scores, rows } = this;
    let at = this.size++;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      const ps = scores[parent] as number;
      const pr = rows[parent] as number;
      if (!WorstFirstHeap.below(score, row, ps, pr)) break;
      scores[at] = ps;
      rows[at] = pr;
      at = parent;
    }
    scores[at] = score;
    rows[at] = row;
  }

  /** Replaces the root (the worst entry) and restores the heap. */
  replaceRoot(score: number, row: number): void {
    const { scores, rows, size } = this;
    let at = 0;
    for (;;) {
      const left = 2 * at + 1;
      if (left >= size) break;
      let child = left;
      const right = left + 1;
      if (right < size && WorstFirstHeap.below(scores[right] as number, rows[right] as number, scores[left] as number, rows[left] as number)) {
        child = right;
      }
      const cs = scores[child] as number;
      const cr = rows[child] as number;
      if (!WorstFirstHeap.below(cs, cr, score, row)) break;
      scores[at] = cs;
      rows[at] = cr;
      at = child;
    }
    scores[at] = score;
    rows[at] = row;
  }

  /** True when (score, row) would displace the root of a full heap. */
  beatsRoot(score: number, row: number): boolean {
    return WorstFirstHeap.below(this.scores[0] as number, this.rows[0] as number, score, row);
  }

  /** Empties the heap into arrays ordered best first. */
  drain(): TopK {
    const count = this.size;
    const out: TopK = { rows: new Uint32Array(count), scores: new Float32Array(count) };
    for (let slot = count - 1; slot >= 0; slot--) {
      out.scores[slot] = this.scores[0] as number;
      out.rows[slot] = this.rows[0] as number;
      const last = --this.size;
      if (last > 0) this.replaceRoot(this.scores[last] as number, this.rows[last] as number);
    }
    return out;
  }
}

export function topK(scores: Float32Array, k: number, options: TopKOptions = {}): TopK {
  if (!Number.isInteger(k) || k < 0) throw new RangeError(`k must be a non-negative integer, got ${k}`);
  const { rowIds, exclude = null } = options;
  const minScore = options.minScore ?? -Infinity;
  const offset = options.rowOffset ?? 0;
  if (rowIds !== undefined && rowIds.length < scores.length) throw new RangeError(`${scores.length} scores but ${rowIds.length} row ids`);
  const capacity = Math.min(k, scores.length);
  const heap = new WorstFirstHeap(capacity);
  if (capacity === 0) return heap.drain();
  // Once the heap is full, anything strictly below its root is rejected
  // with one comparison; this is the common case on large inputs.
  let floor = minScore;
  for (let i = 0; i < scores.length; i++) {
    const score = scores[i] as number;
    if (!(score >= floor)) continue;
    const row = rowIds === undefined ? offset + i : (rowIds[i] as number);
    if (exclude !== null && isRowMarked(exclude, row)) continue;
    if (heap.size < capacity) {
      heap.push(score, row);
      if (heap.size === capacity) floor = Math.max(minScore, heap.scores[0] as number);
    } else if (heap.beatsRoot(score, row)) {
      heap.replaceRoot(score, row);
      floor = Math.max(minScore, heap.scores[0] as number);
    }
  }
  return heap.drain();
}

/**
 * The K best of several partial results (e.g. one per shard or chunk), by the
 * same order. Each part is best first, so parts are folded in by linear
 * merges: O(K) a part. Selecting from all of them at once through the heap
 * took 80 ms of the main thread for 50k candidates in 20 chunks.
 */
export function mergeTopK(parts: readonly TopK[], k: number): TopK {
  if (!Number.isInteger(k) || k < 0) throw new RangeError(`k must be a non-negative integer, got ${k}`);
  let best: TopK = { rows: new Uint32Array(0), scores: new Float32Array(0) };
  for (const part of parts) best = mergeTwo(best, part, k);
  return best;
}

/** The K best of two best-first results, best first. */
function mergeTwo(a: TopK, b: TopK, k: number): TopK {
  const n = Math.min(k, a.rows.length + b.rows.length);
  const out: TopK = { rows: new Uint32Array(n), scores: new Float32Array(n) };
  let i = 0;
  let j = 0;
  for (let at = 0; at < n; at++) {
    const fromA =
      j >= b.rows.length ||
      (i < a.rows.length && (a.scores[i]! > b.scores[j]! || (a.scores[i] === b.scores[j] && a.rows[i]! < b.rows[j]!)));
    if (fromA) {
      out.rows[at] = a.rows[i]!;
      out.scores[at] = a.scores[i++]!;
    } else {
      out.rows[at] = b.rows[j]!;
      out.scores[at] = b.scores[j++]!;
    }
  }
  return out;
}
