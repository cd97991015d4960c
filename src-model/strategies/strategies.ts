/**
 * The ranking strategies. Each builds a Scorer from a TrainingSet:
 *
 * - centroid: the examples' weighted centroid, each part normalised and
 *   weighted 0.7 company / 0.3 lead, scored by cosine. Kept as it always
 *   was, for reference: it rewards records that are typical of the whole
 *   workspace, because values nearly everyone has dominate the centroid.
 * - contrast: the direction in which the examples differ from the
 *   workspace (and from known-bad records): mean of the examples minus the
 *   reference mean, each slot divided by its spread in the workspace, so a
 *   value everyone has counts for nothing and a rare value the examples
 *   share counts a lot. Part balance comes from the data.
 * - learned: a regularised logistic regression of the examples against a
 *   sample of the workspace (positive–unlabelled learning: ranking by such a
 *   model ranks as one trained on true negatives would, when the examples
 *   are a fair pick of the good records), with known-bad records as extra,
 *   heavier negatives.
 * - focused: blend, then a second model fitted among the records blend
 *   ranks at the top, lifting those with every trait the examples share.
 * - nearest: a record's best centred similarity to any single example
 *   (up to MAX_PROTOTYPES examples, spread over the set), naming it.
 * - multi: the examples clustered into personas (k chosen from the data),
 *   each scored by its own contrast direction; a record counts for the
 *   persona it is closest to, which is named.
 */
import { fitLogistic } from '../math/logistic';
import { dealFolds, seededRandom } from '../math/seeded-random';
import { auc } from '../backtest/metrics';
import { sparseDot, sparseMean, sparseRows, type SparseRows } from '../math/sparse-rows';
import { rawScores } from './scoring';
import type { Calibration, ConcreteStrategy, Scorer, StrategyOptions, TrainingSet } from './types';

const DEFAULT_LAMBDA = 3e-4;
const DEFAULT_NEGATIVE_WEIGHT = 4;
/** Examples `nearest` compares against at most (a spread-out subset beyond that). */
export const MAX_PROTOTYPES = 64;
const MAX_PERSONAS = 6;

/** Prepared inputs shared by the strategies: sparse rows and means. */
export interface Prepared {
  set: TrainingSet;
  pos: SparseRows;
  neg: SparseRows;
  bg: SparseRows;
  bgMean: Float64Array;
  /** Per-slot variance over the background sample. */
  bgVar: Float64Array;
  posMean: Float64Array;
  /** The reference the examples are contrasted with: the workspace, pulled towards the known-bad records. */
  refMean: Float64Array;
}

export function prepare(set: TrainingSet, options: StrategyOptions = {}): Prepared {
  const pos = sparseRows(set.rows, set.dim, set.positives);
  const neg = sparseRows(set.rows, set.dim, set.negatives);
  const bg = sparseRows(set.rows, set.dim, set.background);
  const bgMean = sparseMean(bg);
  const bgVar = new Float64Array(set.dim);
  for (let r = 0; r < bg.count; r++) for (let k = bg.start[r]!; k < bg.start[r + 1]!; k++) bgVar[bg.index[k]!]! += bg.value[k]! * bg.value[k]!;
  for (let i = 0; i < set.dim; i++) bgVar[i] = Math.max(0, bgVar[i]! / Math.max(1, bg.count) - bgMean[i]! * bgMean[i]!);
  const posMean = sparseMean(pos, null, set.positiveWeights);
  const refMean = bgMean.slice();
  if (neg.count > 0) {
    // Known-bad records pull the reference towards them, as much as their weight against the sample says.
    const negMean = sparseMean(neg);
    const kappa = Math.min(1, ((options.negativeWeight ?? DEFAULT_NEGATIVE_WEIGHT) * neg.count) / Math.max(1, bg.count + neg.count));
    const mix = Math.max(kappa, 0.5);
    for (let i = 0; i < set.dim; i++) refMean[i] = (1 - mix) * bgMean[i]! + mix * negMean[i]!;
  }
  return { set, pos, neg, bg, bgMean, bgVar, posMean, refMean };
}

function normalise(v: Float64Array): Float64Array {
  let ss = 0;
  for (const x of v) ss += x * x;
  const n = Math.sqrt(ss);
  if (n > 0) for (let i = 0; i < v.length; i++) v[i]! /= n;
  return v;
}

const toF32 = (v: ArrayLike<number>) => Float32Array.from(v as ArrayLike<number>);

/**
 * A 1-D logistic fit of "example or not" on the raw score (Platt scaling),
 * classes balanced: the shown score is then the odds that a record with
 * this raw score is one of the examples rather than a typical record, on an
 * even prior (0.5 = as much one as the other).
 */
export function plattCalibration(positiveRaw: Float64Array, positiveWeights: ArrayLike<number>, negativeRaw: Float64Array): Calibration {
  const n = positiveRaw.length + negativeRaw.length;
  if (positiveRaw.length === 0 || negativeRaw.length === 0) return { kind: 'logistic', a: 1, b: 0 };
  // Standardise the raw scores so one λ suits every strategy's scale.
  let mean = 0;
  for (const x of positiveRaw) mean += x;
  for (const x of negativeRaw) mean += x;
  mean /= n;
  let sd = 0;
  for (const x of positiveRaw) sd += (x - mean) ** 2;
  for (const x of negativeRaw) sd += (x - mean) ** 2;
  sd = Math.sqrt(sd / n) || 1;
  const rows: SparseRows = {
    count: n,
    dim: 1,
    start: Int32Array.from({ length: n + 1 }, (_, i) => i),
    index: new Uint16Array(n),
    value: Float32Array.from([...positiveRaw, ...negativeRaw], (x) => (x - mean) / sd),
  };
  const labels = new Uint8Array(n);
  labels.fill(1, 0, positiveRaw.length);
  let pw = 0;
  for (let i = 0; i < positiveRaw.length; i++) pw += positiveWeights[i]!;
  const weights = new Float64Array(n);
  for (let i = 0; i < positiveRaw.length; i++) weights[i] = positiveWeights[i]! / pw;
  for (let i = positiveRaw.length; i < n; i++) weights[i] = 1 / negativeRaw.length;
  const fit = fitLogistic(rows, labels, weights, { lambda: 1e-4 });
  const a = fit.weights[0]! / sd;
  return { kind: 'logistic', a: a > 0 ? a : 1e-9, b: fit.bias - a * mean };
}

function calibrated(p: Prepared, scorer: Omit<Scorer, 'calibration'>): Scorer {
  const uncalibrated: Scorer = { ...scorer, calibration: { kind: 'identity' } };
  return { ...scorer, calibration: plattCalibration(rawScores(uncalibrated, p.pos), p.set.positiveWeights, rawScores(uncalibrated, p.bg)) };
}

export function centroidScorer(p: Prepared): Scorer {
  const { parts, partWeights } = p.set;
  const q = new Float32Array(p.set.dim);
  const ranges = [parts.company, parts.lead];
  const weights = [partWeights.company, partWeights.lead];
  const norms = ranges.map((r) => {
    let ss = 0;
    for (let i = r.start; i < r.end; i++) ss += p.posMean[i]! ** 2;
    return Math.sqrt(ss);
  });
  const present = weights.reduce((s, w, k) => s + (norms[k]! > 0 ? w : 0), 0);
  ranges.forEach((r, k) => {
    if (norms[k] === 0 || present === 0) return;
    for (let i = r.start; i < r.end; i++) q[i] = (p.posMean[i]! / norms[k]!) * (weights[k]! / present);
  });
  return { strategy: 'centroid', queries: [q], offsets: [0], queryLabels: [null], calibration: { kind: 'identity' }, center: null };
}

/** Contrast direction of a mean against the reference, per slot divided by the workspace's spread. */
function contrastDirection(p: Prepared, mean: Float64Array): Float64Array {
  const q = new Float64Array(p.set.dim);
  // A floor on the spread: a slot nobody in the sample has must not get an unbounded weight.
  let avgVar = 0;
  for (const v of p.bgVar) avgVar += v;
  avgVar /= p.set.dim;
  const floor = Math.max(1e-6, 0.05 * avgVar);
  for (let i = 0; i < p.set.dim; i++) q[i] = (mean[i]! - p.refMean[i]!) / (p.bgVar[i]! + floor);
  return normalise(q);
}

const dotF64 = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
};

export function contrastScorer(p: Prepared): Scorer {
  const q = contrastDirection(p, p.posMean);
  // Offset: an average record scores 0, so raw scores read as "above / below typical".
  return calibrated(p, { strategy: 'contrast', queries: [toF32(q)], offsets: [-dotF64(q, p.bgMean)], queryLabels: [null], center: p.bgMean });
}

/**
 * The penalties `learned` chooses among, strongest first. The right one
 * depends on the examples: thousands of them support a finely shaded model,
 * a few hundred (or examples of which many are not the persona that makes
 * them good) want a smoother one, or the model learns their accidents.
 */
export const LAMBDA_GRID: readonly number[] = [1e-2, 3e-3, 1e-3, DEFAULT_LAMBDA];
const CV_FOLDS = 3;
/** Below this many examples the penalty is not chosen by cross-validation (folds too small to tell). */
const MIN_CV_EXAMPLES = 30;
/** Held-out AUC a stronger penalty may give up against the best and still be chosen. */
const CV_TOLERANCE = 0.002;
/** Workspace rows the search uses at most (held-out AUC needs a few thousand, not the whole sample). */
const CV_BACKGROUND = 6_000;
/** Examples the search uses at most. */
const CV_EXAMPLES = 1_500;
/**
 * How closely the search's fits approach their optimum (the final fit goes to 1e-6). The search only
 * compares the penalties' held-out AUC, which stops moving long before the loss does: on the four
 * labelled datasets and fourteen planted-persona files it chose the same penalty as at 1e-6 in half the
 * time (0.3 s of a cold job's 1 s of training).
 */
const CV_FIT_TOLERANCE = 1e-4;

/** Rows, labels and weights of the learned model's problem over the given examples, background and known-bad rows. */
function learnedProblem(set: TrainingSet, positives: number[], positiveWeights: number[], background: number[], negatives: number[], kappa: number) {
  const x = sparseRows(set.rows, set.dim, [...positives, ...background, ...negatives]);
  const labels = new Uint8Array(x.count);
  labels.fill(1, 0, positives.length);
  const weights = new Float64Array(x.count);
  let pw = 0;
  for (const w of positiveWeights) pw += w;
  positiveWeights.forEach((w, i) => (weights[i] = w / pw));
  const negTotal = background.length + kappa * negatives.length;
  for (let i = 0; i < background.length; i++) weights[positives.length + i] = 1 / negTotal;
  for (let i = 0; i < negatives.length; i++) weights[positives.length + background.length + i] = kappa / negTotal;
  return { x, labels, weights };
}

/**
 * The penalty whose model best ranks held-out examples above held-out
 * workspace records, over CV_FOLDS seeded folds of the training rows (AUC;
 * ties to the stronger penalty). Each fold walks the grid from the strongest
 * penalty down, each fit starting from the last, so the whole search costs a
 * few full fits.
 */
export function chooseLambda(set: TrainingSet, options: StrategyOptions = {}): number {
  const { background: unlabelled, negatives } = learnedRows(set);
  const kappa = options.negativeWeight ?? DEFAULT_NEGATIVE_WEIGHT;
  let background = unlabelled;
  const n = set.positives.length;
  if (n < MIN_CV_EXAMPLES || background.length < CV_FOLDS * 10) return DEFAULT_LAMBDA;
  const rnd = seededRandom((options.seed ?? 1) ^ 0x5eed);
  const foldOf = (count: number) => dealFolds(count, CV_FOLDS, rnd);
  const posFold = foldOf(n);
  // Beyond CV_EXAMPLES examples an evenly spread subset takes part (the choice barely moves past that): the
  // first example of each of CV_EXAMPLES equal runs; the others sit out (fold −1).
  const runOf = (i: number) => Math.floor((i * CV_EXAMPLES) / n);
  if (n > CV_EXAMPLES) for (let i = 1; i < n; i++) if (runOf(i) === runOf(i - 1)) posFold[i] = -1;
  if (background.length > CV_BACKGROUND) {
    const step = background.length / CV_BACKGROUND;
    background = Array.from({ length: CV_BACKGROUND }, (_, i) => background[Math.floor(i * step)]!);
  }
  const bgFold = foldOf(background.length);
  const negFold = foldOf(negatives.length);
  const aucSum = new Float64Array(LAMBDA_GRID.length);
  for (let f = 0; f < CV_FOLDS; f++) {
    const trainPos: number[] = [];
    const trainPosW: number[] = [];
    const heldPos: number[] = [];
    for (let i = 0; i < n; i++) {
      if (posFold[i] === -1) continue;
      if (posFold[i] === f) heldPos.push(set.positives[i]!);
      else {
        trainPos.push(set.positives[i]!);
        trainPosW.push(set.positiveWeights[i]!);
      }
    }
    const trainBg = background.filter((_, i) => bgFold[i] !== f);
    const heldOther = [...background.filter((_, i) => bgFold[i] === f), ...negatives.filter((_, i) => negFold[i] === f)];
    const trainNeg = negatives.filter((_, i) => negFold[i] !== f);
    const problem = learnedProblem(set, trainPos, trainPosW, trainBg, trainNeg, kappa);
    const heldPosRows = sparseRows(set.rows, set.dim, heldPos);
    const heldOtherRows = sparseRows(set.rows, set.dim, heldOther);
    let start: { weights: Float64Array; bias: number } | undefined;
    LAMBDA_GRID.forEach((lambda, g) => {
      const fit = fitLogistic(problem.x, problem.labels, problem.weights, { lambda, start, tolerance: CV_FIT_TOLERANCE });
      start = fit;
      const score = (rows: SparseRows) => Float64Array.from({ length: rows.count }, (_, r) => sparseDot(rows, r, fit.weights));
      aucSum[g]! += auc(score(heldPosRows), score(heldOtherRows));
    });
  }
  // The strongest penalty within CV_TOLERANCE of the best (a smoother model that ranks held-out examples as
  // well is the one to trust: it learned the examples' shared traits, not their accidents).
  let top = -Infinity;
  for (const a of aucSum) top = Math.max(top, a / CV_FOLDS);
  let best = 0;
  while (aucSum[best]! / CV_FOLDS < top - CV_TOLERANCE) best++;
  return LAMBDA_GRID[best]!;
}

/** The unlabelled and known-bad rows the learned model is fitted against: the examples are labelled, so not among them. */
function learnedRows(set: TrainingSet): { background: number[]; negatives: number[] } {
  const positives = new Set(set.positives);
  return {
    background: Array.from(set.background).filter((r) => !positives.has(r)),
    negatives: Array.from(set.negatives).filter((r) => !positives.has(r)),
  };
}

/** Strategy options with the learned model's penalty settled: the given one, else chosen on this set. */
export function withLambda(set: TrainingSet, options: StrategyOptions = {}): StrategyOptions {
  return options.lambda !== undefined ? options : { ...options, lambda: chooseLambda(set, options) };
}

export function learnedScorer(p: Prepared, options: StrategyOptions = {}): Scorer {
  const set = p.set;
  const { background, negatives } = learnedRows(set);
  const kappa = options.negativeWeight ?? DEFAULT_NEGATIVE_WEIGHT;
  const lambda = options.lambda ?? chooseLambda(set, options);
  const { x, labels, weights } = learnedProblem(set, Array.from(set.positives), Array.from(set.positiveWeights), background, negatives, kappa);
  const fit = fitLogistic(x, labels, weights, { lambda });
  // Balanced classes: σ(β·x + b) is already the even-prior odds the other strategies are calibrated to.
  return {
    strategy: 'learned',
    queries: [toF32(fit.weights)],
    offsets: [fit.bias],
    queryLabels: [null],
    calibration: { kind: 'logistic', a: 1, b: 0 },
    center: p.bgMean,
  };
}

/**
 * contrast and learned together: the sum of their query vectors, each
 * divided by the spread of its raw scores over the workspace sample, so
 * each has an equal say. The two err differently — contrast reads each
 * value on its own and never overfits, learned weighs values against each
 * other and can learn the accidents of a few hundred examples — and the
 * average of two such rankers is steadier than either (the variance of an
 * average of imperfectly correlated errors is smaller). Still one linear
 * query, so a score's reasons add up to it as for every strategy.
 */
export function blendScorer(p: Prepared, options: StrategyOptions = {}): Scorer {
  const parts = [contrastScorer(p), learnedScorer(p, options)];
  const q = new Float64Array(p.set.dim);
  for (const part of parts) {
    const query = part.queries[0]!;
    const sd = spreadOf(rawScores({ ...part, calibration: { kind: 'identity' } }, p.bg)) || 1;
    for (let i = 0; i < q.length; i++) q[i]! += query[i]! / sd;
  }
  return calibrated(p, { strategy: 'blend', queries: [toF32(q)], offsets: [-dotF64(q, p.bgMean)], queryLabels: [null], center: p.bgMean });
}

/** Share of the workspace sample, by blend's score, that `focused` takes a second look at. */
const FOCUS_SHARE = 0.15;
/** L2 penalty of the second look (a smaller problem than learned's: a little smoother). */
const FOCUS_LAMBDA = 1e-3;
/**
 * Below these many examples or workspace records in blend's top, focused is blend: a second model of fewer
 * examples learns their accidents (the same reason `auto` does not switch strategies under 60 examples).
 */
const FOCUS_MIN_EXAMPLES = 50;
const FOCUS_MIN_RECORDS = 50;

/**
 * blend, then a second look at the top. A winning profile is often a
 * conjunction — senior, in sales, at a mid-sized software firm in Europe —
 * and a linear score cannot say "all of them": a record with four of five
 * traits and some engagement ranks beside one with all five. So a second
 * model is fitted where that matters: the examples against the workspace
 * records blend already ranks in its top FOCUS_SHARE (and the known-bad
 * ones there). Within that top, what sets the examples apart is the trait
 * the near misses lack, which the first model, fitted against everyone,
 * weighs little.
 *
 * The score is the larger of blend's and blend's plus the second model's
 * lift (its log-odds above the top's median record): two linear queries,
 * so a score's reasons still add up to it, exactly. A record the second
 * model finds no better than the top's typical one keeps its blend score;
 * one it finds more like the examples rises. On the planted-persona files
 * this lifted R-precision from 0.72 to 0.79 on average (each file up).
 */
export function focusedScorer(p: Prepared, options: StrategyOptions = {}): Scorer {
  const first = blendScorer(p, options);
  const asFocused: Scorer = { ...first, strategy: 'focused' };
  const set = p.set;
  const plain = { ...first, calibration: { kind: 'identity' as const } };
  const bgRaw = rawScores(plain, p.bg);
  const cut = Float64Array.from(bgRaw).sort()[Math.floor(bgRaw.length * (1 - FOCUS_SHARE))];
  if (cut === undefined) return asFocused;
  const examples = new Set(set.positives);
  /** Rows (of `ids`, scored `raw` by blend) in blend's top, examples left out unless they are what is asked for. */
  const inTop = (ids: Int32Array, raw: Float64Array, keepExamples = false) => {
    const out: number[] = [];
    ids.forEach((r, i) => {
      if (raw[i]! >= cut && (keepExamples || !examples.has(r))) out.push(i);
    });
    return out;
  };
  const topExamples = inTop(set.positives, rawScores(plain, p.pos), true);
  const topRecords = inTop(set.background, bgRaw).map((i) => set.background[i]!);
  const topBad = inTop(set.negatives, rawScores(plain, p.neg)).map((i) => set.negatives[i]!);
  if (topExamples.length < FOCUS_MIN_EXAMPLES || topRecords.length < FOCUS_MIN_RECORDS) return asFocused;
  const problem = learnedProblem(
    set,
    topExamples.map((i) => set.positives[i]!),
    topExamples.map((i) => set.positiveWeights[i]!),
    topRecords,
    topBad,
    options.negativeWeight ?? DEFAULT_NEGATIVE_WEIGHT,
  );
  const fit = fitLogistic(problem.x, problem.labels, problem.weights, { lambda: FOCUS_LAMBDA });
  // The lift is measured from the top's median workspace record (the problem's rows after the examples):
  // half of the top keeps its blend score.
  const second = Float64Array.from(topRecords, (_, r) => sparseDot(problem.x, topExamples.length + r, fit.weights) + fit.bias).sort();
  const median = second[Math.floor(second.length / 2)]!;
  // In blend's raw units (blend's calibration turns them into log-odds; the second model is in log-odds).
  const unit = first.calibration.kind === 'logistic' ? first.calibration.a : 1;
  const q1 = first.queries[0]!;
  const q2 = new Float32Array(q1.length);
  for (let i = 0; i < q1.length; i++) q2[i] = q1[i]! + fit.weights[i]! / unit;
  const c1 = first.offsets[0]!;
  return calibrated(p, { strategy: 'focused', queries: [q1, q2], offsets: [c1, c1 + (fit.bias - median) / unit], queryLabels: [null, null], center: p.bgMean });
}

function spreadOf(xs: Float64Array): number {
  let mean = 0;
  for (const x of xs) mean += x;
  mean /= Math.max(1, xs.length);
  let ss = 0;
  for (const x of xs) ss += (x - mean) ** 2;
  return Math.sqrt(ss / Math.max(1, xs.length));
}

/** Each example's centred, normalised vector (dense, float64), one row each. */
function centredExamples(p: Prepared): Float64Array[] {
  const out: Float64Array[] = [];
  for (let r = 0; r < p.pos.count; r++) {
    const v = new Float64Array(p.set.dim);
    for (let i = 0; i < p.set.dim; i++) v[i] = -p.bgMean[i]!;
    for (let k = p.pos.start[r]!; k < p.pos.start[r + 1]!; k++) v[p.pos.index[k]!]! += p.pos.value[k]!;
    out.push(v);
  }
  return out;
}

/** k-means++ seeding, then Lloyd iterations on cosine; deterministic for a seed. */
function kMeans(vectors: Float64Array[], k: number, seed: number, iterations = 12): { assign: Int32Array; centres: Float64Array[] } {
  const rnd = seededRandom(seed);
  const n = vectors.length;
  const unit = vectors.map((v) => normalise(v.slice()));
  const centres: Float64Array[] = [unit[Math.floor(rnd() * n)]!.slice()];
  const d2 = new Float64Array(n).fill(Infinity);
  while (centres.length < k) {
    const c = centres[centres.length - 1]!;
    let total = 0;
    for (let i = 0; i < n; i++) {
      const d = 1 - dotF64(unit[i]!, c);
      if (d < d2[i]!) d2[i] = Math.max(0, d);
      total += d2[i]!;
    }
    let pick = rnd() * total;
    let chosen = n - 1;
    for (let i = 0; i < n; i++) {
      pick -= d2[i]!;
      if (pick <= 0) {
        chosen = i;
        break;
      }
    }
    centres.push(unit[chosen]!.slice());
  }
  const assign = new Int32Array(n);
  for (let it = 0; it < iterations; it++) {
    for (let i = 0; i < n; i++) {
      let best = -Infinity;
      for (let c = 0; c < k; c++) {
        const s = dotF64(unit[i]!, centres[c]!);
        if (s > best) {
          best = s;
          assign[i] = c;
        }
      }
    }
    for (let c = 0; c < k; c++) {
      const m = new Float64Array(unit[0]!.length);
      let count = 0;
      for (let i = 0; i < n; i++) if (assign[i] === c) {
        count++;
        const u = unit[i]!;
        for (let j = 0; j < m.length; j++) m[j]! += u[j]!;
      }
      if (count > 0) centres[c] = normalise(m);
    }
  }
  return { assign, centres };
}

export function nearestScorer(p: Prepared, options: StrategyOptions = {}): Scorer {
  const centred = centredExamples(p);
  let chosen: number[];
  if (centred.length <= MAX_PROTOTYPES) chosen = centred.map((_, i) => i);
  else {
    // A spread-out subset: the example closest to each of MAX_PROTOTYPES cluster centres.
    const { assign, centres } = kMeans(centred, MAX_PROTOTYPES, options.seed ?? 1, 4);
    chosen = centres.map((c, k) => {
      let best = -1;
      let bestSim = -Infinity;
      assign.forEach((a, i) => {
        if (a !== k) return;
        const s = dotF64(centred[i]!, c);
        if (s > bestSim) {
          bestSim = s;
          best = i;
        }
      });
      return best;
    }).filter((i) => i >= 0);
  }
  const queries: Float32Array[] = [];
  const offsets: number[] = [];
  for (const i of chosen) {
    const q = normalise(centred[i]!.slice());
    queries.push(toF32(q));
    offsets.push(-dotF64(q, p.bgMean));
  }
  return calibrated(p, { strategy: 'nearest', queries, offsets, queryLabels: chosen.map((i) => p.set.positives[i]!), center: p.bgMean });
}

export function multiScorer(p: Prepared, options: StrategyOptions = {}): Scorer {
  const centred = centredExamples(p);
  const n = centred.length;
  // k from the data: the largest k (up to MAX_PERSONAS) whose personas each hold a tenth of the examples and
  // which separates them better than one fewer (within-persona similarity gains at least 5%).
  let best: { k: number; assign: Int32Array<ArrayBufferLike>; cohesion: number } = { k: 1, assign: new Int32Array(n), cohesion: -Infinity };
  const unit = centred.map((v) => normalise(v.slice()));
  for (let k = 1; k <= Math.min(MAX_PERSONAS, Math.floor(n / 10)); k++) {
    const { assign, centres } = kMeans(centred, k, options.seed ?? 1);
    const sizes = new Array<number>(k).fill(0);
    let cohesion = 0;
    for (let i = 0; i < n; i++) {
      sizes[assign[i]!]!++;
      cohesion += dotF64(unit[i]!, centres[assign[i]!]!);
    }
    cohesion /= n;
    if (sizes.some((s) => s < n / 10)) continue;
    if (k === 1 || cohesion > best.cohesion * 1.05) best = { k, assign, cohesion };
  }
  const queries: Float32Array[] = [];
  const offsets: number[] = [];
  const labels: (number | null)[] = [];
  for (let c = 0; c < best.k; c++) {
    const members: number[] = [];
    const weights: number[] = [];
    best.assign.forEach((a, i) => {
      if (a === c) {
        members.push(i);
        weights.push(p.set.positiveWeights[i]!);
      }
    });
    const mean = sparseMean(p.pos, members, weights);
    const q = contrastDirection(p, mean);
    queries.push(toF32(q));
    offsets.push(-dotF64(q, p.bgMean));
    labels.push(c);
  }
  return calibrated(p, { strategy: 'multi', queries, offsets, queryLabels: labels, center: p.bgMean });
}

export function buildScorer(strategy: ConcreteStrategy, p: Prepared, options: StrategyOptions = {}): Scorer {
  switch (strategy) {
    case 'centroid':
      return centroidScorer(p);
    case 'contrast':
      return contrastScorer(p);
    case 'learned':
      return learnedScorer(p, options);
    case 'blend':
      return blendScorer(p, options);
    case 'focused':
      return focusedScorer(p, options);
    case 'nearest':
      return nearestScorer(p, options);
    case 'multi':
      return multiScorer(p, options);
  }
}

