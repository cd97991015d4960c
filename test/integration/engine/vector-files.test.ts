import { existsSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeUnindexedFiles, ShardFileBuffer, VectorFileReader } from '../../../src-main/engine/vector-files';
import { shardLayout, shardVectors } from '../../../src-model/vector-search/shard-layout';
import { tempDir } from '../../helpers/temp-workspace';

let t: ReturnType<typeof tempDir>;
beforeEach(() => {
  t = tempDir();
});
afterEach(() => t.cleanup());

const DIM = 16;

/** A shard file whose row r holds the value firstRow + r in every lane. */
async function writeShard(name: string, firstRow: number, count: number): Promise<void> {
  const buffer = ShardFileBuffer.acquire(DIM, count);
  const v = shardVectors(buffer.bytes, count, DIM, 0, count);
  for (let r = 0; r < count; r++) v.fill(firstRow + r, r * DIM, (r + 1) * DIM);
  await buffer.write(t.dir, name, shardLayout(count, DIM).bytes);
}

/** Two shard files of the given sizes, rows numbered on from 0, and a reader over them. */
async function twoShards(first: number, second: number): Promise<VectorFileReader> {
  await writeShard('leads-0-v-1.vec', 0, first);
  await writeShard('leads-1-v-1.vec', first, second);
  return new VectorFileReader(
    t.dir,
    [
      { firstRow: 0, count: first, file: 'leads-0-v-1.vec' },
      { firstRow: first, count: second, file: 'leads-1-v-1.vec' },
    ],
    DIM,
  );
}

describe('the embedding cache files', () => {
  it('reads float rows back across shard files, in any order, runs of neighbours included', async () => {
    const reader = await twoShards(5, 3);
    const rows = [7, 3, 4, 5, 6, 0];
    const out = await reader.readRows(rows);
    reader.close();
    expect(rows.map((_, i) => out[i * DIM])).toEqual(rows);
    expect(rows.map((_, i) => out[i * DIM + DIM - 1])).toEqual(rows);
  });

  it('reads thousands of scattered rows, into shared memory too, synchronously in slices or on libuv\'s threads once the disk is slow', async () => {
    const reader = await twoShards(3000, 2000);
    // Every third row, backwards: 1,667 single-row reads, many more than are ever in flight at once.
    const rows = Array.from({ length: 1667 }, (_, i) => 5000 - 1 - 3 * i);
    // A slice of no time: a turn after every read. A disk wait of no time: every read after the first off the thread.
    for (const options of [{ sliceMs: 0 }, { diskWaitMs: 0 }]) {
      const out = new Float32Array(new SharedArrayBuffer(rows.length * DIM * 4));
      let turns = 0;
      const ticking = setInterval(() => turns++, 0);
      await reader.readRows(rows, out, options);
      clearInterval(ticking);
      expect(rows.every((r, i) => out[i * DIM] === r && out[i * DIM + DIM - 1] === r)).toBe(true);
      expect(turns).toBeGreaterThan(0);
    }
    reader.close();
  });

  it('stops at a turn once the job is stopped', async () => {
    const reader = await twoShards(300, 200);
    const stopped = new AbortController();
    stopped.abort();
    await expect(reader.readRows([5, 10, 15], undefined, { sliceMs: 0, signal: stopped.signal })).rejects.toThrow(/Stopped while reading/);
    reader.close();
  });

  it('says a cache file is shorter than expected', async () => {
    await writeShard('leads-0-v-1.vec', 0, 4);
    const reader = new VectorFileReader(t.dir, [{ firstRow: 0, count: 8, file: 'leads-0-v-1.vec' }], DIM);
    await expect(reader.readRows([7])).rejects.toThrow(/leads-0-v-1\.vec is shorter than expected; run the job again/);
    await expect(reader.readRows([0, 7], undefined, { diskWaitMs: 0 })).rejects.toThrow(/leads-0-v-1\.vec is shorter than expected/);
    reader.close();
  });

  it('says which cache file is missing, and that running the job again rebuilds it', async () => {
    const reader = new VectorFileReader(t.dir, [{ firstRow: 0, count: 2, file: 'leads-0-gone.vec' }], DIM);
    await expect(reader.readRows([1])).rejects.toThrow(/leads-0-gone\.vec is missing; run the job again/);
    await expect(reader.readRows([2])).rejects.toThrow(RangeError);
  });

  it('says so too when the missing file comes up among the reads on libuv\'s threads', async () => {
    await writeShard('leads-0-v-1.vec', 0, 4);
    const reader = new VectorFileReader(t.dir, [{ firstRow: 0, count: 4, file: 'leads-0-v-1.vec' }, { firstRow: 4, count: 2, file: 'leads-1-gone.vec' }], DIM);
    await expect(reader.readRows([0, 2, 5], undefined, { diskWaitMs: 0 })).rejects.toThrow(/leads-1-gone\.vec is missing; run the job again/);
    await expect(reader.readRows([0, 6])).rejects.toThrow(RangeError);
    reader.close();
  });

  it('removes files no shard points to, but not another build\'s fresh temp files', () => {
    const names = ['leads-0-a-1.vec', 'leads-1-a-1.vec', 'leads-0-a-1.vec.123-ab.tmp', 'leads-1-a-1.vec.456-cd.tmp', 'companies-0-a-1.vec'];
    for (const n of names) writeFileSync(join(t.dir, n), 'x');
    const old = (Date.now() - 2 * 60 * 60 * 1000) / 1000;
    utimesSync(join(t.dir, 'leads-1-a-1.vec.456-cd.tmp'), old, old);
    removeUnindexedFiles(t.dir, 'leads', new Set(['leads-0-a-1.vec']));
    expect(names.filter((n) => existsSync(join(t.dir, n)))).toEqual(['leads-0-a-1.vec', 'leads-0-a-1.vec.123-ab.tmp', 'companies-0-a-1.vec']);
  });
});
