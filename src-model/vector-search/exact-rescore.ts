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

/** Each kept row, best first (ties by ascending row): its query's exact float32 score (offset not added) and which query. */
export interface BestTopK {
  rows: Uint32Array;
  scores: Float32Array;
  query: Int32Array;
}

/**
 * A scorer of several queries (`focused`, `nearest`, `multi`: a record
 * scores by its best q·x + c): each row's exact score under every query, by
 * the same kernel as rescoreTopK, and the top K by the best. The offset is
 * added in float64 by the caller, as for one query, so the saved score is
 * the one the reasons add up to.
 */
export function rescoreBestTopK(input: RescoreBestInput): BestTopK {
  const count = input.rows.length;
  if (count === 0 || input.queries.length === 0) return { rows: new Uint32Array(0), scores: new Float32Array(0), query: new Int32Array(0) };
  const store = scratchStore(input.queries[0]!.length, count);
  loadRows(store, input.vectors, count);
  const scorer = new RowScorer(store);
  const best = new Float64Array(count).fill(-Infinity);
  const bestScore = new Float32Array(count);
  const which = new Int32Array(count);
  input.queries.forEach((q, j) => {
    const scores = scorer.scoreExact(q, { first: 0, count });
    const c = input.offsets[j]!;
    for (let i = 0; i < count; i++) {
      const raw = scores[i]! + c;
      if (raw > best[i]!) {
        best[i] = raw;
        bestScore[i] = scores[i]!;
        which[i] = j;
      }
    }
  });
  const kept: number[] = [];
  for (let i = 0; i < count; i++) if (best[i]! >= input.minRaw) kept.push(i);
  kept.sort((a, b) => best[b]! - best[a]! || input.rows[a]! - input.rows[b]!);
  const top = kept.slice(0, input.k);
  return { rows: Uint32Array.from(top, (i) => input.rows[i]!), scores: Float32Array.from(top, (i) => bestScore[i]!), query: Int32Array.from(top, (i) => which[i]!) };
}
