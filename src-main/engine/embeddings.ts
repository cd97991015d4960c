/**
 * The embedding matrix of every record of an entity, built or loaded from
 * the workspace cache. Rows are in id order; `ids[row]` is the record id.
 *
 * Cold: records are read a page at a time (main thread, I/O only) and the
 * pages are embedded by the worker pool, several in flight at once.
 * Warm: valid shards are read straight from their vector files
 * (vector-files.ts) into the matrix. Only shards with changed records (or a
 * changed vocabulary, or a lost file) are recomputed.
 *
 * The matrix lives in a shared WebAssembly memory (math/vector-store.ts) with
 * room for its int8 copy, so the scoring workers read it without a copy and
 * run the SIMD kernels on it directly.
 */
import type Database from 'better-sqlite3';
import type { Entity } from '../contract/dto';
import { AppError } from '../contract/errors';
import type { ComputePool } from '../compute/pool';
import {
  dataVersion,
  deleteShardsExcept,
  saveShard,
  shardCounts,
  shardStamps,
  storedShards,
  SHARD_SIZE,
  type StoredShard,
} from '../db/queries/embedding-cache';
import { featurePage } from '../db/queries/features';
import type { FeatureVocabulary, RecordBatch } from '../../src-workers/embed/types';
import { toRecordBatch } from './record-batch';
import { VectorStore } from '../../src-workers/math/vector-store';
import { cacheDir, readVectors, removeVectors, shardFileName, writeVectors } from './vector-files';

export interface EmbeddingMatrix {
  dim: number;
  rows: number;
  ids: Int32Array;
  store: VectorStore;
  /** The store's float vectors, rows × dim (dim is a multiple of 16, so there is no row padding). */
  matrix: Float32Array;
  /** Rows embedded in this call (the rest came from the cache). */
  embedded: number;
}

export interface EmbedProgress {
  processed: number;
  total: number;
}

const PAGE = 4096;

export async function embeddingMatrix(
  db: Database.Database,
  pool: ComputePool,
  entity: Entity,
  vocab: { version: string; body: FeatureVocabulary },
  options: { signal?: AbortSignal; onProgress?: (p: EmbedProgress) => void; slots?: number } = {},
): Promise<EmbeddingMatrix> {
  const dim = vocab.body.dim;
  const dir = cacheDir(db.name);
  const currentData = dataVersion(db);
  const stored = new Map(storedShards(db, entity).map((s) => [s.shard, s]));
  // Nothing imported since every shard was built: skip the stamp scan over all records.
  const allCurrent =
    stored.size > 0 && [...stored.values()].every((s) => s.data_version === currentData && s.feature_version === vocab.version && s.dim === dim);
  const stamps = allCurrent
    ? [...stored.values()].map((s) => ({ shard: s.shard, count: s.count, stamp: s.data_version }))
    : stored.size === 0
      ? shardCounts(db, entity) // nothing cached: every shard is built, only the counts matter
      : shardStamps(db, entity);
  const total = stamps.reduce((n, s) => n + s.count, 0);
  const valid = (s: StoredShard | undefined, count: number, stamp: number) =>
    s !== undefined && s.feature_version === vocab.version && s.dim === dim && s.count === count && stamp <= s.data_version;

  // A lead's company part is its company's: embedded once per company, when a lead shard needs rebuilding.
  let companyParts: Promise<CompanyParts> | null = null;
  const parts = () => (companyParts ??= embedCompanyParts(db, pool, vocab, options.signal));

  const store = VectorStore.create({ rows: Math.max(1, total), dim, slots: Math.max(1, options.slots ?? pool.threads) });
  if (store.stride !== dim) throw new AppError('internal', `Embedding dimension ${dim} needs row padding; use a multiple of 16.`);
  const matrix = store.vectors.subarray(0, total * dim);
  const ids = new Int32Array(total);
  let row = 0;
  let embedded = 0;
  let processed = 0;
  const report = () => options.onProgress?.({ processed, total });

  for (const { shard, count, stamp } of stamps) {
    if (options.signal?.aborted) throw new AppError('cancelled', 'The job was cancelled.');
    const cached = stored.get(shard);
    const target = matrix.subarray(row * dim, (row + count) * dim);
    if (valid(cached, count, stamp) && readVectors(dir, cached!.vectors_file, target)) {
      ids.set(new Int32Array(cached!.ids.buffer, cached!.ids.byteOffset, count), row);
      processed += count;
      report();
    } else {
      await embedShard(db, pool, entity, vocab, shard, target, ids.subarray(row, row + count), entity === 'leads' ? await parts() : null, options.signal, (n) => {
        processed += n;
        report();
      });
      embedded += count;
      const file = shardFileName(entity, shard, vocab.version, currentData);
      writeVectors(dir, file, target);
      saveShard(db, entity, { shard, featureVersion: vocab.version, dataVersion: currentData, dim, ids: ids.slice(row, row + count), vectorsFile: file });
      if (cached && cached.vectors_file !== file) removeVectors(dir, [cached.vectors_file]);
    }
    row += count;
  }
  if (!allCurrent) removeVectors(dir, deleteShardsExcept(db, entity, stamps.map((s) => s.shard)));
  return { dim, rows: total, ids, store, matrix, embedded };
}

/** Company-part embeddings of every company, indexed by company id. */
interface CompanyParts {
  /** rowOf[companyId] = row + 1 (0: no such company). */
  rowOf: Int32Array;
  vectors: Float32Array;
}

/**
 * Reads an entity's records in id order, after `after` and below `end`, a
 * page at a time, and embeds each page on the pool with a few pages in flight
 * per worker (the pool's queue is bounded). `onPage` gets each page's batch,
 * its vectors and its offset in reading order. Returns the records read.
 */
async function embedPages(
  db: Database.Database,
  pool: ComputePool,
  entity: Entity,
  vocab: { version: string; body: FeatureVocabulary },
  range: { after: number; end: number },
  signal: AbortSignal | undefined,
  onPage: (batch: RecordBatch, vectors: Float32Array, offset: number) => void,
): Promise<number> {
  let after = range.after;
  let read = 0;
  const inFlight: Promise<void>[] = [];
  for (;;) {
    const page = featurePage(db, entity, after, PAGE).filter((r) => r[0] < range.end);
    if (page.length === 0) break;
    after = page[page.length - 1]![0];
    const offset = read;
    read += page.length;
    const batch = toRecordBatch(page);
    const task = pool.embed({ vocabVersion: vocab.version, vocab: vocab.body, batch }, signal).then((vectors) => onPage(batch, vectors, offset));
    // Marked handled now (it is awaited below); a failure while others are in flight must not crash the process.
    task.catch(() => undefined);
    inFlight.push(task);
    if (inFlight.length >= pool.threads * 2) await inFlight.shift();
    if (page.length < PAGE) break;
  }
  await Promise.all(inFlight);
  return read;
}

async function embedCompanyParts(
  db: Database.Database,
  pool: ComputePool,
  vocab: { version: string; body: FeatureVocabulary },
  signal: AbortSignal | undefined,
): Promise<CompanyParts> {
  const dim = vocab.body.dim;
  const pages: { ids: Int32Array; vectors: Float32Array; offset: number }[] = [];
  const count = await embedPages(db, pool, 'companies', vocab, { after: 0, end: Infinity }, signal, (batch, vectors, offset) =>
    pages.push({ ids: batch.ids, vectors, offset }),
  );
  const maxId = pages.reduce((m, p) => Math.max(m, p.ids[p.ids.length - 1] ?? 0), 0);
  const rowOf = new Int32Array(maxId + 1);
  const vectors = new Float32Array(count * dim);
  for (const p of pages) {
    vectors.set(p.vectors.subarray(0, p.ids.length * dim), p.offset * dim);
    for (let i = 0; i < p.ids.length; i++) rowOf[p.ids[i]!] = p.offset + i + 1;
  }
  return { rowOf, vectors };
}

/** Copies each lead's company part from its company's embedding into the lead's vector. */
function spliceCompanyParts(out: Float32Array, companyIds: Int32Array, parts: CompanyParts, dim: number): void {
  const half = dim / 2;
  for (let r = 0; r < companyIds.length; r++) {
    const cid = companyIds[r]!;
    if (cid === 0) continue;
    const row = (parts.rowOf[cid] ?? 0) - 1;
    if (row < 0) continue;
    out.set(parts.vectors.subarray(row * dim, row * dim + half), r * dim);
  }
}

/** Embeds the records of one shard's id range into `out`, pages in flight on every worker. */
async function embedShard(
  db: Database.Database,
  pool: ComputePool,
  entity: Entity,
  vocab: { version: string; body: FeatureVocabulary },
  shard: number,
  out: Float32Array,
  outIds: Int32Array,
  companyParts: CompanyParts | null,
  signal: AbortSignal | undefined,
  onPage: (n: number) => void,
): Promise<void> {
  const dim = vocab.body.dim;
  const range = { after: shard * SHARD_SIZE - 1, end: (shard + 1) * SHARD_SIZE };
  const read = await embedPages(db, pool, entity, vocab, range, signal, (batch, vectors, offset) => {
    if (offset + batch.count > outIds.length) return; // more records than counted: reported below
    if (companyParts) spliceCompanyParts(vectors, batch.companyId, companyParts, dim);
    outIds.set(batch.ids, offset);
    out.set(vectors.subarray(0, batch.count * dim), offset * dim);
    onPage(batch.count);
  });
  if (read * dim !== out.length) throw new AppError('internal', `Shard ${shard} changed while it was being embedded; run the job again.`);
}
