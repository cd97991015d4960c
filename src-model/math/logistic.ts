/**
 * L2-regularised, weighted logistic regression over sparse rows, fitted by
 * L-BFGS. Written by hand because it runs inside every `learned` job and
 * backtest fold, on a worker or the main thread, over a few thousand to a
 * few tens of thousands of rows of a couple of hundred features: a
 * dependency-free loop over sparse rows fits that in tens of milliseconds,
 * where a general ML library would bring its own runtime for one model.
 *
 * Objective: Σ wᵢ·log(1 + exp(−yᵢ·(β·xᵢ + b))) / Σ wᵢ + λ/2·|β|² (the bias
 * is not penalised). Deterministic: no randomness, fixed iteration order.
 */
import type { SparseRows } from './sparse-rows';

export interface LogisticFit {
  weights: Float64Array;
  bias: number;
  iterations: number;
}

export interface LogisticOptions {
  lambda: number;
  maxIterations?: number;
  tolerance?: number;
  /** Where the search starts (a fit of a nearby problem, say the same rows under another λ); zeros otherwise. */
  start?: { weights: ArrayLike<number>; bias: number };
}

const log1pExp = (z: number) => (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z)));
const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** `labels[i]` is 1 or 0; `sampleWeights[i]` ≥ 0. */
export function fitLogistic(x: SparseRows, labels: Uint8Array, sampleWeights: Float64Array, options: LogisticOptions): LogisticFit {
  const d = x.dim;
  const n = x.count;
  const lambda = options.lambda;
  const maxIterations = options.maxIterations ?? 200;
  const tolerance = options.tolerance ?? 1e-6;
  let wsum = 0;
  for (let i = 0; i < n; i++) wsum += sampleWeights[i]!;
  const m = d + 1; // parameters: β then b
  const theta = new Float64Array(m);
  // Start the bias at the weighted log-odds: the first steps then go to β.
  let wp = 0;
  for (let i = 0; i < n; i++) if (labels[i]) wp += sampleWeights[i]!;
  if (wp > 0 && wp < wsum) theta[d] = Math.log(wp / (wsum - wp));
  if (options.start) {
    for (let j = 0; j < d; j++) theta[j] = options.start.weights[j]!;
    theta[d] = options.start.bias;
  }

  const margins = new Float64Array(n);
  const evaluate = (t: Float64Array, grad: Float64Array): number => {
    grad.fill(0);
    let loss = 0;
    const b = t[d]!;
    for (let i = 0; i < n; i++) {
      let z = b;
      for (let k = x.start[i]!; k < x.start[i + 1]!; k++) z += x.value[k]! * t[x.index[k]!]!;
      margins[i] = z;
      const y = labels[i] ? 1 : 0;
      const w = sampleWeights[i]! / wsum;
      loss += w * (y ? log1pExp(-z) : log1pExp(z));
      const g = w * (sigmoid(z) - y);
      for (let k = x.start[i]!; k < x.start[i + 1]!; k++) grad[x.index[k]!]! += g * x.value[k]!;
      grad[d]! += g;
    }
    for (let j = 0; j < d; j++) {
      loss += 0.5 * lambda * t[j]! * t[j]!;
      grad[j]! += lambda * t[j]!;
    }
    return loss;
  };

  // L-BFGS with a backtracking (Armijo) line search.
  const history = 8;
  const sList: Float64Array[] = [];
  const yList: Float64Array[] = [];
  const rhoList: number[] = [];
  let grad = new Float64Array(m);
  let loss = evaluate(theta, grad);
  const direction = new Float64Array(m);
  const alpha = new Float64Array(history);
  const trial = new Float64Array(m);
  let trialGrad = new Float64Array(m);
  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    // Two-loop recursion: direction = −H·grad.
    direction.set(grad);
    for (let h = sList.length - 1; h >= 0; h--) {
      let a = 0;
      for (let j = 0; j < m; j++) a += sList[h]![j]! * direction[j]!;
      a *= rhoList[h]!;
      alpha[h] = a;
      for (let j = 0; j < m; j++) direction[j]! -= a * yList[h]![j]!;
    }
    if (sList.length > 0) {
      const last = sList.length - 1;
      let sy = 0;
      let yy = 0;
      for (let j = 0; j < m; j++) {
        sy += sList[last]![j]! * yList[last]![j]!;
        yy += yList[last]![j]! * yList[last]![j]!;
      }
      const gamma = sy / yy;
      for (let j = 0; j < m; j++) direction[j]! *= gamma;
    }
    for (let h = 0; h < sList.length; h++) {
      let b = 0;
      for (let j = 0; j < m; j++) b += yList[h]![j]! * direction[j]!;
      b *= rhoList[h]!;
      for (let j = 0; j < m; j++) direction[j]! += sList[h]![j]! * (alpha[h]! - b);
    }
    for (let j = 0; j < m; j++) direction[j] = -direction[j]!;
    let slope = 0;
    for (let j = 0; j < m; j++) slope += grad[j]! * direction[j]!;
    if (slope >= 0) {
      // Not a descent direction (curvature lost): restart from the gradient.
      sList.length = yList.length = rhoList.length = 0;
      for (let j = 0; j < m; j++) direction[j] = -grad[j]!;
      slope = 0;
      for (let j = 0; j < m; j++) slope += grad[j]! * direction[j]!;
    }
    let step = iterations === 0 && sList.length === 0 ? 1 / Math.max(1, Math.sqrt(-slope)) : 1;
    let trialLoss = Infinity;
    for (let tries = 0; tries < 30; tries++) {
      for (let j = 0; j < m; j++) trial[j] = theta[j]! + step * direction[j]!;
      trialLoss = evaluate(trial, trialGrad);
      if (trialLoss <= loss + 1e-4 * step * slope) break;
      step *= 0.5;
    }
    if (!(trialLoss < loss)) break;
    const s = new Float64Array(m);
    const y = new Float64Array(m);
    let sy = 0;
    for (let j = 0; j < m; j++) {
      s[j] = trial[j]! - theta[j]!;
      y[j] = trialGrad[j]! - grad[j]!;
      sy += s[j]! * y[j]!;
    }
    theta.set(trial);
    const swap = grad;
    grad = trialGrad;
    trialGrad = swap;
    const improvement = loss - trialLoss;
    loss = trialLoss;
    if (sy > 1e-12) {
      sList.push(s);
      yList.push(y);
      rhoList.push(1 / sy);
      if (sList.length > history) {
        sList.shift();
        yList.shift();
        rhoList.shift();
      }
    }
    let gnorm = 0;
    for (let j = 0; j < m; j++) gnorm = Math.max(gnorm, Math.abs(grad[j]!));
    if (gnorm < tolerance || improvement < tolerance * 1e-3 * Math.max(1, Math.abs(loss))) break;
  }
  return { weights: theta.slice(0, d), bias: theta[d]!, iterations };
}

export { sigmoid };
