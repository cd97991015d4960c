/**
 * A thread's own small float store, for running the kernels on rows that
 * arrive by message (a page just embedded, candidate rows read from the
 * vector files). A kernel instance imports exactly one memory, so rows meant
 * for a shared code-only store are first worked on here and then copied.
 *
 * One per thread, reused across tasks; replaced by a larger one (capacity
 * rounded up to a power of two) when a task brings more rows, or when the
 * dimension changes.
 */
import { VectorStore } from './vector-store';

let scratch: VectorStore | null = null;

export function scratchStore(dim: number, rows: number): VectorStore {
  if (scratch === null || scratch.dim !== dim || scratch.rows < rows) {
    scratch = VectorStore.create({ rows: 2 ** Math.ceil(Math.log2(Math.max(rows, 1024))), dim, slots: 1 });
  }
  return scratch;
}

/** Copies `count` rows of `dim` values into the scratch store's rows 0…count−1, zeroing any padding lanes. */
export function loadRows(store: VectorStore, vectors: Float32Array, count: number): void {
  const { dim, stride } = store;
  if (vectors.length < count * dim) throw new RangeError(`${count} rows of ${dim} need ${count * dim} values, got ${vectors.length}`);
  if (stride === dim) store.vectors.set(vectors.subarray(0, count * dim));
  else for (let r = 0; r < count; r++) store.setRow(r, vectors.subarray(r * dim, (r + 1) * dim));
}
