/**
 * The embedding matrix and its int8 copy in one WebAssembly memory, shared
 * between threads: several workers can score disjoint row ranges of the same
 * matrix without copying it, each with its own scratch slot.
 *
 * Layout (byte offsets in VectorStoreLayout, each region 64-byte aligned):
 *   vectors        float32 [rows × stride]  rows contiguous; lanes dim..stride-1 are zero
 *   codes          int8    [rows × stride]  per-row quantised copy (quantize.ts)
 *   scales         float32 [rows]           per-row int8 scale
 *   residualNorms  float32 [rows]           ‖v − s·c‖₂, rounded up
 *   norms          float32 [rows]           ‖v‖₂, rounded up
 *   slot 0 … slot (slots-1), each:
 *     query           float32 [stride]      the padded query
 *     queryCodes      int16   [stride]      its int16 quantisation
 *     scores          float32 [rows]        per-row output (exact or approximate), indexed by row
 *     exclusion       uint8   [rows / 8]    the search's exclusion bitmap (row-bitmap.ts)
 *     histogram       int32   [bins + 1]    lower-bound histogram of the pre-pass (prepass-cut.ts)
 *     passCount       int32                 rows whose lower bound reached the guessed cut
 *     candidateIds    uint32  [rows]        rows kept for the exact re-score
 *     candidateScores float32 [rows]        their exact scores
 * stride = dim rounded up to a multiple of 16, the kernels' unit of work.
 *
 * A store may be created without its float region (`floats: false`): the
 * lookalike engine keeps only the int8 copy and its bounds in memory (a
 * quarter of the size) and reads the float rows it re-scores from the vector
 * files. Such a store runs the pre-pass only (RowScorer.prepassCandidates).
 *
 * Hazards: the memory is a SharedArrayBuffer with no locking. Rows are
 * written and quantised before any search starts; two threads may search at
 * once only through different slots. Capacity is fixed at creation (a 32-bit
 * memory holds at most 4 GiB, about 3.2M rows at dim 256).
 */
import { HISTOGRAM_BINS } from './prepass-cut';
import { instantiateScoringKernel, type ScoringKernel } from './scoring-kernel';
import { WASM_MAX_PAGES, WASM_PAGE_BYTES, webAssembly, type WasmMemory } from './webassembly-api';

const ALIGN = 64;
const align = (bytes: number): number => Math.ceil(bytes / ALIGN) * ALIGN;

export interface SlotLayout {
  query: number;
  queryCodes: number;
  scores: number;
  exclusion: number;
  histogram: number;
  passCount: number;
  candidateIds: number;
  candidateScores: number;
}

export interface VectorStoreLayout {
  /** Identifies the store across threads, where each posted handle arrives as a new memory object. */
  id: string;
  rows: number;
  dim: number;
  stride: number;
  vectors: number;
  codes: number;
  scales: number;
  residualNorms: number;
  norms: number;
  /** Whether the float vectors are held (else the vectors region is empty). */
  floats: boolean;
  slots: SlotLayout[];
  byteLength: number;
}

/** What a worker needs to attach to a store: structured-cloneable (the shared memory travels by reference). */
export interface VectorStoreHandle {
  memory: WasmMemory;
  layout: VectorStoreLayout;
}

/** Typed views of one scratch slot. */
export interface ScratchSlot {
  index: number;
  offsets: SlotLayout;
  query: Float32Array;
  queryCodes: Int16Array;
  scores: Float32Array;
  exclusion: Uint8Array;
  histogram: Int32Array;
  passCount: Int32Array;
  candidateIds: Uint32Array;
  candidateScores: Float32Array;
}

export interface VectorStoreOptions {
  rows: number;
  dim: number;
  /** Scratch slots: how many searches may run at once (one per worker thread). Default 1. */
  slots?: number;
  /** Hold the float vectors too (default true); without them only the int8 pre-pass runs in the store. */
  floats?: boolean;
}

export function paddedStride(dim: number): number {
  return Math.ceil(dim / 16) * 16;
}

export function vectorStoreLayout({ rows, dim, slots = 1, floats = true }: VectorStoreOptions): VectorStoreLayout {
  if (!Number.isInteger(rows) || rows < 0) throw new RangeError(`rows must be a non-negative integer, got ${rows}`);
  if (!Number.isInteger(dim) || dim <= 0) throw new RangeError(`dim must be a positive integer, got ${dim}`);
  if (!Number.isInteger(slots) || slots < 1) throw new RangeError(`slots must be a positive integer, got ${slots}`);
  const stride = paddedStride(dim);
  let at = 0;
  const take = (bytes: number): number => {
    const offset = at;
    at = align(at + bytes);
    return offset;
  };
  const vectors = take(floats ? rows * stride * 4 : 0);
  const codes = take(rows * stride);
  const scales = take(rows * 4);
  const residualNorms = take(rows * 4);
  const norms = take(rows * 4);
  const slotLayouts: SlotLayout[] = [];
  for (let s = 0; s < slots; s++) {
    slotLayouts.push({
      query: take(stride * 4),
      queryCodes: take(stride * 2),
      scores: take(rows * 4),
      exclusion: take(Math.ceil(rows / 8)),
      histogram: take((HISTOGRAM_BINS + 1) * 4),
      passCount: take(4),
      candidateIds: take(rows * 4),
      candidateScores: take(rows * 4),
    });
  }
  return { id: globalThis.crypto.randomUUID(), rows, dim, stride, vectors, codes, scales, residualNorms, norms, floats, slots: slotLayouts, byteLength: at };
}

export class VectorStore {
  readonly memory: WasmMemory;
  readonly layout: VectorStoreLayout;
  readonly rows: number;
  readonly dim: number;
  readonly stride: number;
  /** rows × stride, row-major; empty when the store holds no floats. */
  readonly vectors: Float32Array;
  readonly hasFloats: boolean;
  readonly codes: Int8Array;
  readonly scales: Float32Array;
  readonly residualNorms: Float32Array;
  readonly norms: Float32Array;
  private readonly slotViews: ScratchSlot[];
  private kernelInstance: ScoringKernel | undefined;

  private constructor({ memory, layout }: VectorStoreHandle) {
    const buffer = memory.buffer;
    if (buffer.byteLength < layout.byteLength) throw new RangeError(`memory of ${buffer.byteLength} bytes is smaller than the layout (${layout.byteLength})`);
    this.memory = memory;
    this.layout = layout;
    this.rows = layout.rows;
    this.dim = layout.dim;
    this.stride = layout.stride;
    this.hasFloats = layout.floats;
    this.vectors = new Float32Array(buffer, layout.vectors, layout.floats ? layout.rows * layout.stride : 0);
    this.codes = new Int8Array(buffer, layout.codes, layout.rows * layout.stride);
    this.scales = new Float32Array(buffer, layout.scales, layout.rows);
    this.residualNorms = new Float32Array(buffer, layout.residualNorms, layout.rows);
    this.norms = new Float32Array(buffer, layout.norms, layout.rows);
    this.slotViews = layout.slots.map((offsets, index) => ({
      index,
      offsets,
      query: new Float32Array(buffer, offsets.query, layout.stride),
      queryCodes: new Int16Array(buffer, offsets.queryCodes, layout.stride),
      scores: new Float32Array(buffer, offsets.scores, layout.rows),
      exclusion: new Uint8Array(buffer, offsets.exclusion, Math.ceil(layout.rows / 8)),
      histogram: new Int32Array(buffer, offsets.histogram, HISTOGRAM_BINS + 1),
      passCount: new Int32Array(buffer, offsets.passCount, 1),
      candidateIds: new Uint32Array(buffer, offsets.candidateIds, layout.rows),
      candidateScores: new Float32Array(buffer, offsets.candidateScores, layout.rows),
    }));
  }

  /** A zero-filled store in a new shared memory sized exactly for the layout. */
  static create(options: VectorStoreOptions): VectorStore {
    const layout = vectorStoreLayout(options);
    const pages = Math.max(1, Math.ceil(layout.byteLength / WASM_PAGE_BYTES));
    if (pages > WASM_MAX_PAGES) {
      throw new RangeError(
        `${options.rows} rows of dimension ${options.dim} need ${(layout.byteLength / 2 ** 30).toFixed(2)} GiB, ` +
          'more than a 32-bit WebAssembly memory holds (4 GiB); split the rows over several stores',
      );
    }
    const memory = new webAssembly.Memory({ initial: pages, maximum: pages, shared: true });
    return new VectorStore({ memory, layout });
  }

  /** The same store seen from another thread (its handle was posted there). */
  static attach(handle: VectorStoreHandle): VectorStore {
    return new VectorStore(handle);
  }

  get handle(): VectorStoreHandle {
    return { memory: this.memory, layout: this.layout };
  }

  get slotCount(): number {
    return this.slotViews.length;
  }

  slot(index: number): ScratchSlot {
    const slot = this.slotViews[index];
    if (slot === undefined) throw new RangeError(`slot ${index} does not exist (the store has ${this.slotViews.length})`);
    return slot;
  }

  /** A view of one row's `stride` lanes (padding included). */
  row(row: number): Float32Array {
    this.checkRows(row, 1);
    this.checkFloats();
    return this.vectors.subarray(row * this.stride, (row + 1) * this.stride);
  }

  /** Copies `dim` values into a row and zeroes its padding. Call quantize() afterwards. */
  setRow(row: number, values: ArrayLike<number>): void {
    if (values.length !== this.dim) throw new RangeError(`row has ${values.length} values, the store's dimension is ${this.dim}`);
    const target = this.row(row);
    target.set(values);
    target.fill(0, this.dim);
  }

  /** This thread's instance of the kernels over the store's memory (created on first use). */
  get kernel(): ScoringKernel {
    this.kernelInstance ??= instantiateScoringKernel(this.memory);
    return this.kernelInstance;
  }

  /**
   * Fills the int8 copy, scales and norm bounds of rows [first, first + count)
   * with the SIMD kernel (quantize.ts holds the reference version and the
   * bound). Threads may quantise disjoint ranges at the same time.
   */
  quantize(first = 0, count = this.rows - first): void {
    this.checkRows(first, count);
    this.checkFloats();
    const { layout } = this;
    this.kernel.quantizeRows(layout.vectors, layout.codes, layout.scales, layout.residualNorms, layout.norms, first, count, this.stride);
  }

  /**
   * Copies quantised rows (codes and their bounds, as quantize() made them in
   * another store with the same stride) into rows [first, first + count).
   */
  setQuantized(first: number, source: { codes: Int8Array; scales: Float32Array; residualNorms: Float32Array; norms: Float32Array }, count: number): void {
    this.checkRows(first, count);
    const { stride } = this;
    this.codes.set(source.codes.subarray(0, count * stride), first * stride);
    this.scales.set(source.scales.subarray(0, count), first);
    this.residualNorms.set(source.residualNorms.subarray(0, count), first);
    this.norms.set(source.norms.subarray(0, count), first);
  }

  checkFloats(): void {
    if (!this.hasFloats) throw new RangeError('this store holds no float vectors (created with floats: false)');
  }

  checkRows(first: number, count: number): void {
    if (!Number.isInteger(first) || !Number.isInteger(count) || first < 0 || count < 0 || first + count > this.rows) {
      throw new RangeError(`rows [${first}, ${first + count}) are outside the store (${this.rows} rows)`);
    }
  }
}
