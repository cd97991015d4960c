/** A job's spread of scores from the pre-pass's per-range spreads (src-workers/score-spread.ts, src-main/jobs/score-spread.ts). */
import { describe, expect, it } from 'vitest';
import { quantileOf, sampledRawScores, scoreSpreadOf, spreadTimings } from '../../../src-main/jobs/score-spread';
import { rangeSpread } from '../../../src-workers/score-spread';
import { rowBitmapOf } from '../../../src-model/vector-search/row-bitmap';

describe('rangeSpread', () => {
  it('counts the rows not excluded and finds the best of them, by absolute row', () => {
    const scores = Float32Array.from([0.9, 0.1, 0.5, 0.7, 0.2, 0.3]);
    const exclude = rowBitmapOf(6, [3]);
    const s = rangeSpread(scores, 2, 4, exclude);
    expect(s.ranked).toBe(3);
    expect(s.bestRow).toBe(2);
    expect(s.best).toBeCloseTo(0.5);
    expect(Array.from(s.sample)).toEqual([0.5, NaN, expect.closeTo(0.2), expect.closeTo(0.3)]);
  });

  it('has no best when every row is excluded', () => {
    const s = rangeSpread(Float32Array.from([0.4, 0.6]), 0, 2, rowBitmapOf(2, [0, 1]));
    expect(s).toMatchObject({ ranked: 0, bestRow: -1 });
  });

  it('samples a large range evenly', () => {
    const scores = Float32Array.from({ length: 100_000 }, (_, i) => i / 100_000);
    const s = rangeSpread(scores, 0, 100_000, null);
    expect(s.step).toBe(24);
    expect(s.sample.length).toBe(Math.ceil(100_000 / 24));
    expect(quantileOf(sampledRawScores([[s]], [0]), 0.5)).toBeCloseTo(0.5, 2);
  });
});

describe('sampledRawScores', () => {
  it('scores a record by its best query, offsets added, and leaves excluded rows out', () => {
    const a = rangeSpread(Float32Array.from([0.1, 0.5, 0.3]), 0, 3, rowBitmapOf(3, [2]));
    const b = rangeSpread(Float32Array.from([0.4, 0.2, 0.9]), 0, 3, rowBitmapOf(3, [2]));
    expect(Array.from(sampledRawScores([[a], [b]], [0, 0.1]))).toEqual([expect.closeTo(0.5), expect.closeTo(0.5)]);
  });
});

describe('spreadTimings and scoreSpreadOf', () => {
  it('keeps the shown best and quantiles in the timings, and reads them back for the job detail', () => {
    const sorted = Float64Array.from({ length: 100 }, (_, i) => i / 100);
    const timings = spreadTimings(8800, 1, sorted, (raw) => raw / 2);
    expect(timings).toEqual({ rankedRows: 8800, bestScore: 0.5, scoreP50: 0.245, scoreP90: 0.445, scoreP99: 0.49 });
    expect(scoreSpreadOf({ scoringMs: 3, ...timings })).toEqual({ ranked: 8800, best: 0.5, quantiles: { p50: 0.245, p90: 0.445, p99: 0.49 } });
    // A sampled (approximate) quantile above the exact best is held to it.
    expect(spreadTimings(10, 0.5, sorted, (raw) => raw)).toMatchObject({ bestScore: 0.5, scoreP50: 0.49, scoreP90: 0.5, scoreP99: 0.5 });
  });

  it('has nothing for older jobs, and no best when nothing was ranked', () => {
    expect(scoreSpreadOf({ scoringMs: 3 })).toBeNull();
    expect(scoreSpreadOf(null)).toBeNull();
    expect(spreadTimings(0, null, new Float64Array(), (r) => r)).toEqual({ rankedRows: 0 });
    expect(scoreSpreadOf({ rankedRows: 0 })).toEqual({ ranked: 0, best: null, quantiles: null });
  });
});
