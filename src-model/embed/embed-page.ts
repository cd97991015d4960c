/**
 * The embedPage task's body. The worker loads it on the first embedding task
 * only: the feature mappers' country and title tables take a good part of a
 * worker's start-up, and a job on cached embeddings never needs them.
 */
import { encodeBatch, prepareVocabulary, type PreparedVocabulary } from './encode';
import { decodeFeaturePage } from './feature-page';
import { embeddingLayout } from './layout';
import type { FeatureVocabulary } from './types';
import { quantizePage } from '../vector-search/quantize-page';
import { scorerForHandle } from '../vector-search/row-scorer';
import { shardVectors, writeShardCodes } from '../vector-search/shard-layout';
import type { VectorStoreHandle } from '../vector-search/vector-store';

/**
 * Embed one page of records as the data layer returned it (a JSON text, see
 * feature-page.ts); for leads, copy in each linked company's part.
 * With a target, quantise the rows and write them, codes and floats, into
 * the shared store and the shard's shared file buffer (vector-search/shard-layout.ts),
 * so main only writes finished shards to disk; without one, return the floats.
 */
export interface EmbedPageTask {
  vocabVersion: string;
  vocab: FeatureVocabulary;
  page: string;
  target: EmbedTarget | null;
  companyParts: CompanyPartsHandle | null;
}

export interface EmbedTarget {
  store: VectorStoreHandle;
  /** The page's first row in the store. */
  firstRow: number;
  /** The shard's file buffer (a SharedArrayBuffer view), laid out for `shardCount` rows. */
  shard: Uint8Array;
  shardCount: number;
  /** The page's first row within the shard. */
  shardRow: number;
}

/** Company parts of every company, in shared memory, read by every worker without a copy. */
export interface CompanyPartsHandle {
  /** rowOf[companyId] = row + 1 in `vectors` (0: no such company). */
  rowOf: Int32Array;
  /** rows × (dim / 2) floats: each company's company half. */
  vectors: Float32Array;
}

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

/** See EmbedPageTask: returns the ids (and, without a target, the vectors) in one buffer. */
export function embedPage(task: EmbedPageTask): ArrayBuffer {
  const vocab = preparedVocabulary(task.vocabVersion, task.vocab);
  const batch = decodeFeaturePage(task.page);
  const dim = vocab.layout.dim;
  const n = batch.count;
  const { target } = task;
  const buffer = new ArrayBuffer(n * 4 * (target ? 1 : 1 + dim));
  new Int32Array(buffer, 0, n).set(batch.ids);
  // With a target the vectors are written straight into their place in the shard's file buffer.
  const vectors = target ? shardVectors(target.shard, target.shardCount, dim, target.shardRow, n) : new Float32Array(buffer, n * 4, n * dim);
  encodeBatch(batch, vocab, vectors);
  if (task.companyParts) spliceCompanyParts(vectors, batch.companyId, task.companyParts, dim);
  if (target) {
    const quantized = quantizePage(vectors, n, dim);
    scorerForHandle(target.store).store.setQuantized(target.firstRow, quantized, n);
    writeShardCodes(target.shard, target.shardCount, dim, target.shardRow, n, quantized);
  }
  return buffer;
}
