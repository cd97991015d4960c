/**
 * The embedding matrix of every record of an entity, built or loaded from
 * the workspace cache. Rows are in id order; `ids[row]` is the record id.
 *
 * What stays in memory is the int8 copy with its error bounds, in a shared
 * WebAssembly memory (math/vector-store.ts, created without floats): the
 * scoring workers run the pre-pass on it directly, and the float rows a job
 * needs (candidates to re-score exactly, the profile's examples, the rows it
 * explains) are read from the shard files (vector-files.ts). A million leads
 * take ~270 MB this way instead of ~1.3 GB.
 *
 * Cold: the main thread asks SQLite for a page of records as one JSON text
 * (db/queries/features.ts) and posts it; a worker decodes it, embeds it,
 * splices in the company parts, quantises the rows and writes codes and
 * floats straight into the shared store and the shard's shared file buffer;
 * main writes each finished shard to disk. Several pages are in flight per
 * worker.
 * Warm: valid shards have their codes read from the files into the store.
 * Only shards with changed records (or a changed vocabulary, or a lost
 * file) are recomputed.
 */
import type Database from 'better-sqlite3';
import type { Entity } from '../contract/dto';
import { AppError } from '../contract/errors';
import type { ComputePool } from '../compute/pool';
import {
  dataVersion,
  deleteShardsExcept,
  saveShards,
  type ShardIndexEntry,
  recordCount,
  shardStamps,
  storedShards,
  SHARD_BITS,
  SHARD_SIZE,
  type StoredShard,
} from '../db/queries/embedding-cache';
import { featurePage, idRange, type FeaturePage } from '../db/queries/features';
import type { FeatureVocabulary } from '../../src-workers/embed/types';
import type { CompanyPartsHandle } from '../../src-workers/protocol';
import { VectorStore } from '../../src-workers/math/vector-store';
import { shardLayout } from '../../src-workers/math/shard-layout';
import { cacheDir, readShardCodes, removeUnindexedFiles, removeVectors, ShardFileBuffer, shardFileName, VectorFileReader, type ShardFile } from './vector-files';

export interface EmbeddingMatrix {
  dim: number;
  rows: number;
  ids: Int32Array;
  /** The int8 copy and bounds of every row (no floats). */
  store: VectorStore;
  /** Float rows on demand, from the shard files. */
  files: { dir: string; shards: ShardFile[] };
  /** Rows embedded in this call (the rest came from the cache). */
  embedded: number;
}

export interface EmbedProgress {
  processed: number;
  total: number;
}

/** Ids per page: a page is one statement and one task. */
const PAGE = 4096;

type Vocab = { version: string; body: FeatureVocabulary };

export function openVectorReader(m: EmbeddingMatrix): VectorFileReader {
  return new VectorFileReader(m.files.dir, m.files.shards, m.dim);
}

export async function embeddingMatrix(
  db: Database.Database,
  pool: ComputePool,
  entity: Entity,
  vocab: Vocab,
  options: { signal?: AbortSignal; onProgress?: (p: EmbedProgress) => void; slots?: number } = {},
): Promise<EmbeddingMatrix> {
  const dim = vocab.body.dim;
  const dir = cacheDir(db.name);
  const currentData = dataVersion(db);
  const stored = new Map(storedShards(db, entity).map((s) => [s.shard, s]));
  // Nothing imported since every shard was built: skip the stamp scan over all records.
  const allCurrent =
    stored.size > 0 && [...stored.values()].every((s) => s.data_version === currentData && s.feature_version === vocab.version && s.dim === dim);
  // Nothing cached: every shard is built, and each one's count is learned as its pages are read.
  const cold = stored.size === 0;
  const stamps = allCurrent
    ? [...stored.values()].map((s) => ({ shard: s.shard, count: s.count, stamp: s.data_version }))
    : cold
      ? []
      : shardStamps(db, entity);
  const total = cold ? recordCount(db, entity) : stamps.reduce((n, s) => n + s.count, 0);
  const valid = (s: StoredShard | undefined, count: number, stamp: number) =>
    s !== undefined && s.feature_version === vocab.version && s.dim === dim && s.count === count && stamp <= s.data_version;

  const store = VectorStore.create({ rows: Math.max(1, total), dim, slots: Math.max(1, options.slots ?? pool.threads), floats: false });
  if (store.stride !== dim) throw new AppError('internal', `Embedding dimension ${dim} needs row padding; use a multiple of 16.`);
  const ids = new Int32Array(total);
  const shardFiles: ShardFile[] = [];
  let processed = 0;
  const report = () => options.onProgress?.({ processed, total });

  // Pass 1: shards whose cached codes are still valid are read now (all at once); the rest are queued for embedding.
  // A count or first row of -1 is not known yet (a cold build learns them from the pages).
  const stale: { shard: number; count: number; firstRow: number; cached: StoredShard | undefined }[] = [];
  const range = cold ? idRange(db, entity) : null;
  if (range) for (let shard = range.lo >> SHARD_BITS; shard <= range.hi >> SHARD_BITS; shard++) stale.push({ shard, count: -1, firstRow: -1, cached: undefined });
  let row = 0;
  // Up to 16 files open at once: enough to keep libuv's threads busy, far from any descriptor limit.
  const loads = new BoundedTasks(16);
  for (const { shard, count, stamp } of stamps) {
    const cached = stored.get(shard);
    const firstRow = row;
    const file = shardFileName(entity, shard, vocab.version, currentData);
    const entry: ShardFile = { firstRow, count, file: valid(cached, count, stamp) ? cached!.vectors_file : file };
    shardFiles.push(entry);
    if (valid(cached, count, stamp)) {
      await loads.add(
        readShardCodes(dir, cached!.vectors_file, store, firstRow, count).then((loaded) => {
          if (loaded) {
            ids.set(new Int32Array(cached!.ids.buffer, cached!.ids.byteOffset, count), firstRow);
            processed += count;
            report();
          } else {
            entry.file = file;
            stale.push({ shard, count, firstRow, cached });
          }
        }),
      );
    } else {
      stale.push({ shard, count, firstRow, cached });
    }
    row += count;
  }
  await loads.drain();
  if (options.signal?.aborted) throw new AppError('cancelled', 'The job was cancelled.');
  stale.sort((a, b) => a.firstRow - b.firstRow);

  // Pass 2: embed the stale shards, pages of every shard in flight on every worker.
  if (stale.length > 0) {
    // A lead's company part is its company's: embedded once per company, then shared with the workers.
    const companyParts = entity === 'leads' ? await embedCompanyParts(db, pool, vocab, options.signal) : null;
    // Deep enough that the workers never run dry while main reads the next shard's pages (four at a time).
    const pages = new BoundedTasks(pool.threads * 4);
    // Shard files are written asynchronously; at most two wait at a time (each holds ~21 MB at dim 256).
    const writes = new Set<Promise<void>>();
    // Shards whose files are on disk, indexed in one transaction at the end (or when the job stops early, so no work is lost).
    const written: ShardIndexEntry[] = [];
    const replaced: string[] = [];
    try {
      let coldRow = 0;
      for (const s of stale) {
        while (writes.size >= 2) await Promise.race(writes);
        if (options.signal?.aborted) throw new AppError('cancelled', 'The job was cancelled.');
        // The shard's pages are read before any is posted: the file layout depends on the shard's count.
        const shardPages: (FeaturePage & { json: string; at: number })[] = [];
        let count = 0;
        for (let lo = s.shard * SHARD_SIZE; lo < (s.shard + 1) * SHARD_SIZE; lo += PAGE) {
          const page = featurePage(db, entity, lo, lo + PAGE);
          if (page.json === null) continue;
          shardPages.push({ json: page.json, count: page.count, at: count });
          count += page.count;
        }
        if (s.count < 0) {
          if (count === 0) continue;
          s.count = count;
          s.firstRow = coldRow;
          shardFiles.push({ firstRow: coldRow, count, file: shardFileName(entity, s.shard, vocab.version, currentData) });
          coldRow += count;
          if (coldRow > total) throw changed();
        } else if (count !== s.count) throw changed();
        const file = ShardFileBuffer.acquire(s.count, dim, SHARD_SIZE);
        let pending = 0;
        let posted = false; // every page of the shard has been posted
        const name = shardFileName(entity, s.shard, vocab.version, currentData);
        const finish = () => {
          const write: Promise<void> = file.write(dir, name, shardLayout(s.count, dim).bytes).then(() => {
            writes.delete(write);
            file.release();
            written.push({ shard: s.shard, featureVersion: vocab.version, dataVersion: currentData, dim, ids: ids.slice(s.firstRow, s.firstRow + s.count), vectorsFile: name });
            if (s.cached && s.cached.vectors_file !== name) replaced.push(s.cached.vectors_file);
          });
          write.catch(() => undefined); // awaited below
          writes.add(write);
        };
        for (const page of shardPages) {
          const at = page.at;
          pending++;
          const target = { store: store.handle, firstRow: s.firstRow + at, shard: file.bytes, shardCount: s.count, shardRow: at };
          await pages.add(
            pool.embedPage({ vocabVersion: vocab.version, vocab: vocab.body, page: page.json, target, companyParts }, options.signal).then((result) => {
              ids.set(new Int32Array(result, 0, page.count), s.firstRow + at);
              processed += page.count;
              report();
              if (--pending === 0 && posted) finish();
            }),
          );
        }
        posted = true;
        if (pending === 0) finish();
      }
      await pages.drain();
      await Promise.all([...writes]);
      if (cold && coldRow !== total) throw changed();
    } finally {
      await Promise.allSettled([...writes]);
      saveShards(db, entity, written);
      removeVectors(dir, replaced);
    }
  }
  const built = stale.filter((s) => s.count > 0);
  if (!allCurrent) {
    removeVectors(dir, deleteShardsExcept(db, entity, cold ? built.map((s) => s.shard) : stamps.map((s) => s.shard)));
    // Files no shard points to any more (a job stopped while writing, an older layout): only disk space, but never reused.
    removeUnindexedFiles(dir, entity, new Set(storedShards(db, entity).map((s) => s.vectors_file)));
  }
  return { dim, rows: total, ids, store, files: { dir, shards: shardFiles }, embedded: built.reduce((n, s) => n + s.count, 0) };
}

const changed = () => new AppError('internal', 'Records changed while they were being embedded; run the job again.');

/**
 * At most `limit` tasks in flight: add() waits for the oldest when full. A
 * failure surfaces at the next add() or drain(), and every task is marked
 * handled at once so one failing while others run cannot crash the process.
 */
class BoundedTasks {
  private readonly inFlight: Promise<void>[] = [];

  constructor(private readonly limit: number) {}

  async add(task: Promise<void>): Promise<void> {
    task.catch(() => undefined);
    this.inFlight.push(task);
    if (this.inFlight.length >= this.limit) await this.inFlight.shift();
  }

  async drain(): Promise<void> {
    while (this.inFlight.length > 0) await this.inFlight.shift();
  }
}

/**
 * Company parts of every company, in shared memory for the lead pages'
 * workers: the first half of each company's embedding, indexed by id.
 */
async function embedCompanyParts(db: Database.Database, pool: ComputePool, vocab: Vocab, signal: AbortSignal | undefined): Promise<CompanyPartsHandle | null> {
  const range = idRange(db, 'companies');
  if (!range) return null;
  const dim = vocab.body.dim;
  const half = dim / 2;
  const count = recordCount(db, 'companies');
  const rowOf = new Int32Array(new SharedArrayBuffer((range.hi + 1) * 4));
  const vectors = new Float32Array(new SharedArrayBuffer(Math.max(1, count) * half * 4));
  const queue = new BoundedTasks(pool.threads * 2);
  let filled = 0;
  for (let lo = range.lo; lo <= range.hi; lo += PAGE) {
    if (signal?.aborted) throw new AppError('cancelled', 'The job was cancelled.');
    const page = featurePage(db, 'companies', lo, lo + PAGE);
    if (page.json === null) continue;
    const at = filled;
    filled += page.count;
    if (filled > count) throw new AppError('internal', 'Companies changed while they were being embedded; run the job again.');
    await queue.add(
      pool.embedPage({ vocabVersion: vocab.version, vocab: vocab.body, page: page.json, target: null, companyParts: null }, signal).then((result) => {
        const ids = new Int32Array(result, 0, page.count);
        const v = new Float32Array(result, page.count * 4, page.count * dim);
        for (let i = 0; i < page.count; i++) {
          rowOf[ids[i]!] = at + i + 1;
          vectors.set(v.subarray(i * dim, i * dim + half), (at + i) * half);
        }
      }),
    );
  }
  await queue.drain();
  return { rowOf, vectors };
}
