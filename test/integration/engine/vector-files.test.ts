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

describe('the embedding cache files', () => {
  it('reads float rows back across shard files, in any order, runs of neighbours included', async () => {
    await writeShard('leads-0-v-1.vec', 0, 5);
    await writeShard('leads-1-v-1.vec', 5, 3);
    const reader = new VectorFileReader(
      t.dir,
      [
        { firstRow: 0, count: 5, file: 'leads-0-v-1.vec' },
        { firstRow: 5, count: 3, file: 'leads-1-v-1.vec' },
      ],
      DIM,
    );
    const rows = [7, 3, 4, 5, 6, 0];
    const out = reader.readRows(rows);
    reader.close();
    expect(rows.map((_, i) => out[i * DIM])).toEqual(rows);
    expect(rows.map((_, i) => out[i * DIM + DIM - 1])).toEqual(rows);
  });

  it('says which cache file is missing, and that running the job again rebuilds it', () => {
    const reader = new VectorFileReader(t.dir, [{ firstRow: 0, count: 2, file: 'leads-0-gone.vec' }], DIM);
    expect(() => reader.readRows([1])).toThrow(/leads-0-gone\.vec is missing; run the job again/);
    expect(() => reader.readRows([2])).toThrow(RangeError);
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
