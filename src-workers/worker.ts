/**
 * The compute worker: named Piscina tasks, pure functions over typed arrays.
 * No SQLite, no Electron: main reads the records and owns the results.
 */
import { encodeBatch, prepareVocabulary, type PreparedVocabulary } from './embed/encode';
import { embeddingLayout } from './embed/layout';
import { scorerForHandle } from './math/row-scorer';
import type { EmbedResult, EmbedTask, FailTask, QuantizeTask, ScoreResult, StoreScoreTask } from './protocol';

let prepared: { version: string; vocab: PreparedVocabulary } | null = null;

export function embed(task: EmbedTask): EmbedResult {
  if (!prepared || prepared.version !== task.vocabVersion) {
    prepared = { version: task.vocabVersion, vocab: prepareVocabulary(task.vocab, embeddingLayout(task.vocab.dim)) };
  }
  return encodeBatch(task.batch, prepared.vocab);
}

/** Builds the int8 copy of a row range (the WebAssembly quantiser; ~1 s per million rows per thread). */
export function quantize(task: QuantizeTask): number {
  scorerForHandle(task.store).store.quantize(task.first, task.count);
  return task.count;
}

/** Exact top K of a row range through the int8 pre-pass and float re-score (same answer as a full float pass). */
export function scoreStore(task: StoreScoreTask): ScoreResult {
  const scorer = scorerForHandle(task.store);
  const best = scorer.topK(task.query, {
    k: task.k,
    minScore: task.minScore,
    exclude: task.exclude,
    first: task.first,
    count: task.count,
    slot: task.slot,
  });
  // Copies: the result views live in the slot's scratch memory.
  return { rows: Int32Array.from(best.rows), scores: Float32Array.from(best.scores), scanned: task.count };
}

export function fail(task: FailTask): never {
  throw new Error(task.message);
}
