/** Seeded randomness, so every sample, fold and clustering is the same for a seed. */

/** A deterministic generator (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fold number (0…k−1) of each of `count` items: a shuffle by `rnd` dealt round-robin, so folds differ in size by one at most. */
export function dealFolds(count: number, k: number, rnd: () => number): Int32Array {
  const order = Array.from({ length: count }, (_, i) => i);
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const fold = new Int32Array(count);
  order.forEach((item, at) => (fold[item] = at % k));
  return fold;
}
