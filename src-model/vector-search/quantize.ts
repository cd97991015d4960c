/**
 * Int8 quantisation of embedding rows (and int16 of the query) for the
 * approximate pre-pass, with the proven bound on how far the approximate
 * score can be from the exact float32 score. The bound is what makes the
 * pre-pass + re-score return exactly the float ranking: a row is skipped
 * only when its approximate score plus the bound cannot reach the cut.
 *
 * Notation (one row v and the query q, D = stride lanes, u = 2⁻²⁴ the
 * float32 unit roundoff):
 *   row:   v = s·c + δ,  c ∈ [-127, 127]^D,  s = float32 scale,   r ≥ ‖δ‖₂,  n ≥ ‖v‖₂
 *   query: q = t·k + ε,  |k| ≤ K_max,         t = float32 scale,   ρ ≥ ‖ε‖₂,  Q_k ≥ ‖t·k‖₂,  Q_n ≥ ‖q‖₂
 *   P = q · v (real arithmetic), a = the kernel's approximate score, f = the kernel's float32 score.
 *
 * (1) Quantisation: P − t·s·(k·c) = (t·k)·δ + ε·v, so by Cauchy–Schwarz
 *     |P − t·s·(k·c)| ≤ Q_k·r + ρ·n.
 * (2) Pre-pass arithmetic: k·c is exact in int32 (K_max is chosen so that
 *     127·K_max·D < 2³¹); a = fl(fl(fl(k·c)·s)·t) is three float32
 *     roundings, so |a − t·s·(k·c)| ≤ 3.01u·|t·s·(k·c)| ≤ 3.01u·Q_k·(n + r)
 *     because ‖s·c‖₂ = ‖v − δ‖₂ ≤ n + r.
 * (3) Exact kernel arithmetic: each product q_j·v_j goes through at most
 *     m = D/16 + 5 roundings (one multiply, D/16 accumulator adds, four
 *     reduction adds; see kernels/scoring.wat), so |f − P| ≤ γ_m·Σ|q_j v_j|
 *     ≤ γ_m·Q_n·n with γ_m = m·u / (1 − m·u).
 * Together: |f − a| ≤ Q_k·r·(1 + 3.01u) + n·(ρ + γ_m·Q_n + 3.01u·Q_k).
 * The code evaluates this in float64 and widens it by a relative 2⁻²⁰ (far
 * above float64's own rounding in computing r, n, ρ, Q_k, Q_n) plus an
 * absolute 2⁻¹⁰⁰ for float32 underflow.
 */

export const INT8_CODE_LIMIT = 127;
const INT16_CODE_LIMIT = 32767;
const UNIT_ROUNDOFF_F32 = 2 ** -24;
const RELATIVE_SLACK = 2 ** -20;
const ABSOLUTE_SLACK = 2 ** -100;

const f32Bits = new Float32Array(1);
const u32Bits = new Uint32Array(f32Bits.buffer);

/** The smallest float32 that is >= x, for non-negative x (stored bounds must round up, never to nearest). */
export function roundUpToFloat32(x: number): number {
  if (!(x >= 0)) return x;
  f32Bits[0] = x;
  if ((f32Bits[0] as number) >= x) return f32Bits[0] as number;
  u32Bits[0] = (u32Bits[0] as number) + 1;
  return f32Bits[0] as number;
}

/** Where quantised rows are written; each array is indexed by absolute row (codes by row × stride). */
export interface QuantizedRowsTarget {
  codes: Int8Array;
  scales: Float32Array;
  /** r ≥ ‖v − s·c‖₂, rounded up to float32. */
  residualNorms: Float32Array;
  /** n ≥ ‖v‖₂, rounded up to float32. */
  norms: Float32Array;
}

/**
 * Quantises rows [first, first + count) of a row-major float32 matrix with a
 * per-row scale s = max|v|/127, so each row uses the full code range (a
 * fixed 1/127 scale would waste most of it on the small entries of dense
 * rows). A row with a non-finite entry gets infinite residual and norm
 * bounds, which makes it a re-score candidate for every query instead of
 * being silently mis-ranked.
 *
 * This is the reference version; VectorStore.quantize runs the same steps
 * in the SIMD kernel (kernels/scoring.wat, about 10× faster). The two may
 * pick different codes for a value within a float32 rounding of a half-step,
 * which is harmless: each stores the residual of the codes it chose.
 */
export function quantizeRows(vectors: Float32Array, stride: number, first: number, count: number, out: QuantizedRowsTarget): void {
  for (let row = first; row < first + count; row++) {
    const base = row * stride;
    let maxAbs = 0;
    let normSquared = 0;
    for (let j = base; j < base + stride; j++) {
      const x = vectors[j] as number;
      const abs = Math.abs(x);
      if (abs > maxAbs) maxAbs = abs;
      normSquared += x * x;
    }
    // float32 entries cannot overflow a float64 sum of squares, so a
    // non-finite sum means a NaN or infinite entry.
    if (!Number.isFinite(normSquared)) {
      out.codes.fill(0, base, base + stride);
      out.scales[row] = 0;
      out.residualNorms[row] = Infinity;
      out.norms[row] = Infinity;
      continue;
    }
    const scale = Math.fround(maxAbs / INT8_CODE_LIMIT);
    let residualSquared = 0;
    if (scale === 0) {
      out.codes.fill(0, base, base + stride);
      residualSquared = normSquared; // all codes are 0, so δ = v
    } else {
      for (let j = base; j < base + stride; j++) {
        const x = vectors[j] as number;
        let code = Math.round(x / scale);
        if (code > INT8_CODE_LIMIT) code = INT8_CODE_LIMIT;
        else if (code < -INT8_CODE_LIMIT) code = -INT8_CODE_LIMIT;
        out.codes[j] = code;
        const residual = x - scale * code; // scale·code is exact in float64
        residualSquared += residual * residual;
      }
    }
    out.scales[row] = scale;
    out.residualNorms[row] = roundUpToFloat32(Math.sqrt(residualSquared));
    out.norms[row] = roundUpToFloat32(Math.sqrt(normSquared));
  }
}

/** Largest |query code| for which the int32 sum of D products of int8 × int16 cannot overflow. */
export function queryCodeLimit(stride: number): number {
  return Math.min(INT16_CODE_LIMIT, Math.floor((2 ** 31 - 1) / (INT8_CODE_LIMIT * stride)));
}

export interface QuantizedQuery {
  codes: Int16Array;
  /** t: float32 scale of the codes (q ≈ t·k). */
  scale: number;
  /** Q_n ≥ ‖q‖₂ */
  norm: number;
  /** Q_k ≥ ‖t·k‖₂ */
  codeNorm: number;
  /** ρ ≥ ‖q − t·k‖₂ */
  residualNorm: number;
}

/**
 * Quantises a (padded) float32 query to int16 codes. Sixteen bits make the
 * query's own rounding (ρ) negligible next to the rows' int8 rounding, at no
 * cost in the kernel (it widens int8 to int16 before multiplying anyway).
 * `codes` may be a view into kernel memory to write into directly.
 */
export function quantizeQuery(q: Float32Array, codes: Int16Array = new Int16Array(q.length)): QuantizedQuery {
  if (codes.length !== q.length) throw new RangeError(`query has ${q.length} lanes, code buffer ${codes.length}`);
  const limit = queryCodeLimit(q.length);
  let maxAbs = 0;
  let normSquared = 0;
  for (let j = 0; j < q.length; j++) {
    const x = q[j] as number;
    if (!Number.isFinite(x)) throw new RangeError(`query lane ${j} is not finite (${x})`);
    maxAbs = Math.max(maxAbs, Math.abs(x));
    normSquared += x * x;
  }
  const scale = Math.fround(maxAbs / limit);
  let codeSquared = 0;
  let residualSquared = 0;
  for (let j = 0; j < q.length; j++) {
    const x = q[j] as number;
    let code = scale === 0 ? 0 : Math.round(x / scale);
    if (code > limit) code = limit;
    else if (code < -limit) code = -limit;
    codes[j] = code;
    const approx = scale * code;
    codeSquared += approx * approx;
    residualSquared += (x - approx) * (x - approx);
  }
  return {
    codes,
    scale,
    norm: Math.sqrt(normSquared),
    codeNorm: Math.sqrt(codeSquared),
    residualNorm: Math.sqrt(residualSquared),
  };
}

/** The query-dependent factors of the bound: |f − a| ≤ perResidualNorm·r + perNorm·n + absolute. */
export interface Int8ErrorBound {
  perResidualNorm: number;
  perNorm: number;
  absolute: number;
}

/** Derivation in the module header; `stride` is the row length D the kernel runs over. */
export function int8ErrorBound(query: QuantizedQuery, stride: number): Int8ErrorBound {
  const u = UNIT_ROUNDOFF_F32;
  const m = stride / 16 + 5;
  const gamma = (m * u) / (1 - m * u);
  const widen = 1 + RELATIVE_SLACK;
  return {
    perResidualNorm: query.codeNorm * (1 + 3.01 * u) * widen,
    perNorm: (query.residualNorm + gamma * query.norm + 3.01 * u * query.codeNorm) * widen,
    absolute: ABSOLUTE_SLACK,
  };
}

/** The bound for one row, given its stored residual norm r and norm n. */
export function rowErrorBound(bound: Int8ErrorBound, residualNorm: number, norm: number): number {
  return bound.perResidualNorm * residualNorm + bound.perNorm * norm + bound.absolute;
}
