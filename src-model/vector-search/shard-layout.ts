/**
 * The byte layout of an embedding shard as the cache files store it (and as
 * the shared buffer a shard is assembled in before it is written):
 *   codes          int8    [count × dim]   the int8 copy (quantize.ts)
 *   scales         float32 [count]
 *   residualNorms  float32 [count]
 *   norms          float32 [count]
 *   vectors        float32 [count × dim]   the embeddings
 * Codes first, so a warm load reads only the head (a fifth of the file).
 * dim is a multiple of 16, so every section is 4-byte aligned.
 */
export interface ShardLayout {
  codes: number;
  scales: number;
  residualNorms: number;
  norms: number;
  vectors: number;
  bytes: number;
}

export function shardLayout(count: number, dim: number): ShardLayout {
  const scales = count * dim;
  const residualNorms = scales + count * 4;
  const norms = residualNorms + count * 4;
  const vectors = norms + count * 4;
  return { codes: 0, scales, residualNorms, norms, vectors, bytes: vectors + count * dim * 4 };
}

/** What quantising rows produces, indexed from the first quantised row. */
export interface QuantizedRows {
  codes: Int8Array;
  scales: Float32Array;
  residualNorms: Float32Array;
  norms: Float32Array;
}

function checkRows(shard: Uint8Array, count: number, dim: number, at: number, n: number): ShardLayout {
  const layout = shardLayout(count, dim);
  if (at < 0 || at + n > count) throw new RangeError(`rows [${at}, ${at + n}) are outside a shard of ${count}`);
  if (shard.byteLength < layout.bytes) throw new RangeError(`a shard of ${count} rows needs ${layout.bytes} bytes, the buffer has ${shard.byteLength}`);
  return layout;
}

/** A view of rows [at, at + n) of the vectors section of a shard buffer laid out for `count` rows (written in place). */
export function shardVectors(shard: Uint8Array, count: number, dim: number, at: number, n: number): Float32Array {
  const layout = checkRows(shard, count, dim, at, n);
  return new Float32Array(shard.buffer, shard.byteOffset + layout.vectors + at * dim * 4, n * dim);
}

/** Copies the quantised form of `n` rows into a shard buffer laid out for `count` rows, at row `at`. */
export function writeShardCodes(shard: Uint8Array, count: number, dim: number, at: number, n: number, quantized: QuantizedRows): void {
  const layout = checkRows(shard, count, dim, at, n);
  const bytes = (a: Int8Array | Float32Array, length: number) => new Uint8Array(a.buffer, a.byteOffset, length * a.BYTES_PER_ELEMENT);
  shard.set(bytes(quantized.codes, n * dim), layout.codes + at * dim);
  shard.set(bytes(quantized.scales, n), layout.scales + at * 4);
  shard.set(bytes(quantized.residualNorms, n), layout.residualNorms + at * 4);
  shard.set(bytes(quantized.norms, n), layout.norms + at * 4);
}
