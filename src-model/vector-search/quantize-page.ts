/**
 * Quantises freshly computed float rows for a code-only store (the engine's
 * shared store without floats): the SIMD quantiser runs on this thread's
 * scratch store, whose rows 0…count−1 then hold the codes and their bounds
 * for the caller to copy wherever they go (the shared store, a shard file).
 */
import { loadRows, scratchStore } from './scratch-store';
import type { QuantizedRows } from './shard-layout';

/** Views into the thread's scratch store, valid until its next use. */
export function quantizePage(vectors: Float32Array, count: number, dim: number): QuantizedRows {
  const scratch = scratchStore(dim, count);
  loadRows(scratch, vectors, count);
  if (count > 0) scratch.quantize(0, count);
  return { codes: scratch.codes, scales: scratch.scales, residualNorms: scratch.residualNorms, norms: scratch.norms };
}
