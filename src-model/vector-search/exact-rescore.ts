/**
 * The second half of a code-only search (RowScorer.prepassCandidates is the
 * first): exact float32 scores of the candidate rows, from their float
 * vectors sent along, and their top K. The kernel and its arithmetic are the
 * ones a full float store uses, so a row scores bit-identically either way
 * and the answer is exactly the float top K.
 */
import { RowScorer } from './row-scorer';
import { loadRows, scratchStore } from './scratch-store';
import { topK, type TopK } from './topk';

export interface RescoreInput {
  query: Float32Array;
  /** Row index of each vector (ascending or not; ties rank by row). */
  rows: Uint32Array;
  /** rows.length × query.length float32 values. */
  vectors: Float32Array;
  k: number;
  minScore: number;
}

export function rescoreTopK(input: RescoreInput): TopK {
  const count = input.rows.length;
  const store = scratchStore(input.query.length, count);
  loadRows(store, input.vectors, count);
  const scores = new RowScorer(store).scoreExact(input.query, { first: 0, count });
  return topK(scores, input.k, { minScore: input.minScore, rowIds: input.rows });
}

export interface RescoreBestInput {
  queries: Float32Array[];
  /** Constant added to each query's score (the scorer's offsets). */
  offsets: number[];
  rows: Uint32Array;
  vectors: Float32Array;
  k: number;
  /** Inclusive lower bound on the best score, offset included. */
  minRaw: number;
}

/** Each kept row, best first (ties by ascending row): its best score, offset included, and the query that gave it. */
export interface BestTopK {
  rows: Uint32Array;
  /** The query's exact float32 score plus its offset, in float64: what the reasons add up to. */
  raw: Float64Array;
  query: Int32Array;
}

/**
 * A scorer of several queries (`focused`, `nearest`, `multi`: a record
 * scores by its best q·x + c): each row's exact score under every query, by
 * the same kernel as rescoreTopK, and the top K by the best.
 */
export function rescoreBestTopK(input: RescoreBestInput): BestTopK {
  const count = input.rows.length;
  if (count === 0 || input.queries.length === 0) return { rows: new Uint32Array(0), raw: new Float64Array(0), query: new Int32Array(0) };
  const store = scratchStore(input.queries[0]!.length, count);
  loadRows(store, input.vectors, count);
  const scorer = new RowScorer(store);
  const best = new Float64Array(count).fill(-Infinity);
  const which = new Int32Array(count);
  input.queries.forEach((q, j) => {
    const scores = scorer.scoreExact(q, { first: 0, count });
    const c = input.offsets[j]!;
    for (let i = 0; i < count; i++) {
      const raw = scores[i]! + c;
      if (raw > best[i]!) {
        best[i] = raw;
        which[i] = j;
      }
    }
  });
  const kept: number[] = [];
  for (let i = 0; i < count; i++) if (best[i]! >= input.minRaw) kept.push(i);
  kept.sort((a, b) => best[b]! - best[a]! || input.rows[a]! - input.rows[b]!);
  const top = kept.slice(0, input.k);
  return { rows: Uint32Array.from(top, (i) => input.rows[i]!), raw: Float64Array.from(top, (i) => best[i]!), query: Int32Array.from(top, (i) => which[i]!) };
}

/** The K best of several best-first parts (one per re-scored chunk), by linear merges, as mergeTopK does for one query. */
export function mergeBestTopK(parts: readonly BestTopK[], k: number): BestTopK {
  let merged: BestTopK = { rows: new Uint32Array(0), raw: new Float64Array(0), query: new Int32Array(0) };
  for (const part of parts) {
    const n = Math.min(k, merged.rows.length + part.rows.length);
    const out: BestTopK = { rows: new Uint32Array(n), raw: new Float64Array(n), query: new Int32Array(n) };
    let i = 0;
    let j = 0;
    for (let at = 0; at < n; at++) {
      const fromMerged =
        j >= part.rows.length ||
        (i < merged.rows.length && (merged.raw[i]! > part.raw[j]! || (merged.raw[i] === part.raw[j] && merged.rows[i]! < part.rows[j]!)));
      const from = fromMerged ? merged : part;
      const at2 = fromMerged ? i++ : j++;
      out.rows[at] = from.rows[at2]!;
      out.raw[at] = from.raw[at2]!;
      out.query[at] = from.query[at2]!;
    }
    merged = out;
  }
  return merged;
}
