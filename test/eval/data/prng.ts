/**
 * Seeded randomness for the evaluation-data generators: the benchmarks'
 * mulberry32 and seed mixing (test/bench/lib/prng.ts), with the draws these
 * generators need on top (weighted tables, normal and log-normal deviates,
 * shuffles). Not for anything security-related.
 */
import { mixSeed, mulberry32 } from '../../bench/lib/prng';

export interface Rng {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One element of a non-empty list, uniformly. */
  pick<T>(items: readonly T[]): T;
  /** One value of a non-empty [value, weight] table, by weight. */
  weighted<T>(table: ReadonlyArray<readonly [T, number]>): T;
  /** Normal deviate (Box–Muller). */
  normal(mean?: number, sd?: number): number;
  /** Log-normal deviate with the given median and log-space sigma. */
  logNormal(median: number, sigma: number): number;
  /** Fisher–Yates shuffle of a copy. */
  shuffle<T>(items: readonly T[]): T[];
}

export { mixSeed };

export function createRng(seed: number): Rng {
  const next = mulberry32(seed).next;
  const rng: Rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)] as T;
    },
    weighted: <T>(table: ReadonlyArray<readonly [T, number]>): T => {
      let total = 0;
      for (const [, w] of table) total += w;
      let u = next() * total;
      for (const [value, w] of table) {
        if (u < w) return value;
        u -= w;
      }
      const last = table[table.length - 1];
      if (!last) throw new Error('weighted pick from an empty table');
      return last[0];
    },
    normal: (mean = 0, sd = 1) => {
      const u = 1 - next(); // (0, 1]: log(u) is finite
      const v = next();
      return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    logNormal: (median, sigma) => median * Math.exp(rng.normal(0, sigma)),
    shuffle: <T>(items: readonly T[]): T[] => {
      const out = items.slice();
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        const tmp = out[i] as T;
        out[i] = out[j] as T;
        out[j] = tmp;
      }
      return out;
    },
  };
  return rng;
}

export function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/**
 * The intercept b for which mean(sigmoid(b + logit_i)) = target, by bisection.
 * Lets a generator state its effects as log-odds and still hit a base rate.
 */
export function calibrateIntercept(logits: ArrayLike<number>, target: number): number {
  let lo = -20;
  let hi = 20;
  for (let iter = 0; iter < 60; iter++) {
    const mid = (lo + hi) / 2;
    let sum = 0;
    for (let i = 0; i < logits.length; i++) sum += sigmoid(mid + (logits[i] as number));
    if (sum / logits.length < target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
