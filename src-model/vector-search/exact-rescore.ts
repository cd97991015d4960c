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
