/**
 * Vector arithmetic for profiles and reasons: pure functions over typed
 * arrays, shared by the worker tasks and the tests.
 *
 * An embedding is made of parts (company, lead), each L2-normalised on its
 * own; a missing part is all zeros. A profile query is the per-part
 * normalised centroid scaled by the part weights, so that q · v is the
 * weighted sum of per-part cosines. Sums accumulate in float64 (JS numbers):
 * float32 accumulation over a few hundred lanes would lose the last digits
 * that the "reasons add up to the score" guarantee depends on.
 */

/** Half-open index range [start, end) inside a vector. */
export interface IndexRange {
  readonly start: number;
  readonly end: number;
}

/** A named feature block, used to split a score into per-feature reasons. */
export interface FeatureBlock extends IndexRange {
  readonly name: string;
}

function checkRange(range: IndexRange, length: number): void {
  if (!Number.isInteger(range.start) || !Number.isInteger(range.end) || range.start < 0 || range.end < range.start || range.end > length) {
    throw new RangeError(`index range [${range.start}, ${range.end}) does not fit a vector of length ${length}`);
  }
}

function squaredNorm(v: ArrayLike<number>, start: number, end: number): number {
  let sum = 0;
  for (let i = start; i < end; i++) {
    const x = v[i] as number;
    sum += x * x;
  }
  return sum;
}

/**
 * L2-normalises each part of `v` in place and returns `v`. A part whose
 * entries are all zero (the record has no data for it) stays zero.
 */
export function normalizeParts(v: Float32Array, parts: readonly IndexRange[]): Float32Array {
  for (const part of parts) {
    checkRange(part, v.length);
    const norm = Math.sqrt(squaredNorm(v, part.start, part.end));
    if (norm === 0) continue;
    for (let i = part.start; i < part.end; i++) v[i] = (v[i] as number) / norm;
  }
  return v;
}

/** Dot product with float64 accumulation. */
export function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new RangeError(`dot of vectors of lengths ${a.length} and ${b.length}`);
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i] as number) * (b[i] as number);
  return sum;
}

/**
 * Σ wᵢ·rowᵢ / Σ wᵢ over the given rows of a row-major matrix (`dim` numbers
 * per row). Without weights every row counts once. Weights must be finite
 * and non-negative with a positive sum: a profile with no weight has no
 * direction, and the caller should say so rather than score against zeros.
 */
export function weightedCentroid(
  matrix: Float32Array,
  dim: number,
  rowIndices: ArrayLike<number>,
  weights?: ArrayLike<number>,
): Float32Array {
  if (!Number.isInteger(dim) || dim <= 0) throw new RangeError(`dimension must be a positive integer, got ${dim}`);
  const rowCount = Math.floor(matrix.length / dim);
  if (weights !== undefined && weights.length !== rowIndices.length) {
    throw new RangeError(`${rowIndices.length} rows but ${weights.length} weights`);
  }
  const sum = new Float64Array(dim);
  let totalWeight = 0;
  for (let n = 0; n < rowIndices.length; n++) {
    const row = rowIndices[n] as number;
    if (!Number.isInteger(row) || row < 0 || row >= rowCount) throw new RangeError(`row ${row} is outside the matrix (${rowCount} rows)`);
    const w = weights === undefined ? 1 : (weights[n] as number);
    if (!Number.isFinite(w) || w < 0) throw new RangeError(`weight of row ${row} must be finite and non-negative, got ${w}`);
    if (w === 0) continue;
    totalWeight += w;
    const base = row * dim;
    for (let i = 0; i < dim; i++) sum[i] = (sum[i] as number) + w * (matrix[base + i] as number);
  }
  if (!(totalWeight > 0)) throw new RangeError('a centroid needs at least one row with a positive weight');
  const centroid = new Float32Array(dim);
  for (let i = 0; i < dim; i++) centroid[i] = (sum[i] as number) / totalWeight;
  return centroid;
}

/**
 * The query vector of a profile: each part of the centroid normalised on its
 * own and scaled by its weight, the weights renormalised over the parts the
 * profile actually has (a profile without lead data puts all its weight on
 * the company part). With unit-normalised candidate parts, q · v is then
 * Σ w'ₚ cos(centroidₚ, vₚ), and a candidate equal to the normalised centroid
 * scores exactly 1. Indices outside every part are zero.
 */
export function profileQuery(centroid: Float32Array, parts: readonly IndexRange[], weights: readonly number[]): Float32Array {
  if (parts.length !== weights.length) throw new RangeError(`${parts.length} parts but ${weights.length} weights`);
  const norms = parts.map((part) => {
    checkRange(part, centroid.length);
    return Math.sqrt(squaredNorm(centroid, part.start, part.end));
  });
  let presentWeight = 0;
  parts.forEach((_, p) => {
    const w = weights[p] as number;
    if (!Number.isFinite(w) || w < 0) throw new RangeError(`part weight must be finite and non-negative, got ${w}`);
    if ((norms[p] as number) > 0) presentWeight += w;
  });
  const q = new Float32Array(centroid.length);
  if (!(presentWeight > 0)) throw new RangeError('the profile has no data in any weighted part');
  parts.forEach((part, p) => {
    const norm = norms[p] as number;
    if (norm === 0) return;
    const scale = (weights[p] as number) / presentWeight / norm;
    for (let i = part.start; i < part.end; i++) q[i] = (centroid[i] as number) * scale;
  });
  return q;
}

/**
 * Per-block contributions q_i·v_i summed over each block's range (float64).
 * When the blocks partition the vector they add up to q · v, which is what
 * lets the reasons shown for a candidate add up to its score.
 */
export function blockContributions(q: ArrayLike<number>, v: ArrayLike<number>, blocks: readonly FeatureBlock[]): Float64Array {
  if (q.length !== v.length) throw new RangeError(`query has ${q.length} entries, vector ${v.length}`);
  const out = new Float64Array(blocks.length);
  blocks.forEach((block, b) => {
    checkRange(block, q.length);
    let sum = 0;
    for (let i = block.start; i < block.end; i++) sum += (q[i] as number) * (v[i] as number);
    out[b] = sum;
  });
  return out;
}

/**
 * The score shown to people: cosines of non-negative features can still
 * round a hair outside [0, 1], and negative similarity means "unlike", not a
 * number to display. Ranking uses the raw score; only reporting clamps.
 */
export function reportedScore(raw: number): number {
  if (Number.isNaN(raw)) return 0;
  return Math.min(1, Math.max(0, raw));
}
