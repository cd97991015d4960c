import { describe, expect, it } from 'vitest';
import {
  blockContributions,
  dot,
  normalizeParts,
  profileQuery,
  reportedScore,
  weightedCentroid,
  type FeatureBlock,
} from '../../../src-model/vector-search/vectors';
import { halves, sparseRows } from './fixtures';

const DIM = 16;
const PARTS = halves(DIM);
const WEIGHTS = [0.7, 0.3];

/** A vector with the given lanes set, parts normalised. */
function vectorWith(entries: Record<number, number>, dim = DIM): Float32Array {
  const v = new Float32Array(dim);
  for (const [lane, value] of Object.entries(entries)) v[Number(lane)] = value;
  return normalizeParts(v, halves(dim));
}

describe('normalizeParts', () => {
  it('gives each part unit length on its own', () => {
    const v = normalizeParts(Float32Array.from([3, 4, 0, 0, 0, 0, 1, 1]), halves(8));
    expect(Math.hypot(...v.subarray(0, 4))).toBeCloseTo(1, 6);
    expect(Math.hypot(...v.subarray(4, 8))).toBeCloseTo(1, 6);
    expect(v[0]).toBeCloseTo(0.6, 6);
  });

  it('leaves a missing part all zeros', () => {
    const v = normalizeParts(Float32Array.from([1, 1, 0, 0, 0, 0, 0, 0]), halves(8));
    expect(Array.from(v.subarray(4))).toEqual([0, 0, 0, 0]);
  });

  it('rejects a part outside the vector', () => {
    expect(() => normalizeParts(new Float32Array(4), [{ start: 2, end: 6 }])).toThrow(RangeError);
  });
});

describe('profileQuery', () => {
  it('scores a vector identical to the profile 1.0', () => {
    const centroid = vectorWith({ 0: 1, 3: 2, 9: 1, 12: 5 });
    const q = profileQuery(centroid, PARTS, WEIGHTS);
    expect(dot(q, centroid)).toBeCloseTo(1, 6);
  });

  it('scores a vector sharing no feature with the profile 0', () => {
    const q = profileQuery(vectorWith({ 0: 1, 1: 1, 9: 1 }), PARTS, WEIGHTS);
    expect(dot(q, vectorWith({ 4: 1, 13: 1 }))).toBe(0);
  });

  it('splits the score 0.7 company / 0.3 lead when both parts are present', () => {
    const profile = vectorWith({ 0: 1, 8: 1 });
    const q = profileQuery(profile, PARTS, WEIGHTS);
    // company cosine 0.6 (3/5 on the profile's lane), lead cosine 0.8
    const candidate = vectorWith({ 0: 3, 1: 4, 8: 4, 9: 3 });
    expect(dot(q, candidate)).toBeCloseTo(0.7 * 0.6 + 0.3 * 0.8, 6);
  });

  it('gives a profile without lead data all the weight on the company part', () => {
    const q = profileQuery(vectorWith({ 2: 1, 5: 1 }), PARTS, WEIGHTS);
    expect(dot(q, vectorWith({ 2: 1, 5: 1, 10: 1 }))).toBeCloseTo(1, 6);
    expect(Array.from(q.subarray(8))).toEqual(new Array(8).fill(0));
  });

  it('gives a candidate missing the lead part only the company share', () => {
    const profile = vectorWith({ 2: 1, 10: 1 });
    const q = profileQuery(profile, PARTS, WEIGHTS);
    expect(dot(q, vectorWith({ 2: 1 }))).toBeCloseTo(0.7, 6);
  });

  it('refuses a profile with no data in any part', () => {
    expect(() => profileQuery(new Float32Array(DIM), PARTS, WEIGHTS)).toThrow(RangeError);
  });
});

describe('weightedCentroid', () => {
  const matrix = Float32Array.from([
    1, 0, 0, //
    0, 1, 0, //
    0, 0, 1,
  ]);

  it('weights each row by its weight', () => {
    const centroid = weightedCentroid(matrix, 3, [0, 1], [3, 1]);
    expect(Array.from(centroid)).toEqual([0.75, 0.25, 0]);
  });

  it('counts every row once without weights', () => {
    const centroid = weightedCentroid(matrix, 3, [0, 1, 2]);
    for (const x of centroid) expect(x).toBeCloseTo(1 / 3, 7);
  });

  it('ignores rows with weight zero', () => {
    expect(Array.from(weightedCentroid(matrix, 3, [0, 2], [2, 0]))).toEqual([1, 0, 0]);
  });

  it('rejects negative weights, a zero total and rows outside the matrix', () => {
    expect(() => weightedCentroid(matrix, 3, [0], [-1])).toThrow(RangeError);
    expect(() => weightedCentroid(matrix, 3, [0, 1], [0, 0])).toThrow(RangeError);
    expect(() => weightedCentroid(matrix, 3, [3])).toThrow(RangeError);
    expect(() => weightedCentroid(matrix, 3, [0, 1], [1])).toThrow(RangeError);
  });
});

describe('blockContributions', () => {
  const dim = 64;
  const blocks: FeatureBlock[] = [
    { name: 'industry', start: 0, end: 10 },
    { name: 'size', start: 10, end: 14 },
    { name: 'company_other', start: 14, end: 32 },
    { name: 'title', start: 32, end: 50 },
    { name: 'lead_other', start: 50, end: 64 },
  ];

  it('adds up to the score within 1e-6', () => {
    const rows = sparseRows(50, dim, 7);
    const q = profileQuery(weightedCentroid(rows, dim, [0, 1, 2, 3]), halves(dim), WEIGHTS);
    for (let r = 0; r < 50; r++) {
      const v = rows.subarray(r * dim, (r + 1) * dim);
      const reasons = blockContributions(q, v, blocks);
      const total = reasons.reduce((sum, x) => sum + x, 0);
      expect(Math.abs(total - dot(q, v))).toBeLessThan(1e-6);
    }
  });

  it('puts each block’s share in its own slot', () => {
    const q = Float32Array.from({ length: dim }, () => 0.1);
    const v = new Float32Array(dim);
    v[11] = 2; // size block only
    const reasons = blockContributions(q, v, blocks);
    expect(reasons[1]).toBeCloseTo(0.2, 6);
    expect([reasons[0], reasons[2], reasons[3], reasons[4]]).toEqual([0, 0, 0, 0]);
  });
});

describe('reportedScore', () => {
  it('clamps to [0, 1] and reports NaN as 0', () => {
    expect(reportedScore(1.0000001)).toBe(1);
    expect(reportedScore(-0.2)).toBe(0);
    expect(reportedScore(0.42)).toBe(0.42);
    expect(reportedScore(Number.NaN)).toBe(0);
  });
});
