/**
 * Ranking-quality figures of a backtest: how high the held-out examples land
 * in a ranking. Pure functions over score arrays.
 *
 * Ties: a tied group counts half for AUC (the usual Mann–Whitney rule), and
 * for "top X%" a record tied with the cut is in the top only for its share of
 * the tied places left, so a ranking that ties everything scores exactly as
 * random (recall X, lift 1, AUC 0.5), never better.
 */

/**
 * Probability that a positive outranks a negative, ties counting half
 * (Mann–Whitney U / (|P|·|N|)). NaN when either side is empty.
 */
export function auc(positiveScores: ArrayLike<number>, negativeScores: ArrayLike<number>): number {
  const p = positiveScores.length;
  const n = negativeScores.length;
  if (p === 0 || n === 0) return NaN;
  const all = new Float64Array(p + n);
  const isPos = new Uint8Array(p + n);
  for (let i = 0; i < p; i++) {
    all[i] = positiveScores[i]!;
    isPos[i] = 1;
  }
  for (let i = 0; i < n; i++) all[p + i] = negativeScores[i]!;
  const order = Uint32Array.from({ length: p + n }, (_, i) => i).sort((a, b) => all[a]! - all[b]!);
  let u = 0;
  let negBelow = 0;
  for (let i = 0; i < order.length; ) {
    let j = i;
    let pos = 0;
    let neg = 0;
    while (j < order.length && all[order[j]!] === all[order[i]!]) {
      if (isPos[order[j]!]) pos++;
      else neg++;
      j++;
    }
    u += pos * (negBelow + neg / 2);
    negBelow += neg;
    i = j;
  }
  return u / (p * n);
}

/**
 * Expected share of the positives among the best `fraction` of all ranked
 * scores (`scores` holds every ranked record, positives included; `isPositive`
 * marks them). Ties at the cut share the remaining places pro rata.
 */
export function recallAtFraction(scores: ArrayLike<number>, isPositive: ArrayLike<number | boolean>, fraction: number): number {
  const n = scores.length;
  let positives = 0;
  for (let i = 0; i < n; i++) if (isPositive[i]) positives++;
  if (positives === 0 || n === 0) return NaN;
  const places = fraction * n;
  const order = Uint32Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[b]! - scores[a]!);
  let taken = 0;
  let found = 0;
  for (let i = 0; i < n && taken < places; ) {
    let j = i;
    let pos = 0;
    while (j < n && scores[order[j]!] === scores[order[i]!]) {
      if (isPositive[order[j]!]) pos++;
      j++;
    }
    const group = j - i;
    const room = Math.min(group, places - taken);
    found += (pos * room) / group;
    taken += room;
    i = j;
  }
  return found / positives;
}

export interface RankingFigures {
  /** Share of the held-out examples in the best 10% / 20% of the ranking. */
  recallTop10: number;
  recallTop20: number;
  /** Their rate in the best 10% over their rate among everything ranked. */
  liftTop10: number;
  /** Held-out examples against lost records where there are any, else against every other ranked record. */
  auc: number;
}

/**
 * The figures of one ranking. `scores` covers every ranked record; `held`
 * marks the held-out examples, `negative` the records known to be bad (lost,
 * unsubscribed, bounced) — when none are marked, AUC is against every other
 * ranked record.
 */
export function rankingFigures(scores: Float64Array | Float32Array, held: Uint8Array, negative: Uint8Array | null): RankingFigures {
  const pos: number[] = [];
  const neg: number[] = [];
  let negatives = 0;
  if (negative) for (let i = 0; i < scores.length; i++) if (negative[i] && !held[i]) negatives++;
  for (let i = 0; i < scores.length; i++) {
    if (held[i]) pos.push(scores[i]!);
    else if (negatives === 0 || negative![i]) neg.push(scores[i]!);
  }
  const recallTop10 = recallAtFraction(scores, held, 0.1);
  return {
    recallTop10,
    recallTop20: recallAtFraction(scores, held, 0.2),
    liftTop10: recallTop10 / 0.1,
    auc: auc(pos, neg),
  };
}

/** Mean and (sample) standard deviation of each figure over folds, NaN folds left out. */
export function summarise(folds: readonly RankingFigures[]): { mean: RankingFigures; spread: RankingFigures } {
  const keys: (keyof RankingFigures)[] = ['recallTop10', 'recallTop20', 'liftTop10', 'auc'];
  const mean = {} as RankingFigures;
  const spread = {} as RankingFigures;
  for (const k of keys) {
    const xs = folds.map((f) => f[k]).filter((x) => Number.isFinite(x));
    const m = xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN;
    const v = xs.length > 1 ? xs.reduce((a, b) => a + (b - m) ** 2, 0) / (xs.length - 1) : 0;
    mean[k] = m;
    spread[k] = Math.sqrt(v);
  }
  return { mean, spread };
}
