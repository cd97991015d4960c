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
 * (db/queries/features.ts), with a turn of the event loop between pages
 * once a slice's time is up (a round of 64 pages read back to back held the
 * web host for 0.5–0.8 s at 300k leads), and posts it; a worker decodes it, embeds it,
 * splices in the company parts, quantises the rows and writes codes and
 * floats straight into the shared store and the shard's shared file buffer;
 * main writes each finished shard to disk (ShardEmbedder).
 * Warm: valid shards have their codes read from the files into the store.
 * Only shards with changed records (or a changed vocabulary, or a lost
 * file) are recomputed; a small import keeps the vocabulary
 * (workspace-vocabulary.ts), so it costs only the shards it touched.
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
  shardStamps,
  storedShards,
  SHARD_BITS,
  SHARD_SIZE,
  type StoredShard,
} from '../db/queries/embedding-cache';
import { recordCount } from '../db/queries/stats';
import { featurePage, idRange } from '../db/queries/features';
import type { FeatureVocabulary } from '../../src-model/embed/types';
import type { CompanyPartsHandle } from '../../src-workers/protocol';
import { VectorStore } from '../../src-model/vector-search/vector-store';
import { shardLayout } from '../../src-model/vector-search/shard-layout';
import { PageSpan } from '../lib/page-span';
import { slicer } from '../lib/slices';
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

/** Ids a page spans at most (lib/page-span.ts sets fewer for wide records): a page is one statement and one task. */
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
  // Nothing imported since every shard was built, and the shards hold every record (a build that was
  // stopped half-way leaves some out): skip the stamp scan over all records.
  const storedRows = [...stored.values()].reduce((n, s) => n + s.count, 0);
  const allCurrent =
    stored.size > 0 &&
    [...stored.values()].every((s) => s.data_version === currentData && s.feature_version === vocab.version && s.dim === dim) &&
    storedRows === recordCount(db, entity);
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
  const stale: StaleShard[] = [];
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

  // Pass 2: embed the stale shards.
  if (stale.length > 0) {
    // A lead's company part is its company's: embedded once per company, then shared with the workers.
    const companyParts = entity === 'leads' ? await embedCompanyParts(db, pool, vocab, options.signal) : null;
    const embedder = new ShardEmbedder(pool, { store, ids, dim, dir, entity, vocab, currentData, companyParts, signal: options.signal }, (n) => {
      processed += n;
      report();
    });
    try {
      let coldRow = 0;
      const slices = slicer(options.signal);
      const spans = new PageSpan(PAGE);
      for (const s of stale) {
        embedder.check();
        // The shard's pages are read together: the file layout depends on the shard's count.
        const shardPages: { json: string; count: number; at: number }[] = [];
        let count = 0;
        const shardEnd = (s.shard + 1) * SHARD_SIZE;
        for (let lo = s.shard * SHARD_SIZE; lo < shardEnd; ) {
          await slices.maybeYield();
          const { value: page, hi } = spans.read(lo, shardEnd, (from, to) => featurePage(db, entity, from, to));
          lo = hi;
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
        await embedder.queueShard(s, shardPages);
      }
      await embedder.finish();
      if (cold && coldRow !== total) throw changed();
    } finally {
      await embedder.settle();
      saveShards(db, entity, embedder.written);
      removeVectors(dir, embedder.replaced);
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

interface StaleShard {
  shard: number;
  count: number;
  firstRow: number;
  cached: StoredShard | undefined;
}

interface EmbedContext {
  store: VectorStore;
  ids: Int32Array;
  dim: number;
  dir: string;
  entity: Entity;
  vocab: Vocab;
  currentData: number;
  companyParts: CompanyPartsHandle | null;
  signal: AbortSignal | undefined;
}

/** Pages read before the workers embed them: ~260k leads, ~40 MB of page text. */
const PAGES_PER_ROUND = 64;

/**
 * Embeds shards in rounds: main reads a round of pages (SQLite builds each as
 * JSON text), then every worker embeds them while main waits; each shard's
 * file is written (asynchronously) once its last page is in, and the shards
 * written are remembered for indexing.
 *
 * Rounds, not reading while the workers embed: main's SQLite work and the
 * workers slowed each other down so much on these 2 cores that overlapping
 * them measured slower than taking turns (1M leads: reading alone 2.0 s,
 * embedding alone 2.9 s; overlapped, reading took 5.4–6 s with one worker
 * beside it, and the whole build 7.3–10 s against 6.4–6.7 s in turns).
 */
class ShardEmbedder {
  readonly written: ShardIndexEntry[] = [];
  readonly replaced: string[] = [];
  private readonly queue: { shard: StaleShard; json: string; count: number; at: number }[] = [];
  private readonly shards = new Map<StaleShard, { file: ShardFileBuffer | null; unfinished: number }>();
  private readonly running = new Set<Promise<void>>();
  private readonly writes = new Set<Promise<void>>();
  private failure: unknown = null;

  constructor(
    private readonly pool: ComputePool,
    private readonly ctx: EmbedContext,
    private readonly onPages: (rows: number) => void,
  ) {}

  /** Throws the first failure (a worker error, a failed write) or a cancellation. */
  check(): void {
    if (this.failure !== null) throw this.failure;
    if (this.ctx.signal?.aborted) throw new AppError('cancelled', 'The job was cancelled.');
  }

  /** Queues a shard's pages; a full round is embedded before this returns. */
  async queueShard(shard: StaleShard, pages: { json: string; count: number; at: number }[]): Promise<void> {
    this.shards.set(shard, { file: null, unfinished: pages.length });
    for (const p of pages) this.queue.push({ shard, ...p });
    if (this.queue.length >= PAGES_PER_ROUND) await this.embedQueued();
  }

  /** Posts every queued page (a few per worker at a time) and waits until they are all embedded. */
  private async embedQueued(): Promise<void> {
    this.pump();
    while (this.running.size > 0) {
      await Promise.race(this.running);
      this.check();
    }
    this.check();
  }

  /** Every queued page embedded and every shard file written. */
  async finish(): Promise<void> {
    await this.embedQueued();
    await Promise.all([...this.writes]);
    this.check();
  }

  /** Waits for what is in flight, failed or not (before indexing what was written). */
  async settle(): Promise<void> {
    this.queue.length = 0;
    await Promise.allSettled([...this.running]);
    await Promise.allSettled([...this.writes]);
  }

  private pump(): void {
    const limit = this.pool.threads * 2;
    while (this.running.size < limit && this.queue.length > 0 && this.failure === null) this.post(this.queue.shift()!);
  }

  private post(page: { shard: StaleShard; json: string; count: number; at: number }): void {
    const { ctx } = this;
    const s = page.shard;
    const state = this.shards.get(s)!;
    state.file ??= ShardFileBuffer.acquire(ctx.dim, SHARD_SIZE);
    const file = state.file;
    const target = { store: ctx.store.handle, firstRow: s.firstRow + page.at, shard: file.bytes, shardCount: s.count, shardRow: page.at };
    const task: Promise<void> = this.pool
      .embedPage({ vocabVersion: ctx.vocab.version, vocab: ctx.vocab.body, page: page.json, target, companyParts: ctx.companyParts }, ctx.signal)
      .then((result) => {
        ctx.ids.set(new Int32Array(result, 0, page.count), s.firstRow + page.at);
        this.onPages(page.count);
        if (--state.unfinished === 0) this.writeShard(s, file);
      })
      .catch((e: unknown) => {
        this.failure ??= e;
      })
      .finally(() => {
        this.running.delete(task);
        this.pump();
      });
    this.running.add(task);
  }

  private writeShard(s: StaleShard, file: ShardFileBuffer): void {
    const { ctx } = this;
    const name = shardFileName(ctx.entity, s.shard, ctx.vocab.version, ctx.currentData);
    const write: Promise<void> = file
      .write(ctx.dir, name, shardLayout(s.count, ctx.dim).bytes)
      .then(() => {
        file.release();
        this.written.push({ shard: s.shard, featureVersion: ctx.vocab.version, dataVersion: ctx.currentData, dim: ctx.dim, ids: ctx.ids.slice(s.firstRow, s.firstRow + s.count), vectorsFile: name });
        if (s.cached && s.cached.vectors_file !== name) this.replaced.push(s.cached.vectors_file);
      })
      .catch((e: unknown) => {
        this.failure ??= e;
      })
      .finally(() => this.writes.delete(write));
    this.writes.add(write);
  }
}

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
  let filled = 0;
  // In rounds, as ShardEmbedder does: read a round of pages, then let every worker embed it.
  const embedRound = async (round: { json: string; count: number; at: number }[]) => {
    const queue = new BoundedTasks(pool.threads * 2);
    for (const page of round) {
      await queue.add(
        pool.embedPage({ vocabVersion: vocab.version, vocab: vocab.body, page: page.json, target: null, companyParts: null }, signal).then((result) => {
          const ids = new Int32Array(result, 0, page.count);
          const v = new Float32Array(result, page.count * 4, page.count * dim);
          for (let i = 0; i < page.count; i++) {
            rowOf[ids[i]!] = page.at + i + 1;
            vectors.set(v.subarray(i * dim, i * dim + half), (page.at + i) * half);
          }
        }),
      );
    }
    await queue.drain();
  };
  let round: { json: string; count: number; at: number }[] = [];
  const slices = slicer(signal);
  const spans = new PageSpan(PAGE);
  for (let lo = range.lo; lo <= range.hi; ) {
    if (signal?.aborted) throw new AppError('cancelled', 'The job was cancelled.');
    await slices.maybeYield();
    const { value: page, hi } = spans.read(lo, range.hi + 1, (from, to) => featurePage(db, 'companies', from, to));
    lo = hi;
    if (page.json === null) continue;
    round.push({ json: page.json, count: page.count, at: filled });
    filled += page.count;
    if (filled > count) throw new AppError('internal', 'Companies changed while they were being embedded; run the job again.');
    if (round.length >= PAGES_PER_ROUND) {
      await embedRound(round);
      round = [];
    }
  }
  await embedRound(round);
  return { rowOf, vectors };
}
