/**
 * The compute worker: named Piscina tasks, pure functions over typed arrays
 * and the page texts the data layer built. No SQLite, no Electron: main reads
 * the records and owns the results.
 */
import { move } from 'piscina';
import { encodeBatch, prepareVocabulary, type PreparedVocabulary } from './embed/encode';
import { decodeFeaturePage } from './embed/feature-page';
import { embeddingLayout } from './embed/layout';
import { rescoreTopK } from './math/exact-rescore';
import { quantizePage } from './math/quantize-into';
import { writeShardRows } from './math/shard-layout';
import { scorerForHandle } from './math/row-scorer';
import type { FeatureVocabulary } from './embed/types';
import type {
  CompanyPartsHandle,
  EmbedPageResult,
  EmbedPageTask,
  FailTask,
  PrepassResult,
  PrepassTask,
  QuantizeTask,
  RescoreTask,
  ScoreResult,
  StoreScoreTask,
} from './protocol';

let prepared: { version: string; vocab: PreparedVocabulary } | null = null;

function preparedVocabulary(version: string, vocab: FeatureVocabulary): PreparedVocabulary {
  if (!prepared || prepared.version !== version) prepared = { version, vocab: prepareVocabulary(vocab, embeddingLayout(vocab.dim)) };
  return prepared.vocab;
}

/** Copies each lead's company part from its company's shared embedding into the lead's vector. */
function spliceCompanyParts(out: Float32Array, companyIds: Int32Array, parts: CompanyPartsHandle, dim: number): void {
  const half = dim / 2;
  const { rowOf, vectors } = parts;
  for (let r = 0; r < companyIds.length; r++) {
    const row = (rowOf[companyIds[r]!] ?? 0) - 1;
    // subarray + set (a memcpy) measured 3–4× faster than an element loop here.
    if (row >= 0) out.set(vectors.subarray(row * half, (row + 1) * half), r * dim);
  }
}

let pageBuffer = new Float32Array(0);

/** This thread's reusable page of vectors (encodeBatch zeroes each row it writes). */
function pageVectors(length: number): Float32Array {
  if (pageBuffer.length < length) pageBuffer = new Float32Array(length);
  return pageBuffer.subarray(0, length);
}

export function embedPage(task: EmbedPageTask): EmbedPageResult {
  const vocab = preparedVocabulary(task.vocabVersion, task.vocab);
  const batch = decodeFeaturePage(task.page);
  const dim = vocab.layout.dim;
  const n = batch.count;
  const { target } = task;
  const buffer = new ArrayBuffer(n * 4 * (target ? 1 : 1 + dim));
  new Int32Array(buffer, 0, n).set(batch.ids);
  const vectors = target ? pageVectors(n * dim) : new Float32Array(buffer, n * 4, n * dim);
  encodeBatch(batch, vocab, vectors);
  if (task.companyParts) spliceCompanyParts(vectors, batch.companyId, task.companyParts, dim);
  if (target) {
    const quantized = quantizePage(vectors, n, dim);
    scorerForHandle(target.store).store.setQuantized(target.firstRow, quantized, n);
    writeShardRows(target.shard, target.shardCount, dim, target.shardRow, n, vectors, quantized);
  }
  return move(buffer) as EmbedPageResult;
}

/** Builds the int8 copy of a row range of a float store (the WebAssembly quantiser; ~1 s per million rows per thread). */
export function quantize(task: QuantizeTask): number {
  scorerForHandle(task.store).store.quantize(task.first, task.count);
  return task.count;
}

/** Exact top K of a row range of a float store through the int8 pre-pass and float re-score (same answer as a full float pass). */
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

/** The pre-pass over a row range of a code-only store: the rows to re-score exactly (a copy, ascending). */
export function prepass(task: PrepassTask): PrepassResult {
  const pass = scorerForHandle(task.store).prepassCandidates(task.query, {
    k: task.k,
    minScore: task.minScore,
    exclude: task.exclude,
    first: task.first,
    count: task.count,
    slot: task.slot,
  });
  return move(Uint32Array.from(pass.rows)) as PrepassResult;
}

/** Exact scores of candidate rows from their float vectors, and their top K. */
export function rescore(task: RescoreTask): ScoreResult {
  const best = rescoreTopK(task);
  return { rows: Int32Array.from(best.rows), scores: best.scores, scanned: task.rows.length };
}

export function fail(task: FailTask): never {
  throw new Error(task.message);
}
