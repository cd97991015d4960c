import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../src-model/math/seeded-random';
import { mergeBestTopK, rescoreBestTopK } from '../../../src-model/vector-search/exact-rescore';
import { RowScorer } from '../../../src-model/vector-search/row-scorer';
import { loadRows, scratchStore } from '../../../src-model/vector-search/scratch-store';

const DIM = 24;

function vectors(count: number, seed: number): Float32Array {
  const rnd = seededRandom(seed);
  return Float32Array.from({ length: count * DIM }, () => (rnd() < 0.3 ? rnd() * 2 - 1 : 0));
}

describe('exact re-scoring under several queries (focused, nearest, multi)', () => {
  it('keeps the top K by each row\'s best query, with that query and its exact kernel score, ties by row', () => {
    const count = 500;
    const v = vectors(count, 1);
    const queries = [vectors(1, 2), vectors(1, 3), vectors(1, 4)];
    const offsets = [0, -0.4, 0.25];
    // Row ids as a re-score chunk has them: ascending, not contiguous.
    const rows = Uint32Array.from({ length: count }, (_, i) => 1000 + 3 * i);
    const got = rescoreBestTopK({ queries, offsets, rows, vectors: v.slice(), k: 60, minRaw: -Infinity });

    // The reference: each query's scores by the same kernel over the same rows, the best taken in float64.
    const store = scratchStore(DIM, count);
    loadRows(store, v, count);
    const scorer = new RowScorer(store);
    const perQuery = queries.map((q) => Float32Array.from(scorer.scoreExact(q, { first: 0, count })));
    const best = Array.from({ length: count }, (_, i) => {
      let j = 0;
      for (let k = 1; k < queries.length; k++) if (perQuery[k]![i]! + offsets[k]! > perQuery[j]![i]! + offsets[j]!) j = k;
      return { i, j, raw: perQuery[j]![i]! + offsets[j]! };
    }).sort((a, b) => b.raw - a.raw || a.i - b.i);
    const expected = best.slice(0, 60);
    expect(Array.from(got.rows)).toEqual(expected.map((e) => rows[e.i]!));
    expect(Array.from(got.query)).toEqual(expected.map((e) => e.j));
    expect(Array.from(got.raw)).toEqual(expected.map((e) => e.raw));
    // Chunks re-scored apart and merged give the same top K.
    const half = count / 2;
    const parts = [0, half].map((from) =>
      rescoreBestTopK({ queries, offsets, rows: rows.slice(from, from + half), vectors: v.slice(from * DIM, (from + half) * DIM), k: 60, minRaw: -Infinity }),
    );
    expect(mergeBestTopK(parts.reverse(), 60)).toEqual(got);
    // Every query wins somewhere, or the test says nothing about choosing among them.
    expect(new Set(best.map((b) => b.j)).size).toBe(3);
  });

  it('keeps only rows at or above the minimum, and all of them when K exceeds the rows', () => {
    const count = 200;
    const v = vectors(count, 5);
    const queries = [vectors(1, 6), vectors(1, 7)];
    const rows = Uint32Array.from({ length: count }, (_, i) => i);
    const all = rescoreBestTopK({ queries, offsets: [0, 0], rows, vectors: v.slice(), k: 10_000, minRaw: -Infinity });
    expect(all.rows).toHaveLength(count);
    const median = all.raw[100]!;
    const kept = rescoreBestTopK({ queries, offsets: [0, 0], rows, vectors: v.slice(), k: 10_000, minRaw: median });
    expect(kept.rows.length).toBeGreaterThanOrEqual(101);
    expect(Array.from(kept.raw).every((s) => s >= median)).toBe(true);
    expect(rescoreBestTopK({ queries, offsets: [0, 0], rows: new Uint32Array(0), vectors: new Float32Array(0), k: 5, minRaw: 0 }).rows).toHaveLength(0);
  });
});
