import { describe, expect, it } from 'vitest';
import { AUTO_DEFAULT, AUTO_MIN_EXAMPLES_TO_SWITCH, backtest, chooseStrategy, joinFolds, sampleRows, assignFolds, unionOfRows } from '../../../src-model/backtest/backtest';
import { fitLogistic } from '../../../src-model/math/logistic';
import { sparseRows } from '../../../src-model/math/sparse-rows';
import { rawScoreOfVector, rawThreshold, shownScore } from '../../../src-model/strategies/scoring';
import { seededRandom } from '../../../src-model/math/seeded-random';
import { buildScorer, chooseLambda, LAMBDA_GRID, prepare } from '../../../src-model/strategies/strategies';
import type { ConcreteStrategy, TrainingSet } from '../../../src-model/strategies/types';

const DIM = 16;
const parts = { company: { start: 0, end: 8 }, lead: { start: 8, end: 16 } };

/**
 * A workspace where every record has a common value (slot 0, 97% of records) and one of four "kinds"
 * (slots 1–4); the good records are of kind 2 (slot 2) and a few of kind 3. The common value is what
 * a plain centroid chases; the kind is what sets the good ones apart.
 */
function workspace(n = 2000, seed = 3) {
  const rnd = seededRandom(seed);
  const rows = new Float32Array(n * DIM);
  const good: number[] = [];
  for (let r = 0; r < n; r++) {
    const kind = 1 + Math.floor(rnd() * 4);
    if (rnd() < 0.97) rows[r * DIM] = 1;
    rows[r * DIM + kind] = 1;
    rows[r * DIM + 8 + Math.floor(rnd() * 8)] = 1; // lead part: noise
    let ss = 0;
    for (let i = 0; i < 8; i++) ss += rows[r * DIM + i]! ** 2;
    for (let i = 0; i < 8; i++) rows[r * DIM + i]! /= Math.sqrt(ss);
    if ((kind === 2 && rnd() < 0.6) || (kind === 3 && rnd() < 0.05)) good.push(r);
  }
  return { rows, good, n };
}

const setOf = (w: ReturnType<typeof workspace>, positives: number[]): TrainingSet => ({
  dim: DIM,
  rows: w.rows,
  positives: Int32Array.from(positives),
  positiveWeights: new Float64Array(positives.length).fill(1),
  negatives: new Int32Array(0),
  background: Int32Array.from({ length: w.n }, (_, i) => i),
  parts,
  partWeights: { company: 0.7, lead: 0.3 },
});

describe('ranking strategies', () => {
  it('fits a logistic regression that separates two classes and is deterministic', () => {
    const x = sparseRows(Float32Array.from([1, 0, 0, 1, 1, 0, 0, 1]), 2, [0, 1, 2, 3]);
    const labels = Uint8Array.from([1, 0, 1, 0]);
    const w = new Float64Array(4).fill(0.25);
    const a = fitLogistic(x, labels, w, { lambda: 1e-3 });
    const b = fitLogistic(x, labels, w, { lambda: 1e-3 });
    expect(a.weights[0]).toBeGreaterThan(1);
    expect(a.weights[1]).toBeLessThan(-1);
    expect(Array.from(a.weights)).toEqual(Array.from(b.weights));
  });

  it('ranks the good kind high: learned and auto at least match the plain centroid and the baseline in a backtest', () => {
    const w = workspace();
    const data = { dim: DIM, rows: w.rows, examples: Int32Array.from(w.good), exampleWeights: new Float64Array(w.good.length).fill(1), negatives: new Int32Array(0), parts, partWeights: { company: 0.7, lead: 0.3 } };
    const auc = (s: ConcreteStrategy | 'auto' | 'baseline') => backtest(data, s, { folds: 3, seed: 5 }).mean.auc;
    const centroid = auc('centroid');
    expect(auc('contrast')).toBeGreaterThan(0.85);
    expect(auc('learned')).toBeGreaterThanOrEqual(centroid);
    expect(auc('auto')).toBeGreaterThanOrEqual(0.95 * auc('baseline'));
  });

  it('gives the same backtest for the same seed, and folds that differ in size by one at most', () => {
    const w = workspace(600);
    const data = { dim: DIM, rows: w.rows, examples: Int32Array.from(w.good), exampleWeights: new Float64Array(w.good.length).fill(1), negatives: new Int32Array(0), parts, partWeights: { company: 0.7, lead: 0.3 } };
    expect(backtest(data, 'auto', { folds: 4, seed: 9 })).toEqual(backtest(data, 'auto', { folds: 4, seed: 9 }));
    const sizes = new Array(4).fill(0);
    for (const f of assignFolds(103, 4, 1)) sizes[f]++;
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    expect(sampleRows(10, 20, 1)).toHaveLength(10);
    expect(new Set(sampleRows(1000, 50, 1)).size).toBe(50);
  });

  it('gives the same backtest from its folds run apart and joined (eval runs them on every thread)', () => {
    const w = workspace(600);
    const data = { dim: DIM, rows: w.rows, examples: Int32Array.from(w.good), exampleWeights: new Float64Array(w.good.length).fill(1), negatives: new Int32Array(0), parts, partWeights: { company: 0.7, lead: 0.3 } };
    for (const strategy of ['auto', 'baseline'] as const) {
      const whole = backtest(data, strategy, { folds: 4, seed: 9 });
      const apart = [0, 1, 2, 3].map((f) => backtest(data, strategy, { folds: 4, seed: 9, onlyFolds: [f] }));
      expect(apart.every((r) => r.perFold.length === 1)).toBe(true);
      expect(joinFolds(apart)).toEqual(whole);
    }
    expect(() => backtest(data, 'contrast', { folds: 4, seed: 9, onlyFolds: [4] })).toThrow(RangeError);
  });

  it('samples rows ascending, each once, as the Set-and-sort it replaced did (the same seed keeps the same training set)', () => {
    const before = (n: number, size: number, seed: number) => {
      const rnd = seededRandom(seed ^ 0x9e3779b9);
      const picked = new Set<number>();
      while (picked.size < size) picked.add(Math.floor(rnd() * n));
      return Int32Array.from([...picked].sort((a, b) => a - b));
    };
    for (const [n, size, seed] of [[1000, 50, 1], [300_000, 20_000, 1], [25_000, 20_000, 7]] as const) {
      const rows = sampleRows(n, size, seed);
      expect(rows).toEqual(before(n, size, seed));
      expect(rows).toHaveLength(size);
      for (let i = 1; i < rows.length; i++) expect(rows[i]!).toBeGreaterThan(rows[i - 1]!);
      expect(rows[0]!).toBeGreaterThanOrEqual(0);
      expect(rows.at(-1)!).toBeLessThan(n);
    }
  });

  it('joins row lists into one, each row once, ascending', () => {
    const sample = sampleRows(5_000, 300, 2);
    const lists = [sample, [4_999, 7, 7, 0], Int32Array.from([sample[3]!, 12, 4_998])];
    const expected = [...new Set(lists.flatMap((l) => Array.from(l)))].sort((a, b) => a - b);
    expect(Array.from(unionOfRows(5_000, lists))).toEqual(expected);
    expect(unionOfRows(10, [])).toEqual(new Int32Array(0));
  });

  it.each(['contrast', 'learned', 'blend', 'focused', 'nearest', 'multi'] as const)('%s: the shown score is monotone in the raw score and a minimum maps back exactly', (strategy) => {
    const w = workspace(800);
    const scorer = buildScorer(strategy, prepare(setOf(w, w.good)), { seed: 1 });
    expect(scorer.calibration.kind).toBe('logistic');
    const raws = [-2, -0.5, 0, 0.3, 1, 4];
    const shown = raws.map((r) => shownScore(scorer.calibration, r));
    for (let i = 1; i < shown.length; i++) expect(shown[i]!).toBeGreaterThan(shown[i - 1]!);
    for (const min of [0.2, 0.5, 0.9]) expect(shownScore(scorer.calibration, rawThreshold(scorer.calibration, min))).toBeCloseTo(min, 9);
    expect(rawThreshold(scorer.calibration, 0)).toBe(-Infinity);
    // A good-kind record scores above a record of another kind.
    const v = (kind: number) => {
      const x = new Float32Array(DIM);
      x[0] = Math.SQRT1_2;
      x[kind] = Math.SQRT1_2;
      x[8] = 1;
      return x;
    };
    expect(rawScoreOfVector(scorer, v(2)).raw).toBeGreaterThan(rawScoreOfVector(scorer, v(4)).raw);
  });

  it('fits from a given start to the same optimum', () => {
    const w = workspace(600);
    const x = sparseRows(w.rows, DIM, Array.from({ length: w.n }, (_, i) => i));
    const good = new Set(w.good);
    const labels = Uint8Array.from({ length: w.n }, (_, i) => (good.has(i) ? 1 : 0));
    const weights = new Float64Array(w.n).fill(1);
    const cold = fitLogistic(x, labels, weights, { lambda: 1e-3 });
    const warm = fitLogistic(x, labels, weights, { lambda: 1e-3, start: fitLogistic(x, labels, weights, { lambda: 1e-2 }) });
    for (let j = 0; j < DIM; j++) expect(warm.weights[j]).toBeCloseTo(cold.weights[j]!, 2);
  });

  it('chooses the penalty of the learned model from held-out examples, deterministically, and keeps an explicit one', () => {
    const w = workspace(1500);
    const set = setOf(w, w.good);
    const lambda = chooseLambda(set);
    expect(LAMBDA_GRID).toContain(lambda);
    expect(chooseLambda(set)).toBe(lambda);
    // Too few examples to cross-validate: the default penalty.
    expect(chooseLambda(setOf(w, w.good.slice(0, 10)))).toBe(LAMBDA_GRID[LAMBDA_GRID.length - 1]);
    const fixed = buildScorer('learned', prepare(set), { lambda: 0.5 });
    const chosen = buildScorer('learned', prepare(set));
    // A much stronger penalty gives a much smaller model: the option is honoured, not overridden by the search.
    const norm = (q: Float32Array) => Math.hypot(...q);
    expect(norm(fixed.queries[0]!)).toBeLessThan(norm(chosen.queries[0]!) / 2);
  });

  it('pushes down records like the known-bad ones', () => {
    const w = workspace(800);
    const kind4 = Array.from({ length: w.n }, (_, i) => i).filter((r) => w.rows[r * DIM + 4]! > 0).slice(0, 60);
    const plain = buildScorer('learned', prepare(setOf(w, w.good)));
    const withBad = buildScorer('learned', prepare({ ...setOf(w, w.good), negatives: Int32Array.from(kind4) }));
    const x = w.rows.subarray(kind4[0]! * DIM, (kind4[0]! + 1) * DIM);
    expect(shownScore(withBad.calibration, rawScoreOfVector(withBad, x).raw)).toBeLessThan(shownScore(plain.calibration, rawScoreOfVector(plain, x).raw));
  });

  it('blend ranks as one linear query, each of contrast and learned with an equal say, and never as badly as the worse of them', () => {
    const w = workspace();
    const p = prepare(setOf(w, w.good));
    const blend = buildScorer('blend', p);
    expect(blend.queries).toHaveLength(1);
    // Equal say: with each part scaled to unit spread over the sample (here the whole workspace), the sum
    // correlates exactly as much with one part as with the other: cov(a + b, a) = 1 + ρ = cov(a + b, b).
    const raw = (s: ConcreteStrategy) => {
      const scorer = buildScorer(s, p);
      return Array.from({ length: w.n }, (_, r) => rawScoreOfVector(scorer, w.rows.subarray(r * DIM, (r + 1) * DIM)).raw);
    };
    const corr = (a: number[], b: number[]) => {
      const m = (x: number[]) => x.reduce((s, v) => s + v, 0) / x.length;
      const [ma, mb] = [m(a), m(b)];
      let ab = 0, aa = 0, bb = 0;
      a.forEach((v, i) => { ab += (v - ma) * (b[i]! - mb); aa += (v - ma) ** 2; bb += (b[i]! - mb) ** 2; });
      return ab / Math.sqrt(aa * bb);
    };
    const [b, c, l] = [raw('blend'), raw('contrast'), raw('learned')];
    expect(Math.abs(corr(b, c) - corr(b, l))).toBeLessThan(0.01);
    expect(corr(c, l)).toBeLessThan(0.999); // two different rankers, or the test says nothing
    const data = { dim: DIM, rows: w.rows, examples: Int32Array.from(w.good), exampleWeights: new Float64Array(w.good.length).fill(1), negatives: new Int32Array(0), parts, partWeights: { company: 0.7, lead: 0.3 } };
    const auc = (s: ConcreteStrategy) => backtest(data, s, { folds: 3, seed: 5 }).mean.auc;
    expect(auc('blend')).toBeGreaterThanOrEqual(Math.min(auc('contrast'), auc('learned')));
  });

  it('focused puts a persona that takes every one of five traits at the top, where blend ranks near misses beside it', () => {
    // Five traits (company slots 1–5), each held by half the records; a record with all five is the persona
    // and wins half the time, any other wins at 2–5%, engaged records (lead slot 8) more often. A linear
    // score ranks four traits plus engagement with five: an "and" it cannot hold. Lost records are the
    // known-bad. R-precision: the share of the persona among as many top candidates as there are persona
    // records among the candidates (every record but the examples).
    const n = 8000;
    const rPrecision = (seed: number) => {
      const rnd = seededRandom(seed);
      const rows = new Float32Array(n * DIM);
      const good: number[] = [];
      const lost: number[] = [];
      const persona: boolean[] = [];
      for (let r = 0; r < n; r++) {
        let traits = 0;
        for (let k = 1; k <= 5; k++) {
          if (rnd() < 0.5) {
            rows[r * DIM + k] = 1;
            traits++;
          }
        }
        const engaged = rnd() < (traits === 5 ? 0.3 : 0.1 + 0.02 * traits);
        if (engaged) rows[r * DIM + 8] = 1;
        rows[r * DIM + 9 + Math.floor(rnd() * 7)] = 1;
        persona.push(traits === 5);
        const p = (traits === 5 ? 0.5 : 0.02 * (1 + 0.25 * traits)) * (engaged ? 1.6 : 1);
        if (rnd() < p) good.push(r);
        else if (rnd() < 0.15) lost.push(r);
      }
      const prepared = prepare({ ...setOf({ rows, good, n }, good), negatives: Int32Array.from(lost) });
      const examples = new Set(good);
      const candidates = Array.from({ length: n }, (_, r) => r).filter((r) => !examples.has(r));
      const R = candidates.filter((r) => persona[r]).length;
      return (strategy: ConcreteStrategy) => {
        const scorer = buildScorer(strategy, prepared);
        const raw = new Map(candidates.map((r) => [r, rawScoreOfVector(scorer, rows.subarray(r * DIM, (r + 1) * DIM)).raw]));
        const top = [...candidates].sort((a, b) => raw.get(b)! - raw.get(a)! || a - b).slice(0, R);
        return { figure: top.filter((r) => persona[r]).length / R, queries: scorer.queries.length };
      };
    };
    for (const seed of [1, 3, 5]) {
      const of = rPrecision(seed);
      const [blend, focused] = [of('blend'), of('focused')];
      expect(blend.figure).toBeLessThan(0.5);
      expect(focused.figure).toBeGreaterThan(0.8);
      expect(focused.queries).toBe(2);
    }
  });

  it("focused is blend where blend's top holds too few examples to learn from", () => {
    const w = workspace(800);
    const p = prepare(setOf(w, w.good.slice(0, 30)));
    const [blend, focused] = [buildScorer('blend', p), buildScorer('focused', p)];
    expect(focused.strategy).toBe('focused');
    expect(focused.queries).toEqual(blend.queries);
    expect(focused.offsets).toEqual(blend.offsets);
  });

  it('auto switches for a clear win only with enough examples to tell: four personas no single linear query holds', () => {
    // Good records are kind k with lead value k − 1, for kinds 1–4: an "or" of four "ands", which nearest
    // holds and a linear query cannot (it ranks kind 1 with lead value 1 as high as with lead value 0).
    const n = 4000;
    const rnd = seededRandom(11);
    const rows = new Float32Array(n * DIM);
    const good: number[] = [];
    for (let r = 0; r < n; r++) {
      const kind = 1 + Math.floor(rnd() * 7);
      const lead = Math.floor(rnd() * 8);
      rows[r * DIM + kind] = 1;
      rows[r * DIM + 8 + lead] = 1;
      if (kind <= 4 && lead === kind - 1 && rnd() < 0.9) good.push(r);
    }
    const w = { rows, good, n };
    const candidates: ConcreteStrategy[] = [AUTO_DEFAULT, 'nearest'];
    expect(good.length).toBeGreaterThan(2 * AUTO_MIN_EXAMPLES_TO_SWITCH);
    const all = chooseStrategy(setOf(w, good), { seed: 1, candidates });
    expect(all[0]!.strategy).toBe('nearest');
    // The same kind of examples, too few of them: nearest still measures higher, the default is kept.
    const few = good.filter((_, i) => i % 4 === 0).slice(0, AUTO_MIN_EXAMPLES_TO_SWITCH - 10);
    const kept = chooseStrategy(setOf(w, few), { seed: 1, candidates });
    expect(kept[0]!.strategy).toBe(AUTO_DEFAULT);
    expect(kept.map((c) => c.strategy)).toContain('nearest');
  });

  it('auto keeps its default where the examples are no more alike than random records: which strategy wins a fold is then chance', () => {
    // Random records, random "examples": 36 seeded draws. Picking by the mean alone switched in 7 of them.
    const picks: string[] = [];
    for (const n of [120, 300]) {
      for (let draw = 1; draw <= 6; draw++) {
        const rnd = seededRandom(draw);
        const rows = new Float32Array(n * DIM);
        for (let r = 0; r < n; r++) {
          rows[r * DIM + Math.floor(rnd() * 8)] = 1;
          rows[r * DIM + 8 + Math.floor(rnd() * 8)] = 1;
        }
        const w = { rows, good: [], n };
        const random = Array.from({ length: n }, (_, i) => i).filter(() => rnd() < 0.3);
        for (const seed of [1, 2, 3]) picks.push(chooseStrategy(setOf(w, random), { seed })[0]!.strategy);
      }
    }
    expect(picks.filter((p) => p !== AUTO_DEFAULT).length).toBeLessThanOrEqual(2);
  });
});
