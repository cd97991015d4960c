/**
 * The plain single-threaded JavaScript scoring loop: the yardstick the
 * kernels are tested against and the baseline the benchmark prints.
 * Float64 accumulation, one rounding to float32 at the end.
 */
export function referenceScores(matrix: Float32Array, dim: number, q: ArrayLike<number>): Float32Array {
  if (q.length !== dim) throw new RangeError(`query has ${q.length} lanes, rows have ${dim}`);
  const rows = Math.floor(matrix.length / dim);
  const out = new Float32Array(rows);
  for (let row = 0, base = 0; row < rows; row++, base += dim) {
    let sum = 0;
    for (let i = 0; i < dim; i++) sum += (matrix[base + i] as number) * (q[i] as number);
    out[row] = sum;
  }
  return out;
}
