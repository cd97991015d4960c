/**
 * Seeded test data for the math tests: embeddings shaped like the real ones
 * (two unit-normalised parts, sparse one-hot blocks plus a few dense
 * projection lanes) and plain dense random rows.
 */
import { mulberry32, type Prng } from '../../bench/lib/prng';
import { normalizeParts, type IndexRange } from '../../../src-model/vector-search/vectors';
import { VectorStore } from '../../../src-model/vector-search/vector-store';

export const halves = (dim: number): IndexRange[] => [
  { start: 0, end: dim / 2 },
  { start: dim / 2, end: dim },
];

export function gaussian(prng: Prng): number {
  const u = 1 - prng.next();
  const v = prng.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Dense random rows, each part unit-normalised. */
export function denseRows(rows: number, dim: number, seed: number): Float32Array {
  const prng = mulberry32(seed);
  const matrix = new Float32Array(rows * dim);
  for (let r = 0; r < rows; r++) {
    const row = matrix.subarray(r * dim, (r + 1) * dim);
    for (let i = 0; i < dim; i++) row[i] = gaussian(prng);
    normalizeParts(row, halves(dim));
  }
  return matrix;
}

/** Sparse rows: a few one-hot lanes per part plus 8 dense lanes, parts unit-normalised; ~10% miss the lead part. */
export function sparseRows(rows: number, dim: number, seed: number): Float32Array {
  const prng = mulberry32(seed);
  const matrix = new Float32Array(rows * dim);
  const half = dim / 2;
  for (let r = 0; r < rows; r++) {
    const row = matrix.subarray(r * dim, (r + 1) * dim);
    for (const [start, present] of [[0, true], [half, !prng.chance(0.1)]] as const) {
      if (!present) continue;
      for (let hot = 0; hot < 4; hot++) row[start + prng.int(0, half - 9)] = 0.5 + prng.next();
      for (let i = half - 8; i < half; i++) row[start + i] = 0.3 * gaussian(prng);
    }
    normalizeParts(row, halves(dim));
  }
  return matrix;
}

export function randomQuery(dim: number, seed: number): Float32Array {
  const prng = mulberry32(seed);
  const q = new Float32Array(dim);
  for (let i = 0; i < dim; i++) q[i] = gaussian(prng);
  normalizeParts(q, halves(dim));
  for (let i = 0; i < dim / 2; i++) q[i] = (q[i] as number) * 0.7;
  for (let i = dim / 2; i < dim; i++) q[i] = (q[i] as number) * 0.3;
  return q;
}

/** A quantised store holding the rows of a row-major matrix. */
export function storeOf(matrix: Float32Array, dim: number, slots = 1): VectorStore {
  const rows = matrix.length / dim;
  const store = VectorStore.create({ rows, dim, slots });
  for (let r = 0; r < rows; r++) store.setRow(r, matrix.subarray(r * dim, (r + 1) * dim));
  store.quantize();
  return store;
}
