import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../bench/lib/prng';
import { createRowBitmap, isRowMarked, markRow, rowBitmapOf } from '../../../src-model/vector-search/row-bitmap';
import { mergeTopK, topK, type TopK } from '../../../src-model/vector-search/topk';

/** Top K by sorting everything: the obviously-correct version to compare with. */
function sortedTopK(scores: Float32Array, k: number, minScore = -Infinity, excluded = new Set<number>()): TopK {
  const order = Array.from(scores.keys())
    .filter((row) => (scores[row] as number) >= minScore && !excluded.has(row))
    .sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b)
    .slice(0, k);
  return { rows: Uint32Array.from(order), scores: Float32Array.from(order, (row) => scores[row] as number) };
}

describe('topK', () => {
  it('returns the K best rows, best first, with their scores', () => {
    const result = topK(Float32Array.from([0.1, 0.9, 0.5, 0.7, 0.3]), 3);
    expect(Array.from(result.rows)).toEqual([1, 3, 2]);
    expect(Array.from(result.scores)).toEqual([0.9, 0.7, 0.5].map(Math.fround));
  });

  it('breaks ties by ascending row index', () => {
    const result = topK(Float32Array.from([0.5, 0.8, 0.5, 0.8, 0.5, 0.5]), 4);
    expect(Array.from(result.rows)).toEqual([1, 3, 0, 2]);
  });

  it('keeps the lowest row indices among more ties than K', () => {
    const scores = new Float32Array(100).fill(0.25);
    expect(Array.from(topK(scores, 5).rows)).toEqual([0, 1, 2, 3, 4]);
  });

  it('keeps only scores at or above the minimum score', () => {
    const result = topK(Float32Array.from([0.2, 0.6, 0.4, 0.6, 0.39]), 10, { minScore: 0.4 });
    expect(Array.from(result.rows)).toEqual([1, 3, 2]);
  });

  it('skips excluded rows and fills K from the next best', () => {
    const scores = Float32Array.from([0.9, 0.8, 0.7, 0.6, 0.5]);
    const result = topK(scores, 3, { exclude: rowBitmapOf(5, [0, 2]) });
    expect(Array.from(result.rows)).toEqual([1, 3, 4]);
  });

  it('never selects NaN scores', () => {
    const result = topK(Float32Array.from([Number.NaN, 0.1, Number.NaN]), 3);
    expect(Array.from(result.rows)).toEqual([1]);
  });

  it('returns fewer rows when fewer pass, and nothing for K = 0', () => {
    expect(topK(Float32Array.from([0.3, 0.2]), 10).rows.length).toBe(2);
    expect(topK(Float32Array.from([0.3, 0.2]), 0).rows.length).toBe(0);
    expect(() => topK(new Float32Array(2), -1)).toThrow(RangeError);
  });

  it('reports rows by id for gathered scores and by offset for a slice', () => {
    const scores = Float32Array.from([0.1, 0.7, 0.4]);
    expect(Array.from(topK(scores, 2, { rowIds: Uint32Array.from([40, 10, 30]) }).rows)).toEqual([10, 30]);
    expect(Array.from(topK(scores, 2, { rowOffset: 1000 }).rows)).toEqual([1001, 1002]);
  });

  it('applies the exclusion bitmap by row id, not by position', () => {
    const scores = Float32Array.from([0.9, 0.8]);
    const result = topK(scores, 2, { rowIds: Uint32Array.from([7, 3]), exclude: rowBitmapOf(8, [7]) });
    expect(Array.from(result.rows)).toEqual([3]);
  });

  it('matches a full sort on random scores with many duplicates', () => {
    const prng = mulberry32(42);
    for (const [n, k] of [[1, 1], [10, 3], [1000, 1], [5000, 100], [5000, 5000], [20000, 777]] as const) {
      const scores = Float32Array.from({ length: n }, () => prng.int(0, 200) / 200);
      const excluded = new Set(Array.from({ length: Math.floor(n / 10) }, () => prng.int(0, n - 1)));
      const minScore = prng.next() * 0.5;
      const expected = sortedTopK(scores, k, minScore, excluded);
      const actual = topK(scores, k, { minScore, exclude: rowBitmapOf(n, excluded) });
      expect(Array.from(actual.rows)).toEqual(Array.from(expected.rows));
      expect(Array.from(actual.scores)).toEqual(Array.from(expected.scores));
    }
  });
});

describe('mergeTopK', () => {
  it('equals the top K of the concatenated shards', () => {
    const prng = mulberry32(9);
    const scores = Float32Array.from({ length: 3000 }, () => prng.int(0, 50) / 50);
    const shards = [0, 1000, 2000].map((first) => topK(scores.subarray(first, first + 1000), 60, { rowOffset: first }));
    const merged = mergeTopK(shards, 60);
    expect(Array.from(merged.rows)).toEqual(Array.from(topK(scores, 60).rows));
  });

  it('gives the same rows and scores whatever order the parts come in, rows interleaved, K beyond them all', () => {
    const prng = mulberry32(4);
    const scores = Float32Array.from({ length: 2400 }, () => prng.int(0, 30) / 30);
    // Chunks of scattered rows (every third row to each), as the re-scoring of pre-pass candidates makes them.
    const chunks = [0, 1, 2].map((r0) => Uint32Array.from({ length: 800 }, (_, i) => r0 + 3 * i));
    const parts = chunks.map((rowIds) => topK(Float32Array.from(rowIds, (r) => scores[r]!), 500, { rowIds }));
    const whole = topK(scores, 500);
    for (const order of [[0, 1, 2], [2, 0, 1], [1, 2, 0]]) {
      const merged = mergeTopK(order.map((i) => parts[i]!), 500);
      expect(Array.from(merged.rows)).toEqual(Array.from(whole.rows));
      expect(Array.from(merged.scores)).toEqual(Array.from(whole.scores));
    }
    expect(mergeTopK(parts, 5_000).rows.length).toBe(1_500);
    expect(mergeTopK([], 10).rows.length).toBe(0);
  });
});

describe('row bitmap', () => {
  it('marks and reads single rows, one bit each', () => {
    const bitmap = createRowBitmap(20);
    expect(bitmap.length).toBe(3);
    markRow(bitmap, 9);
    expect([8, 9, 10].map((row) => isRowMarked(bitmap, row))).toEqual([false, true, false]);
  });

  it('treats rows beyond its end as unmarked and refuses to mark them', () => {
    const bitmap = createRowBitmap(8);
    expect(isRowMarked(bitmap, 100)).toBe(false);
    expect(() => markRow(bitmap, 8)).toThrow(RangeError);
  });
});
