import { describe, expect, it } from 'vitest';
import { shardLayout, shardVectors, writeShardCodes } from '../../../src-model/vector-search/shard-layout';

describe('shard file layout', () => {
  it('puts codes first, then scales, residual norms, norms and the float vectors, with nothing between', () => {
    expect(shardLayout(3, 16)).toEqual({ codes: 0, scales: 48, residualNorms: 60, norms: 72, vectors: 84, bytes: 84 + 3 * 16 * 4 });
  });

  it('writes a page of rows at its place: vectors in place through the view, codes and bounds by copy', () => {
    const count = 5;
    const dim = 16;
    const shard = new Uint8Array(new SharedArrayBuffer(shardLayout(count, dim).bytes));
    const v = shardVectors(shard, count, dim, 2, 2);
    v.fill(1.5);
    const codes = new Int8Array(2 * dim).fill(7);
    writeShardCodes(shard, count, dim, 2, 2, { codes, scales: Float32Array.of(0.5, 0.25), residualNorms: Float32Array.of(1, 2), norms: Float32Array.of(3, 4) });
    const layout = shardLayout(count, dim);
    const floats = new Float32Array(shard.buffer, layout.vectors, count * dim);
    expect([...floats.subarray(0, 2 * dim)].every((x) => x === 0)).toBe(true);
    expect([...floats.subarray(2 * dim, 4 * dim)].every((x) => x === 1.5)).toBe(true);
    expect([...floats.subarray(4 * dim)].every((x) => x === 0)).toBe(true);
    expect([...new Int8Array(shard.buffer, 2 * dim, 2 * dim)].every((c) => c === 7)).toBe(true);
    expect(shard[dim * 2 - 1]).toBe(0);
    expect([...new Float32Array(shard.buffer, layout.scales, count)]).toEqual([0, 0, 0.5, 0.25, 0]);
    expect([...new Float32Array(shard.buffer, layout.norms, count)]).toEqual([0, 0, 3, 4, 0]);
  });

  it('refuses rows outside the shard or a buffer too small for its layout', () => {
    const shard = new Uint8Array(shardLayout(4, 16).bytes);
    expect(() => shardVectors(shard, 4, 16, 3, 2)).toThrow(RangeError);
    expect(() => shardVectors(shard, 8, 16, 0, 1)).toThrow(/needs/);
  });
});
