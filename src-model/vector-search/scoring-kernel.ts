/**
 * Loads the WebAssembly scoring kernels (kernels/scoring.wat) against a
 * vector store's memory. The module is compiled once per thread and
 * instantiated once per memory; instances are cheap, and each thread needs
 * its own because a WebAssembly instance cannot cross threads (its memory can).
 *
 * The kernels take byte offsets into the memory and trust them; the typed
 * wrappers in row-scorer.ts derive every offset from the store's layout.
 */
import { SCORING_WASM_BASE64 } from './kernels/generated/scoring-wasm';
import { webAssembly, type WasmMemory, type WasmModule } from './webassembly-api';

export interface ScoringKernel {
  /** out[r] = rows[r] · q for r in [first, first + count); out is indexed by row. */
  scoreF32Range(rows: number, q: number, out: number, first: number, count: number, stride: number): void;
  /** out[i] = rows[ids[i]] · q for i in [0, count); bit-identical to scoreF32Range for the same row. */
  scoreF32Rows(rows: number, q: number, ids: number, out: number, count: number, stride: number): void;
  /** out[r] = f32(codes[r] · k) · scales[r] · qScale for r in [first, first + count). */
  scoreI8Range(codes: number, scales: number, k: number, qScale: number, out: number, first: number, count: number, stride: number): void;
  /** counts[bin(a − E)] += 1 per eligible row of the range (bins as in prepass-cut.ts). */
  histogramLowerBounds(
    approx: number,
    residualNorms: number,
    norms: number,
    exclusion: number,
    useExclusion: number,
    perResidualNorm: number,
    perNorm: number,
    absolute: number,
    counts: number,
    low: number,
    binsPerUnit: number,
    bins: number,
    first: number,
    count: number,
  ): void;
  /** Quantises rows [first, first + count) in place: codes, scales and the rounded-up norm bounds. */
  quantizeRows(vectors: number, codes: number, scales: number, residualNorms: number, norms: number, first: number, count: number, stride: number): void;
  /**
   * Writes the eligible rows of the range with a + E ≥ cut into ids, ascending, and returns how many;
   * stores at countOut (int32) how many eligible rows have a − E ≥ lowerCut.
   */
  collectCandidates(
    approx: number,
    residualNorms: number,
    norms: number,
    exclusion: number,
    useExclusion: number,
    perResidualNorm: number,
    perNorm: number,
    absolute: number,
    lowerCut: number,
    cut: number,
    ids: number,
    countOut: number,
    first: number,
    count: number,
  ): number;
}

const KERNEL_EXPORTS = ['scoreF32Range', 'scoreF32Rows', 'scoreI8Range', 'histogramLowerBounds', 'collectCandidates', 'quantizeRows'] as const;

let compiled: WasmModule | undefined;

function decodeBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The compiled module, shared by every instance in this thread. Compiling ~1 KB synchronously is fine off the UI thread. */
export function scoringModule(): WasmModule {
  compiled ??= new webAssembly.Module(decodeBase64(SCORING_WASM_BASE64));
  return compiled;
}

export function instantiateScoringKernel(memory: WasmMemory): ScoringKernel {
  const instance = new webAssembly.Instance(scoringModule(), { env: { memory } });
  for (const name of KERNEL_EXPORTS) {
    if (typeof instance.exports[name] !== 'function') throw new Error(`scoring kernel is missing its ${name} export`);
  }
  return instance.exports as unknown as ScoringKernel;
}
