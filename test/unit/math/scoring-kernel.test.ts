import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../bench/lib/prng';
import { referenceScores } from '../../../src-model/vector-search/reference';
import { rowErrorBound } from '../../../src-model/vector-search/quantize';
import { rowBitmapOf } from '../../../src-model/vector-search/row-bitmap';
import { RowScorer, scorerForHandle } from '../../../src-model/vector-search/row-scorer';
import { mergeTopK, type TopK } from '../../../src-model/vector-search/topk';
import { VectorStore } from '../../../src-model/vector-search/vector-store';
import { blockContributions, dot, normalizeParts, profileQuery, weightedCentroid } from '../../../src-model/vector-search/vectors';
import { denseRows, halves, randomQuery, sparseRows, storeOf } from './fixtures';
import type { ShardRequest } from './shard-worker';

const profileQueryOf = (v: Float32Array) => profileQuery(v, halves(v.length), [0.7, 0.3]);

const asLists = (result: TopK) => ({ rows: Array.from(result.rows), scores: Array.from(result.scores) });

describe('float32 WebAssembly kernel', () => {
  it('equals the JavaScript reference within 1e-5 on random data', () => {
    for (const dim of [16, 200, 256]) {
      const matrix = denseRows(3000, dim, dim);
      const q = randomQuery(dim, 1);
      const scorer = new RowScorer(storeOf(matrix, dim));
      const wasm = scorer.scoreExact(q);
      const reference = referenceScores(matrix, dim, q);
      let worst = 0;
      for (let r = 0; r < reference.length; r++) worst = Math.max(worst, Math.abs((wasm[r] as number) - (reference[r] as number)));
      expect(worst).toBeLessThan(1e-5);
    }
  });

  it('scores the profile’s own vector 1.0, a disjoint one 0, and splits scores into reasons that add up', () => {
    const dim = 256;
    const rows = sparseRows(400, dim, 17);
    const centroid = weightedCentroid(rows, dim, [0, 1, 2], [1, 2, 3]);
    const own = normalizeParts(Float32Array.from(centroid), halves(dim));
    const q = profileQueryOf(centroid);
    const disjoint = new Float32Array(dim);
    const firstZero = q.findIndex((x) => x === 0);
    disjoint[firstZero] = 1;
    rows.set(own, 0);
    rows.set(disjoint, dim);
    const scores = new RowScorer(storeOf(rows, dim)).scoreExact(q);
    expect(Math.abs((scores[0] as number) - 1)).toBeLessThan(1e-6);
    expect(scores[1]).toBe(0);
    const blocks = [0, 20, 25, 55, 75, 95, 128, 133, 142, 162, 167, 256].slice(0, -1).map((start, b, starts) => ({
      name: `block${b}`,
      start,
      end: starts[b + 1] ?? dim,
    }));
    for (let r = 0; r < 400; r++) {
      const reasons = blockContributions(q, rows.subarray(r * dim, (r + 1) * dim), blocks);
      expect(Math.abs(reasons.reduce((sum, x) => sum + x, 0) - (scores[r] as number))).toBeLessThan(1e-6);
    }
  });

  it('scores a sub-range into the rows it names', () => {
    const dim = 64;
    const matrix = denseRows(500, dim, 3);
    const q = randomQuery(dim, 4);
    const scorer = new RowScorer(storeOf(matrix, dim));
    const full = Float32Array.from(scorer.scoreExact(q));
    const part = scorer.scoreExact(q, { first: 120, count: 77 });
    expect(Array.from(part)).toEqual(Array.from(full.subarray(120, 197)));
  });

  it('rejects a query of the wrong length and a range outside the store', () => {
    const scorer = new RowScorer(storeOf(denseRows(10, 32, 1), 32));
    expect(() => scorer.scoreExact(new Float32Array(31))).toThrow(RangeError);
    expect(() => scorer.scoreExact(new Float32Array(32), { first: 5, count: 6 })).toThrow(RangeError);
  });
});

describe('int8 pre-pass', () => {
  it('stays within the proven error bound of the exact score on every row', () => {
    const dim = 256;
    for (const matrix of [denseRows(4000, dim, 11), sparseRows(4000, dim, 12), halfStepRows(4000, dim, 13).matrix]) {
      const store = storeOf(matrix, dim);
      const scorer = new RowScorer(store);
      for (const seed of [1, 2, 3]) {
        const q = seed === 3 ? halfStepRows(1, dim, 13).query : randomQuery(dim, seed);
        const exact = Float32Array.from(scorer.scoreExact(q));
        const { scores: approx, bound } = scorer.scoreApproximate(q);
        for (let r = 0; r < store.rows; r++) {
          const error = Math.abs((exact[r] as number) - (approx[r] as number));
          expect(error).toBeLessThanOrEqual(rowErrorBound(bound, store.residualNorms[r] as number, store.norms[r] as number));
        }
      }
    }
  });

  it('stays within the bound and keeps the exact top K for rows of an odd number of 16-lane blocks', () => {
    for (const dim of [16, 48, 208]) {
      const store = storeOf(denseRows(3000, dim, dim + 1), dim);
      const scorer = new RowScorer(store);
      const q = randomQuery(dim, dim + 2);
      const exact = Float32Array.from(scorer.scoreExact(q));
      const { scores: approx, bound } = scorer.scoreApproximate(q);
      for (let r = 0; r < store.rows; r++) {
        const error = Math.abs((exact[r] as number) - (approx[r] as number));
        expect(error).toBeLessThanOrEqual(rowErrorBound(bound, store.residualNorms[r] as number, store.norms[r] as number));
      }
      expect(asLists(scorer.topK(q, { k: 50 }))).toEqual(asLists(scorer.topKExact(q, { k: 50 })));
    }
  });

  it('is bounded tightly enough to be useful (mean bound under 0.02 on sparse rows)', () => {
    const dim = 256;
    const store = storeOf(sparseRows(2000, dim, 21), dim);
    const { bound } = new RowScorer(store).scoreApproximate(randomQuery(dim, 5));
    let total = 0;
    for (let r = 0; r < store.rows; r++) total += rowErrorBound(bound, store.residualNorms[r] as number, store.norms[r] as number);
    expect(total / store.rows).toBeLessThan(0.02);
  });
});

/**
 * Rows built to fool an int8 ranking: every lane sits just beside a
 * rounding half-step, rounding down on the query's positive lanes for half
 * of the rows (approximate score too low) and up for the other half (too
 * high), so the approximate order disagrees with the exact one.
 */
function halfStepRows(rows: number, dim: number, seed: number): { matrix: Float32Array; query: Float32Array } {
  const prng = mulberry32(seed);
  const query = new Float32Array(dim);
  for (let i = 0; i < dim; i++) query[i] = prng.chance(0.5) ? 0.1 : -0.1;
  const matrix = new Float32Array(rows * dim);
  for (let r = 0; r < rows; r++) {
    const step = 1 / 127;
    const flatterer = r % 2 === 1;
    const row = matrix.subarray(r * dim, (r + 1) * dim);
    row[0] = 1; // fixes the row's scale at 1/127
    for (let i = 1; i < dim; i++) {
      const code = prng.int(-40, 40);
      const roundsUp = flatterer === (query[i] as number) > 0;
      row[i] = (code + (roundsUp ? 0.5001 : 0.4999)) * step;
    }
  }
  return { matrix, query };
}

describe('int8 pre-pass + exact re-score', () => {
  const dim = 256;

  function expectSameAsExact(scorer: RowScorer, q: Float32Array, options: Parameters<RowScorer['topK']>[1]) {
    const exact = asLists(scorer.topKExact(q, options));
    const fast = scorer.topK(q, options);
    expect(asLists(fast)).toEqual(exact);
    return fast;
  }

  it('returns exactly the float top K (rows and order) on random data', () => {
    for (const matrix of [sparseRows(20000, dim, 31), denseRows(6000, dim, 32)]) {
      const scorer = new RowScorer(storeOf(matrix, dim));
      for (const seed of [1, 2]) {
        const q = randomQuery(dim, seed);
        for (const k of [1, 10, 100, 1000]) expectSameAsExact(scorer, q, { k });
      }
    }
  });

  it('re-scores only a small share of sparse rows', () => {
    const scorer = new RowScorer(storeOf(sparseRows(20000, dim, 31), dim));
    const result = expectSameAsExact(scorer, randomQuery(dim, 3), { k: 100 });
    expect(result.candidates).toBeLessThan(20000 / 4);
    expect(result.candidates).toBeGreaterThanOrEqual(100);
  });

  it('returns exactly the float top K where the int8 order disagrees with it', () => {
    const { matrix, query } = halfStepRows(6000, dim, 41);
    const scorer = new RowScorer(storeOf(matrix, dim));
    const { scores: approx } = scorer.scoreApproximate(query);
    const approxOrder = Array.from(approx.keys()).sort((a, b) => (approx[b] as number) - (approx[a] as number) || a - b);
    const exact = scorer.topKExact(query, { k: 50 });
    expect(approxOrder.slice(0, 50)).not.toEqual(Array.from(exact.rows));
    expectSameAsExact(scorer, query, { k: 50 });
  });

  it('returns exactly the float top K among many near-ties and exact ties at the cut', () => {
    const prng = mulberry32(51);
    const base = sparseRows(1, dim, 52);
    const matrix = new Float32Array(8000 * dim);
    for (let r = 0; r < 8000; r++) {
      const row = matrix.subarray(r * dim, (r + 1) * dim);
      row.set(base);
      // Most rows differ from the base by a few ulps, far below the int8
      // error; every fifth row is an exact copy (a true tie, ranked by index).
      if (r % 5 !== 0) {
        for (let n = 0; n < 3; n++) {
          const lane = prng.int(0, dim - 1);
          row[lane] = (row[lane] as number) + (prng.next() - 0.5) * 1e-6;
        }
      }
      normalizeParts(row, halves(dim));
    }
    const scorer = new RowScorer(storeOf(matrix, dim));
    const q = randomQuery(dim, 53);
    for (let i = 0; i < dim; i++) q[i] = (q[i] as number) * 0.1 + (base[i] as number) * 0.5;
    for (const k of [1, 37, 1000, 7999]) expectSameAsExact(scorer, q, { k });
    // A minimum score equal to a tied exact score keeps every row at it (inclusive).
    const exactScores = Float32Array.from(scorer.scoreExact(q));
    const atCut = exactScores[0] as number;
    const result = expectSameAsExact(scorer, q, { k: 8000, minScore: atCut });
    expect(Array.from(result.rows).filter((row) => row % 5 === 0).length).toBe(1600);
  });

  it('honours the minimum score and the exclusions in the same pass', () => {
    const scorer = new RowScorer(storeOf(sparseRows(20000, dim, 61), dim));
    const q = randomQuery(dim, 62);
    const best = scorer.topKExact(q, { k: 200 });
    const exclude = rowBitmapOf(20000, Array.from(best.rows).filter((_, i) => i % 2 === 0));
    const minScore = best.scores[150] as number;
    const result = expectSameAsExact(scorer, q, { k: 200, minScore, exclude });
    for (const row of result.rows) expect(exclude[row >>> 3]! & (1 << (row & 7))).toBe(0);
    for (const score of result.scores) expect(score).toBeGreaterThanOrEqual(minScore);
    expect(result.rows.length).toBeGreaterThan(0);
  });

  it('moves the next best rows up when the best ones are excluded', () => {
    const scorer = new RowScorer(storeOf(sparseRows(20000, dim, 63), dim));
    const q = randomQuery(dim, 64);
    const best = scorer.topKExact(q, { k: 600 });
    const exclude = rowBitmapOf(20000, best.rows.subarray(0, 500));
    const result = expectSameAsExact(scorer, q, { k: 100, exclude });
    expect(Array.from(result.rows)).toEqual(Array.from(best.rows.subarray(500, 600)));
  });

  it('falls back to the histogram cut when the sampled rows mislead the guess, with the same answer', () => {
    // 20,000 rows sample every second row; make exactly those rows the best
    // ones, so the sample overstates how many rows reach its cut.
    const good = sparseRows(1, dim, 65);
    const rows = sparseRows(20000, dim, 66);
    for (let r = 0; r < 20000; r += 2) rows.set(good, r * dim);
    const scorer = new RowScorer(storeOf(rows, dim));
    const q = profileQueryOf(good);
    const result = expectSameAsExact(scorer, q, { k: 12000 });
    expect(result.cutFrom).toBe('histogram');
    expect(expectSameAsExact(scorer, q, { k: 100 }).cutFrom).toBe('sample');
  });

  it('returns every eligible row when K exceeds them', () => {
    const scorer = new RowScorer(storeOf(denseRows(300, 64, 71), 64));
    const result = expectSameAsExact(scorer, randomQuery(64, 72), { k: 1000, exclude: rowBitmapOf(300, [5, 6]) });
    expect(result.rows.length).toBe(298);
  });

  it('gives the same top K shard by shard (merged) as over the whole store', () => {
    const store = storeOf(sparseRows(10000, dim, 81), dim, 2);
    const scorer = new RowScorer(store);
    const q = randomQuery(dim, 82);
    const whole = scorer.topKExact(q, { k: 300 });
    const shards = [
      scorer.topK(q, { k: 300, first: 0, count: 4321, slot: 0 }),
      scorer.topK(q, { k: 300, first: 4321, count: 10000 - 4321, slot: 1 }),
    ];
    expect(asLists(mergeTopK(shards, 300))).toEqual(asLists(whole));
  });
});

/** A worker thread running shard-worker.ts through tsx (a worker does not inherit the test runner's loader). */
function startShardWorker(): Worker {
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const script = new URL('./shard-worker.ts', import.meta.url).href;
  return new Worker(`import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(script)}); });`, {
    eval: true,
  });
}

describe('worker threads', () => {
  it('score disjoint shards of one shared store to the single-thread top K', async () => {
    const dim = 256;
    const store = storeOf(sparseRows(20000, dim, 95), dim, 2);
    const q = randomQuery(dim, 96);
    const workers = [startShardWorker(), startShardWorker()];
    try {
      const shards = await Promise.all(
        workers.map(
          (worker, w) =>
            new Promise<TopK>((resolve, reject) => {
              worker.once('message', resolve);
              worker.once('error', reject);
              const request: ShardRequest = { handle: store.handle, q, k: 250, first: w * 10000, count: 10000, slot: w };
              worker.postMessage(request);
            }),
        ),
      );
      expect(asLists(mergeTopK(shards, 250))).toEqual(asLists(new RowScorer(store).topKExact(q, { k: 250 })));
    } finally {
      await Promise.all(workers.map((worker) => worker.terminate()));
    }
  });
});

describe('vector store', () => {
  it('serves another thread’s view of the same rows through a cloned handle', () => {
    const dim = 32;
    const store = storeOf(sparseRows(1000, dim, 91), dim);
    const remote = scorerForHandle(structuredClone(store.handle));
    expect(remote.store).not.toBe(store);
    expect(scorerForHandle(structuredClone(store.handle))).toBe(remote);
    const q = randomQuery(dim, 92);
    expect(asLists(remote.topK(q, { k: 20 }))).toEqual(asLists(new RowScorer(store).topKExact(q, { k: 20 })));
  });

  it('pads rows to a multiple of 16 lanes with zeros', () => {
    const store = VectorStore.create({ rows: 2, dim: 20 });
    expect(store.stride).toBe(32);
    store.setRow(1, Float32Array.from({ length: 20 }, () => 1));
    expect(Array.from(store.row(1).subarray(20))).toEqual(new Array(12).fill(0));
    expect(() => store.setRow(0, new Float32Array(32))).toThrow(RangeError);
  });

  it('refuses a matrix larger than a 32-bit WebAssembly memory', () => {
    expect(() => VectorStore.create({ rows: 5_000_000, dim: 256 })).toThrow(/4 GiB/);
  });

  it('scores a row equal to the query’s direction by its norm', () => {
    const dim = 32;
    const v = normalizeParts(Float32Array.from({ length: dim }, (_, i) => (i % 3) + 1), halves(dim));
    const store = storeOf(v, dim);
    expect(new RowScorer(store).scoreExact(v)[0]).toBeCloseTo(dot(v, v), 6);
  });
});
