import { describe, expect, it } from 'vitest';
import {
  INT8_CODE_LIMIT,
  quantizeQuery,
  quantizeRows,
  queryCodeLimit,
  roundUpToFloat32,
  type QuantizedRowsTarget,
} from '../../../src-model/vector-search/quantize';
import { denseRows, randomQuery, sparseRows, storeOf } from './fixtures';

function quantized(matrix: Float32Array, stride: number): QuantizedRowsTarget {
  const rows = matrix.length / stride;
  const out = {
    codes: new Int8Array(matrix.length),
    scales: new Float32Array(rows),
    residualNorms: new Float32Array(rows),
    norms: new Float32Array(rows),
  };
  quantizeRows(matrix, stride, 0, rows, out);
  return out;
}

describe('quantizeRows', () => {
  it('uses the full int8 range per row and bounds the rounding residual from above', () => {
    const stride = 64;
    for (const matrix of [denseRows(200, stride, 1), sparseRows(200, stride, 2)]) {
      const out = quantized(matrix, stride);
      for (let r = 0; r < 200; r++) {
        const scale = out.scales[r] as number;
        let maxCode = 0;
        let residual = 0;
        let norm = 0;
        for (let j = r * stride; j < (r + 1) * stride; j++) {
          const code = out.codes[j] as number;
          maxCode = Math.max(maxCode, Math.abs(code));
          const delta = (matrix[j] as number) - scale * code;
          expect(Math.abs(delta)).toBeLessThanOrEqual(scale / 2 + 1e-12);
          residual += delta * delta;
          norm += (matrix[j] as number) ** 2;
        }
        expect(maxCode).toBe(INT8_CODE_LIMIT);
        expect(out.residualNorms[r]).toBeGreaterThanOrEqual(Math.sqrt(residual));
        expect(out.norms[r]).toBeGreaterThanOrEqual(Math.sqrt(norm));
      }
    }
  });

  it('quantises an all-zero row to zero codes with zero bounds', () => {
    const out = quantized(new Float32Array(32), 32);
    expect(out.scales[0]).toBe(0);
    expect(out.residualNorms[0]).toBe(0);
    expect(Array.from(out.codes).every((c) => c === 0)).toBe(true);
  });

  it('gives a row with a non-finite entry infinite bounds, so it is always re-scored', () => {
    const matrix = new Float32Array(16);
    matrix[3] = Number.NaN;
    const out = quantized(matrix, 16);
    expect(out.residualNorms[0]).toBe(Infinity);
    expect(out.norms[0]).toBe(Infinity);
  });
});

describe('quantizeQuery', () => {
  it('keeps codes within the overflow-safe limit and reports its residual', () => {
    const q = randomQuery(256, 3);
    const result = quantizeQuery(q);
    const limit = queryCodeLimit(256);
    let residual = 0;
    for (let j = 0; j < q.length; j++) {
      expect(Math.abs(result.codes[j] as number)).toBeLessThanOrEqual(limit);
      residual += ((q[j] as number) - result.scale * (result.codes[j] as number)) ** 2;
    }
    expect(result.residualNorm).toBeCloseTo(Math.sqrt(residual), 12);
    expect(result.residualNorm).toBeLessThan(1e-3);
  });

  it('shrinks the code limit for long rows so an int32 sum cannot overflow', () => {
    expect(queryCodeLimit(256)).toBe(32767);
    const stride = 2048;
    expect(INT8_CODE_LIMIT * queryCodeLimit(stride) * stride).toBeLessThan(2 ** 31);
  });

  it('refuses a query with a non-finite lane', () => {
    expect(() => quantizeQuery(Float32Array.from([0, Number.POSITIVE_INFINITY]))).toThrow(RangeError);
  });
});

describe('roundUpToFloat32', () => {
  it('returns the nearest float32 at or above the value', () => {
    for (const x of [0, 1, 0.1, 1 / 3, Math.PI, 1e-40, 12345.678901]) {
      const up = roundUpToFloat32(x);
      expect(up).toBeGreaterThanOrEqual(x);
      expect(Math.fround(up)).toBe(up);
      expect(up - x).toBeLessThanOrEqual(Math.max(Math.abs(x) * 2 ** -23, 2 ** -149));
    }
  });
});

describe('the quantisation kernel', () => {
  it('agrees with the reference: same scales, codes within one step, residual bounds that hold', () => {
    const stride = 128;
    const matrix = sparseRows(500, stride, 5);
    matrix.set(denseRows(500, stride, 6).subarray(0, 250 * stride), 250 * stride);
    const reference = quantized(matrix, stride);
    const store = storeOf(matrix, stride);
    expect(Array.from(store.scales)).toEqual(Array.from(reference.scales));
    expect(Array.from(store.norms)).toEqual(Array.from(reference.norms));
    let differing = 0;
    for (let j = 0; j < matrix.length; j++) {
      const gap = Math.abs((store.codes[j] as number) - (reference.codes[j] as number));
      expect(gap).toBeLessThanOrEqual(1);
      differing += gap;
    }
    expect(differing).toBeLessThan(matrix.length / 1000);
    for (let r = 0; r < 500; r++) {
      let residual = 0;
      for (let j = r * stride; j < (r + 1) * stride; j++) residual += ((matrix[j] as number) - (store.scales[r] as number) * (store.codes[j] as number)) ** 2;
      expect(store.residualNorms[r]).toBeGreaterThanOrEqual(Math.sqrt(residual));
      expect(store.residualNorms[r]).toBeLessThanOrEqual(Math.sqrt(residual) * (1 + 1e-6) + 1e-30);
    }
  });

  it('gives zero rows zero bounds and rows with NaN or infinity infinite bounds', () => {
    const matrix = new Float32Array(3 * 32);
    matrix[32 + 5] = Number.NaN;
    matrix[64 + 7] = Number.NEGATIVE_INFINITY;
    const store = storeOf(matrix, 32);
    expect([store.residualNorms[0], store.norms[0], store.scales[0]]).toEqual([0, 0, 0]);
    expect([store.residualNorms[1], store.norms[1]]).toEqual([Infinity, Infinity]);
    expect([store.residualNorms[2], store.norms[2]]).toEqual([Infinity, Infinity]);
    expect(Array.from(store.codes.subarray(32, 96)).every((c) => c === 0)).toBe(true);
  });
});
