/**
 * The compute worker: named Piscina tasks, pure functions over typed arrays.
 * No SQLite, no Electron: main reads the records and owns the results.
 */
import { encodeBatch, prepareVocabulary, type PreparedVocabulary } from './embed/encode';
import { embeddingLayout } from './embed/layout';
import { topK } from './math/topk';
import type { EmbedResult, EmbedTask, FailTask, ScoreResult, ScoreTask } from './protocol';

let prepared: { version: string; vocab: PreparedVocabulary } | null = null;

export function embed(task: EmbedTask): EmbedResult {
  if (!prepared || prepared.version !== task.vocabVersion) {
    prepared = { version: task.vocabVersion, vocab: prepareVocabulary(task.vocab, embeddingLayout(task.vocab.dim)) };
  }
  return encodeBatch(task.batch, prepared.vocab);
}

/**
 * Exact float scores for a row range and its top K. The matrix is shared, so
 * every worker reads the same memory without a copy.
 */
export function score(task: ScoreTask): ScoreResult {
  const { dim, first, count, query, k, minScore } = task;
  const m = new Float32Array(task.matrix, first * dim * 4, count * dim);
  // A packed row bitmap over all rows (math/row-bitmap.ts), indexed by absolute row.
  const exclude = task.exclude ? new Uint8Array(task.exclude) : null;
  const scores = new Float32Array(count);
  // Only the non-zero query entries matter (a profile missing a part is zero there).
  const nz: number[] = [];
  for (let i = 0; i < dim; i++) if (query[i] !== 0) nz.push(i);
  const idx = Int32Array.from(nz);
  const val = Float32Array.from(nz.map((i) => query[i]!));
  for (let r = 0; r < count; r++) {
    const base = r * dim;
    let s = 0;
    for (let j = 0; j < idx.length; j++) s += val[j]! * m[base + idx[j]!]!;
    scores[r] = s;
  }
  const best = topK(scores, k, { minScore, exclude, rowOffset: first });
  return { rows: Int32Array.from(best.rows), scores: Float32Array.from(best.scores), scanned: count };
}

export function fail(task: FailTask): never {
  throw new Error(task.message);
}
