/**
 * Rows of an embedding matrix in compressed sparse form. An embedding row
 * has a few dozen non-zero slots out of 256, so training and scoring over
 * sparse rows does a tenth of the work of dense loops; the matrix itself
 * stays dense (the scoring kernels want it so).
 */
export interface SparseRows {
  count: number;
  dim: number;
  /** Row r's entries are at [start[r], start[r + 1]). */
  start: Int32Array;
  index: Uint16Array;
  value: Float32Array;
}

/** The given rows of a dense row-major matrix (dim floats a row), in the given order. */
export function sparseRows(matrix: Float32Array, dim: number, rows: ArrayLike<number>): SparseRows {
  let nnz = 0;
  for (let k = 0; k < rows.length; k++) {
    const base = rows[k]! * dim;
    for (let i = 0; i < dim; i++) if (matrix[base + i] !== 0) nnz++;
  }
  const start = new Int32Array(rows.length + 1);
  const index = new Uint16Array(nnz);
  const value = new Float32Array(nnz);
  let at = 0;
  for (let k = 0; k < rows.length; k++) {
    start[k] = at;
    const base = rows[k]! * dim;
    for (let i = 0; i < dim; i++) {
      const x = matrix[base + i]!;
      if (x !== 0) {
        index[at] = i;
        value[at++] = x;
      }
    }
  }
  start[rows.length] = at;
  return { count: rows.length, dim, start, index, value };
}

/** q · row r (float64 accumulation). */
export function sparseDot(s: SparseRows, r: number, q: ArrayLike<number>): number {
  let sum = 0;
  for (let k = s.start[r]!; k < s.start[r + 1]!; k++) sum += s.value[k]! * q[s.index[k]!]!;
  return sum;
}

/** Σ wᵣ·rowᵣ / Σ wᵣ (weights default to 1). */
export function sparseMean(s: SparseRows, rows: ArrayLike<number> | null = null, weights: ArrayLike<number> | null = null): Float64Array {
  const mean = new Float64Array(s.dim);
  let total = 0;
  const n = rows ? rows.length : s.count;
  for (let k = 0; k < n; k++) {
    const r = rows ? rows[k]! : k;
    const w = weights ? weights[k]! : 1;
    total += w;
    for (let j = s.start[r]!; j < s.start[r + 1]!; j++) mean[s.index[j]!]! += w * s.value[j]!;
  }
  if (total > 0) for (let i = 0; i < s.dim; i++) mean[i]! /= total;
  return mean;
}
