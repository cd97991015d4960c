/**
 * The embedding cache's shard files, beside the workspace in
 * `<workspace>.cache/`, one per shard, named by entity, shard, feature
 * version and data version. The table embedding_shards is the index; a file
 * that is missing or the wrong size just makes its shard stale and rebuilt.
 *
 * A file holds its rows' int8 codes and bounds, then their float vectors
 * (src-model/vector-search/shard-layout.ts). A warm job reads only the codes into
 * the code-only store, and reads float rows only for the candidates it
 * re-scores exactly and the rows it explains (VectorFileReader).
 */
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, read, readdirSync, readSync, rmSync, statSync } from 'node:fs';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { open, rename, writeFile, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../contract/errors';
import { SLICE_MS } from '../lib/slices';
import { shardLayout } from '../../src-model/vector-search/shard-layout';
import type { VectorStore } from '../../src-model/vector-search/vector-store';

export function cacheDir(workspacePath: string): string {
  return join(dirname(workspacePath), `${basename(workspacePath)}.cache`);
}

export function shardFileName(entity: string, shard: number, featureVersion: string, dataVersion: number): string {
  return `${entity}-${shard}-${featureVersion}-${dataVersion}.vec`;
}

/**
 * A shard being assembled: a shared buffer in the file's layout that the
 * workers write their pages into (codes and floats), then written to disk
 * in one go. Buffers are reused from shard to shard (sized for a full shard),
 * so a cold job does not fault in a fresh 21 MB for every shard.
 */
export class ShardFileBuffer {
  private static readonly free: ShardFileBuffer[] = [];
  readonly bytes: Uint8Array;

  private constructor(capacityBytes: number) {
    this.bytes = new Uint8Array(new SharedArrayBuffer(capacityBytes));
  }

  /** A buffer with room for `capacityRows` rows (a full shard), reused when one is free. */
  static acquire(dim: number, capacityRows: number): ShardFileBuffer {
    const need = shardLayout(capacityRows, dim).bytes;
    let buffer = ShardFileBuffer.free.pop();
    if (!buffer || buffer.bytes.byteLength < need) buffer = new ShardFileBuffer(need);
    return buffer;
  }

  /** Hands the buffer back for the next shard (after its write finished). At most a few are kept. */
  release(): void {
    if (ShardFileBuffer.free.length < 4) ShardFileBuffer.free.push(this);
  }

  /**
   * Writes the first `bytes` bytes atomically (temp file + rename) so a crash never leaves a half file
   * under a valid name. The temp name is this process's own: the app and the command line may build
   * the same shard at once.
   */
  async write(dir: string, name: string, bytes: number): Promise<void> {
    mkdirSync(dir, { recursive: true });
    const tmp = join(dir, `${name}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
    await writeFile(tmp, this.bytes.subarray(0, bytes));
    await rename(tmp, join(dir, name));
  }
}

/**
 * Reads a shard's codes and bounds into store rows [firstRow, firstRow + count);
 * false when the file is missing or not the expected size. Asynchronous so
 * that many shards load at once on libuv's threads (half the time of reading
 * them one by one on the main thread, which also stays free).
 */
export async function readShardCodes(dir: string, name: string, store: VectorStore, firstRow: number, count: number): Promise<boolean> {
  let file: FileHandle;
  try {
    file = await open(join(dir, name), 'r');
  } catch {
    return false;
  }
  try {
    const dim = store.dim;
    const layout = shardLayout(count, dim);
    if ((await file.stat()).size !== layout.bytes) return false;
    const view = (a: Int8Array | Float32Array, per: number) => new Uint8Array(a.buffer, a.byteOffset + firstRow * per * a.BYTES_PER_ELEMENT, count * per * a.BYTES_PER_ELEMENT);
    const sections: [Uint8Array, number][] = [
      [view(store.codes, dim), layout.codes],
      [view(store.scales, 1), layout.scales],
      [view(store.residualNorms, 1), layout.residualNorms],
      [view(store.norms, 1), layout.norms],
    ];
    for (const [into, position] of sections) {
      let at = 0;
      while (at < into.length) {
        const { bytesRead } = await file.read(into, at, into.length - at, position + at);
        if (bytesRead <= 0) return false;
        at += bytesRead;
      }
    }
    return true;
  } finally {
    await file.close();
  }
}

export function removeVectors(dir: string, names: readonly string[]): void {
  for (const name of names) rmSync(join(dir, name), { force: true });
}

/** A temp file younger than this may belong to a build still running in another process. */
const TEMP_FILE_GRACE_MS = 60 * 60 * 1000;

/** Removes an entity's cache files that are not in `keep`, and temp files a crash left (over an hour old). */
export function removeUnindexedFiles(dir: string, entity: string, keep: ReadonlySet<string>, now = Date.now()): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    if (!name.startsWith(`${entity}-`) || keep.has(name)) continue;
    const file = join(dir, name);
    if (name.endsWith('.tmp')) {
      const modified = statSync(file, { throwIfNoEntry: false })?.mtimeMs;
      if (modified === undefined || now - modified < TEMP_FILE_GRACE_MS) continue;
    }
    rmSync(file, { force: true });
  }
}

export interface ShardFile {
  firstRow: number;
  count: number;
  file: string;
}

function readFully(fd: number, into: Uint8Array, position: number): boolean {
  let at = 0;
  while (at < into.length) {
    const n = readSync(fd, into, at, into.length - at, position + at);
    if (n <= 0) return false;
    at += n;
  }
  return true;
}

/** A single read this long waited for the disk, not the page cache (microseconds). */
const DISK_WAIT_MS = 2;
/** Reads on libuv's threads at once (four threads, kept busy). */
const READS_IN_FLIGHT = 16;

const shortFile = (file: string) => new AppError('internal', `The embedding cache file ${file} is shorter than expected; run the job again to rebuild it.`);

/** The runs `next` gives, read on libuv's threads, READS_IN_FLIGHT at a time; callbacks and a counter, not a promise per read. */
function readOffThread(next: () => Run | null, bytes: Uint8Array, rowBytes: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let inFlight = 0;
    let done = false;
    let failed = false;
    const readFrom = (run: Run, at: number) => {
      const into = bytes.subarray(run.from * rowBytes, run.to * rowBytes);
      inFlight++;
      read(run.fd, into, at, into.length - at, run.position + at, (error, n) => {
        inFlight--;
        if (failed) return;
        if (error || n <= 0) {
          failed = true;
          reject(error ?? shortFile(run.file));
          return;
        }
        if (at + n < into.length) readFrom(run, at + n);
        pump();
      });
    };
    const pump = () => {
      try {
        while (!failed && !done && inFlight < READS_IN_FLIGHT) {
          const run = next();
          if (run) readFrom(run, 0);
          else done = true;
        }
      } catch (e) {
        failed = true;
        reject(e);
        return;
      }
      if (!failed && done && inFlight === 0) resolve();
    };
    pump();
  });
}

/** Rows [from, to) of a read, one call at `position` of a shard file. */
interface Run {
  from: number;
  to: number;
  fd: number;
  position: number;
  file: string;
}

/**
 * Reads float rows of a matrix kept in shard files: the candidates of a
 * search, a profile's examples, the rows a job explains. Runs of consecutive
 * rows are read with one call. A job reads 20k scattered rows for its
 * training set. From the page cache a read takes microseconds: they are read
 * synchronously, with a turn of the event loop every SLICE_MS (on
 * libuv's threads each costs ten more in callbacks, and a warm 1M-lead job's
 * training-set read took half as long again). Once a read has waited for the
 * disk (a millisecond each), the rest are read on libuv's threads, several
 * at once: read synchronously, a block of 1,024 from a cold disk held the
 * web host for 1–2 s at 300k leads.
 * Files are opened on first use; close() when the job is done.
 */
export class VectorFileReader {
  private readonly fds = new Map<number, number>();

  constructor(
    private readonly dir: string,
    /** In row order, contiguous from row 0. */
    private readonly shards: readonly ShardFile[],
    readonly dim: number,
  ) {}

  /** rows.length × dim floats, row i of the result being matrix row rows[i]. */
  async readRows(
    rows: ArrayLike<number>,
    out: Float32Array<ArrayBufferLike> = new Float32Array(rows.length * this.dim),
    { sliceMs = SLICE_MS, diskWaitMs = DISK_WAIT_MS, signal }: { sliceMs?: number; diskWaitMs?: number; signal?: AbortSignal } = {},
  ): Promise<Float32Array<ArrayBufferLike>> {
    const rowBytes = this.dim * 4;
    const bytes = new Uint8Array(out.buffer, out.byteOffset, rows.length * rowBytes);
    this.checkRows(rows);
    // Runs are worked out as they are read, inside the slices: worked out first, 20k scattered rows took
    // 0.1 s of the main thread in one piece.
    let i = 0;
    const next = (): Run | null => {
      if (i >= rows.length) return null;
      const run = this.runAt(rows, i, rowBytes);
      i = run.to;
      return run;
    };
    let sliceStart = performance.now();
    for (let run = next(); run; run = next()) {
      const readStart = performance.now();
      if (!readFully(run.fd, bytes.subarray(run.from * rowBytes, run.to * rowBytes), run.position)) throw shortFile(run.file);
      const now = performance.now();
      // This read waited for the disk: the rest go to libuv's threads, several at once.
      if (now - readStart >= diskWaitMs) {
        await readOffThread(next, bytes, rowBytes);
        break;
      }
      if (now - sliceStart >= sliceMs) {
        await nextTurn();
        // A job stopped meanwhile stops here rather than after thousands more reads.
        if (signal?.aborted) throw new AppError('cancelled', 'Stopped while reading the embedding cache.');
        sliceStart = performance.now();
      }
    }
    return out;
  }

  /** Every row lies in a shard (they are contiguous from row 0): checked before any read. */
  private checkRows(rows: ArrayLike<number>): void {
    const last = this.shards.at(-1);
    const end = last ? last.firstRow + last.count : 0;
    for (let k = 0; k < rows.length; k++) {
      const row = rows[k]!;
      if (!(row >= 0 && row < end && Number.isInteger(row))) throw new RangeError(`row ${row} is in no shard file`);
    }
  }

  /** The read starting at rows[i]: it runs while rows stay consecutive and in the same shard. */
  private runAt(rows: ArrayLike<number>, i: number, rowBytes: number): Run {
    const row = rows[i]!;
    const s = this.shardOf(row);
    const shard = this.shards[s]!;
    let j = i + 1;
    while (j < rows.length && rows[j] === rows[j - 1]! + 1 && rows[j]! < shard.firstRow + shard.count) j++;
    return { from: i, to: j, fd: this.fd(s), position: shardLayout(shard.count, this.dim).vectors + (row - shard.firstRow) * rowBytes, file: shard.file };
  }

  close(): void {
    for (const fd of this.fds.values()) closeSync(fd);
    this.fds.clear();
  }

  private shardOf(row: number): number {
    let lo = 0;
    let hi = this.shards.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.shards[mid]!.firstRow <= row) lo = mid;
      else hi = mid - 1;
    }
    const shard = this.shards[lo];
    if (!shard || row < shard.firstRow || row >= shard.firstRow + shard.count) throw new RangeError(`row ${row} is in no shard file`);
    return lo;
  }

  private fd(shard: number): number {
    let fd = this.fds.get(shard);
    if (fd === undefined) {
      const file = join(this.dir, this.shards[shard]!.file);
      try {
        fd = openSync(file, 'r');
      } catch {
        throw new AppError('internal', `The embedding cache file ${this.shards[shard]!.file} is missing; run the job again to rebuild it.`);
      }
      this.fds.set(shard, fd);
    }
    return fd;
  }
}
