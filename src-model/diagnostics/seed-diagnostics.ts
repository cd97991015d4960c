/**
 * Seed diagnostics: what an analyst should know about a set of examples
 * before trusting a ranking built from them.
 *
 * - Cohesion: how much more alike the examples are than records picked at
 *   random. Each example is compared with the centroid of the *other*
 *   examples (leave-one-out), after taking off the workspace's mean vector
 *   so values every record shares stop counting (the reason the plain
 *   centroid rewards typical records). Its "likeness" is the share of the
 *   workspace that resembles that centroid less than it does; cohesion is the
 *   mean likeness. 0.5 means no more alike than random records, 1 means each
 *   example resembles the others more than any other record does.
 * - Outliers: examples whose likeness is low — less like the others than most
 *   of the workspace. They are often mislabelled or a persona of their own.
 * - Suspected outcome leaks: fields whose value alone almost perfectly
 *   separates the examples from the rest (or from the lost records, where
 *   there are any). A column filled in because the deal closed ("Closed by
 *   Horizzon", a close value, a customer date) predicts the examples
 *   perfectly and finds no new ones. Each field's separating power is
 *   measured cross-fitted — value odds learned on one half of the records,
 *   measured on the other — so a field with a value per record (a name, a
 *   date) cannot look perfect by memorising.
 *
 * Cohesion is read from the embeddings (what the ranking sees); leaks from
 * the fields' values as imported, because the embedding keeps slots for a
 * column's commonest values only and a leak often hides in the rarer ones
 * ("Lost to EINS").
 *
 * Pure: the caller hands in the embeddings and the values.
 */
import { sampleRows } from '../backtest/backtest';
import { auc } from '../backtest/metrics';
import { sparseMean, sparseRows } from '../math/sparse-rows';
import { seededRandom } from '../math/seeded-random';
import type { SeedAdviceKind, SuspectedLeak } from './types';
import type { EmbeddingRows } from '../strategies/types';

export interface DiagnosticsData extends EmbeddingRows {
  /** Rows of `rows` that are the examples. */
  examples: Int32Array;
}

/** One field's values among the examples and among the records they are told apart from (null: no value). */
export interface FieldValues {
  /** What the caller names the field by (an imported header, or a standard field's name). */
  key: string;
  label: string;
  /** Whether the analyst can leave it out of the features (imported columns can; standard fields cannot). */
  removable: boolean;
  examples: readonly (string | null)[];
  others: readonly (string | null)[];
}

export interface SeedDiagnostics {
  examples: number;
  /** Mean likeness of the examples (see above); null with fewer than 3 examples. */
  cohesion: number | null;
  /** Examples less like the others than most records are, least alike first (indices into the data's rows). */
  outliers: { row: number; likeness: number }[];
  advice: { kind: SeedAdviceKind; text: string }[];
  leaks: SuspectedLeak[];
}

/** Fewer examples than this make a fragile profile. */
export const FEW_EXAMPLES = 10;
/** Cohesion below this: the examples are barely more alike than random records. */
export const BROAD_COHESION = 0.65;
/** An example whose likeness is below this resembles the others less than 80% of the workspace does. */
export const OUTLIER_LIKENESS = 0.2;
/**
 * A field alone separating the examples this well is suspected of recording the outcome. On the
 * labelled datasets (npm run eval:diagnostics) honest columns reach 0.76 at most and the known
 * leaks 0.92 (X Education's Tags) to 1.0 (a deal stage, a lifecycle stage).
 */
export const LEAK_SEPARATION = 0.9;
/** Leaks are only looked for with this many examples (and as many records to tell them from). */
export const LEAK_MIN_EXAMPLES = 10;
/** Records the likeness of an example is measured against (a seeded sample beyond that). */
const REFERENCE_ROWS = 20_000;

/**
 * `fields` holds each field's values among the examples and among the records to tell them from:
 * the lost ones where there are at least LEAK_MIN_EXAMPLES (`against: 'lost'`), else a sample of the rest.
 */
export function diagnoseSeed(
  data: DiagnosticsData,
  fields: { values: readonly FieldValues[]; against: SuspectedLeak['against'] },
  options: { seed?: number } = {},
): SeedDiagnostics {
  const seed = options.seed ?? 1;
  const n = data.examples.length;
  const total = data.rows.length / data.dim;
  const likeness = n >= 3 ? exampleLikeness(data, seed) : null;
  const cohesion = likeness ? mean(likeness) : null;
  const outliers = likeness
    ? [...likeness].map((l, i) => ({ row: data.examples[i]!, likeness: l })).filter((o) => o.likeness < OUTLIER_LIKENESS).sort((a, b) => a.likeness - b.likeness)
    : [];
  return {
    examples: n,
    cohesion,
    outliers,
    advice: adviceFor(n, total, cohesion, outliers.length),
    leaks: fieldSeparations(fields.values, fields.against, seed).filter((f) => f.separation >= LEAK_SEPARATION),
  };
}

function adviceFor(n: number, total: number, cohesion: number | null, outliers: number): SeedDiagnostics['advice'] {
  const advice: SeedDiagnostics['advice'] = [];
  if (n < FEW_EXAMPLES) {
    advice.push({ kind: 'too_few', text: `Only ${n} example${n === 1 ? '' : 's'}: a profile from so few follows their quirks. 20 or more give steadier rankings.` });
  }
  if (total > 0 && n / total > 0.5) {
    advice.push({ kind: 'most_of_workspace', text: `The examples are ${Math.round((100 * n) / total)}% of the records: there is little left to rank, and little to tell them apart from.` });
  }
  if (cohesion !== null && cohesion < BROAD_COHESION) {
    advice.push({
      kind: 'broad',
      text:
        `The examples are barely more alike than records picked at random (cohesion ${cohesion.toFixed(2)}; 0.50 is random). ` +
        'A narrower source ranks better; or try the multi strategy, which looks for personas among them.',
    });
  } else if (cohesion !== null && advice.length === 0) {
    const also = outliers > 0 ? `; ${outliers} of them look${outliers === 1 ? 's' : ''} unlike the rest` : '';
    advice.push({ kind: 'cohesive', text: `The examples are clearly alike (cohesion ${cohesion.toFixed(2)}; 0.50 is random)${also}.` });
  }
  return advice;
}

function mean(values: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i]!;
  return values.length ? s / values.length : 0;
}

/**
 * Each example's likeness: the share of reference records less similar than it to the other examples'
 * centroid. Cosines of centred vectors from sparse rows: (x − μ)·s = x·s − μ·s and
 * ‖x − μ‖² = ‖x‖² − 2x·μ + ‖μ‖², so each row costs its few non-zero slots, not the dimension.
 */
function exampleLikeness(data: DiagnosticsData, seed: number): Float64Array {
  const { dim, rows, examples } = data;
  const total = rows.length / dim;
  const isExample = new Uint8Array(total);
  for (const r of examples) isExample[r] = 1;
  const all = sparseRows(rows, dim, Int32Array.from({ length: total }, (_, i) => i));
  // The workspace's mean, taken off every vector so shared values stop counting.
  const mu = sparseMean(all);
  const muMu = dotOf(mu, mu);
  // s: the sum of the centred examples.
  const s = sparseMean(all, examples);
  for (let j = 0; j < dim; j++) s[j] = (s[j]! - mu[j]!) * examples.length;
  const muS = dotOf(mu, s);
  const sS = dotOf(s, s);
  const rowDots = (r: number, v: Float64Array) => {
    let d = 0;
    for (let k = all.start[r]!; k < all.start[r + 1]!; k++) d += all.value[k]! * v[all.index[k]!]!;
    return d;
  };
  const normSq = (r: number) => {
    let d = 0;
    for (let k = all.start[r]!; k < all.start[r + 1]!; k++) d += all.value[k]! * all.value[k]!;
    return d;
  };
  /** Row r centred: its dot with s and its squared norm. */
  const centred = (r: number) => {
    const xMu = rowDots(r, mu);
    return { xs: rowDots(r, s) - muS, xx: Math.max(0, normSq(r) - 2 * xMu + muMu) };
  };
  const cos = (ab: number, aa: number, bb: number) => (aa > 0 && bb > 0 ? ab / Math.sqrt(aa * bb) : 0);
  // Reference records: those that are not examples, a seeded sample of them when there are many.
  const others: number[] = [];
  for (let r = 0; r < total; r++) if (!isExample[r]) others.push(r);
  const reference = Array.from(sampleRows(others.length, REFERENCE_ROWS, seed), (i) => others[i]!);
  const refSims = Float64Array.from(reference, (r) => {
    const c = centred(r);
    return cos(c.xs, c.xx, sS);
  }).sort();
  return Float64Array.from(examples, (r) => {
    // The others' sum is s − (x − μ): its dot with x − μ and its norm follow from the same parts.
    const c = centred(r);
    const loo = c.xs - c.xx;
    const looLoo = sS - 2 * c.xs + c.xx;
    const sim = cos(loo, c.xx, looLoo);
    return refSims.length ? countBelow(refSims, sim) / refSims.length : 1;
  });
}

const dotOf = (a: Float64Array, b: Float64Array) => {
  let d = 0;
  for (let j = 0; j < a.length; j++) d += a[j]! * b[j]!;
  return d;
};

/** How many of the ascending `sorted` are below `v` (ties count half). */
function countBelow(sorted: Float64Array, v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  let eq = lo;
  while (eq < sorted.length && sorted[eq] === v) eq++;
  return lo + (eq - lo) / 2;
}

/** Every field's separating power alone (see the top), most separating first; the leaks are those from LEAK_SEPARATION up. */
export function fieldSeparations(fields: readonly FieldValues[], against: SuspectedLeak['against'], seed = 1): SuspectedLeak[] {
  const out: SuspectedLeak[] = [];
  for (const field of fields) {
    if (field.examples.length < LEAK_MIN_EXAMPLES || field.others.length < LEAK_MIN_EXAMPLES) continue;
    const codes = valueCodes(field.examples, field.others);
    // Two seeded halves of each side: value odds learned on one half are measured on the other.
    const rnd = seededRandom(seed + 101);
    const posHalf = Uint8Array.from(codes.examples, () => (rnd() < 0.5 ? 1 : 0));
    const negHalf = Uint8Array.from(codes.others, () => (rnd() < 0.5 ? 1 : 0));
    const telling = mostTellingValue(codes.examples, codes.others);
    out.push({
      key: field.key,
      label: field.label,
      removable: field.removable,
      separation: crossFittedSeparation(codes.examples, codes.others, posHalf, negHalf),
      against,
      value: codes.names[telling.code] ?? '(empty)',
      examplesShare: telling.examplesShare,
      othersShare: telling.othersShare,
    });
  }
  return out.sort((a, b) => b.separation - a.separation || (a.key < b.key ? -1 : 1));
}

/** Bands a numeric field's values are cut into: close values or visit counts say more by range than one by one. */
const NUMERIC_BANDS = 20;

/**
 * Each value as a small integer code (0: empty). A field whose values are
 * nearly all numbers is coded by its quantile band over both sides, so a
 * range that only the examples reach counts as one value.
 */
function valueCodes(examples: readonly (string | null)[], others: readonly (string | null)[]): { examples: Int32Array; others: Int32Array; names: string[] } {
  const all = [...examples, ...others];
  const filled = all.filter((v): v is string => v !== null);
  const numbers = filled.map(Number).filter(Number.isFinite);
  const names: string[] = ['(empty)'];
  if (filled.length > 0 && numbers.length >= 0.9 * filled.length) {
    const sorted = Float64Array.from(numbers).sort();
    const cuts = [...new Set(Array.from({ length: NUMERIC_BANDS - 1 }, (_, i) => sorted[Math.floor(((i + 1) * sorted.length) / NUMERIC_BANDS)]!))];
    // Band b holds values below cuts[b] (and from cuts[b−1]); the last band the rest. Text in a numeric field is one more value.
    cuts.forEach((c, b) => names.push(b === 0 ? `below ${c}` : `${cuts[b - 1]} to ${c}`));
    names.push(cuts.length ? `${cuts[cuts.length - 1]} and above` : 'any number');
    const textCode = names.push('(not a number)') - 1;
    const code = (v: string | null) => {
      if (v === null) return 0;
      const x = Number(v);
      if (!Number.isFinite(x)) return textCode;
      let b = 0;
      while (b < cuts.length && x >= cuts[b]!) b++;
      return 1 + b;
    };
    return { examples: Int32Array.from(examples, code), others: Int32Array.from(others, code), names };
  }
  const index = new Map<string, number>();
  const code = (v: string | null) => {
    if (v === null) return 0;
    const key = v.toLowerCase();
    let c = index.get(key);
    if (c === undefined) {
      c = names.push(v) - 1;
      index.set(key, c);
    }
    return c;
  };
  return { examples: Int32Array.from(examples, code), others: Int32Array.from(others, code), names };
}

/** AUC of a field's value alone, each half scored by smoothed value log-odds learned on the other half. */
function crossFittedSeparation(pv: Int32Array, nv: Int32Array, posHalf: Uint8Array, negHalf: Uint8Array): number {
  const scored = (values: Int32Array, halves: Uint8Array, h: number) => values.filter((_, i) => halves[i] === h);
  let sum = 0;
  for (const h of [0, 1]) {
    const trainP = scored(pv, posHalf, 1 - h);
    const trainN = scored(nv, negHalf, 1 - h);
    const testP = scored(pv, posHalf, h);
    const testN = scored(nv, negHalf, h);
    if (testP.length === 0 || testN.length === 0 || trainP.length === 0 || trainN.length === 0) return 0;
    const odds = valueLogOdds(trainP, trainN);
    const score = (v: number) => odds.get(v) ?? odds.get(UNSEEN)!;
    sum += auc(Float64Array.from(testP, score), Float64Array.from(testN, score));
  }
  return sum / 2;
}

const UNSEEN = -1;

/** Log of (share among positives ÷ share among negatives) per value, add-one smoothed; values seen once on one side only stay near even. */
function valueLogOdds(p: Int32Array, n: Int32Array): Map<number, number> {
  const cp = new Map<number, number>();
  const cn = new Map<number, number>();
  for (const v of p) cp.set(v, (cp.get(v) ?? 0) + 1);
  for (const v of n) cn.set(v, (cn.get(v) ?? 0) + 1);
  const odds = new Map<number, number>();
  const a = 1;
  for (const v of new Set([...cp.keys(), ...cn.keys()])) {
    odds.set(v, Math.log(((cp.get(v) ?? 0) + a) / (p.length + 2 * a)) - Math.log(((cn.get(v) ?? 0) + a) / (n.length + 2 * a)));
  }
  odds.set(UNSEEN, Math.log(a / (p.length + 2 * a)) - Math.log(a / (n.length + 2 * a)));
  return odds;
}

function mostTellingValue(pv: Int32Array, nv: Int32Array): { code: number; examplesShare: number; othersShare: number } {
  const share = (values: Int32Array) => {
    const m = new Map<number, number>();
    for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
    for (const [v, c] of m) m.set(v, c / values.length);
    return m;
  };
  const sp = share(pv);
  const sn = share(nv);
  let best = { code: 0, examplesShare: 0, othersShare: 0 };
  let gap = -1;
  for (const v of new Set([...sp.keys(), ...sn.keys()])) {
    const g = Math.abs((sp.get(v) ?? 0) - (sn.get(v) ?? 0));
    if (g > gap) {
      gap = g;
      best = { code: v, examplesShare: sp.get(v) ?? 0, othersShare: sn.get(v) ?? 0 };
    }
  }
  return best;
}
