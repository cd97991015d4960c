import { describe, expect, it } from 'vitest';
import { auc, rankingFigures, recallAtFraction, summarise } from '../../../src-model/backtest/metrics';

describe('backtest figures', () => {
  it('computes AUC as the share of positive–negative pairs ranked right, ties counting half', () => {
    expect(auc([3, 4], [1, 2])).toBe(1);
    expect(auc([1, 2], [3, 4])).toBe(0);
    expect(auc([2], [1, 2, 3])).toBeCloseTo(0.5);
    expect(auc([1, 1], [1, 1])).toBe(0.5);
    expect(Number.isNaN(auc([], [1]))).toBe(true);
  });

  it('counts the positives in the best fraction, sharing places tied at the cut pro rata', () => {
    const scores = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1];
    const pos = [1, 0, 0, 0, 0, 0, 0, 0, 0, 1];
    expect(recallAtFraction(scores, pos, 0.2)).toBe(0.5);
    expect(recallAtFraction(scores, pos, 1)).toBe(1);
    // Everything tied: exactly random, never better.
    expect(recallAtFraction(new Array(10).fill(1), pos, 0.2)).toBeCloseTo(0.2);
  });

  it('measures AUC against lost records when there are any, else against every other ranked record', () => {
    const scores = Float64Array.from([0.9, 0.8, 0.7, 0.1]);
    const held = Uint8Array.from([1, 0, 0, 0]);
    expect(rankingFigures(scores, held, null).auc).toBe(1);
    const lost = Uint8Array.from([0, 0, 0, 1]);
    const f = rankingFigures(Float64Array.from([0.5, 0.8, 0.7, 0.1]), held, lost);
    expect(f.auc).toBe(1); // the held-out example beats the one lost record, whatever the unlabelled ones do
    expect(f.liftTop10).toBeCloseTo(f.recallTop10 / 0.1);
  });

  it('summarises folds as mean and sample spread', () => {
    const fold = (x: number) => ({ recallTop10: x, recallTop20: x, liftTop10: x, auc: x });
    const { mean, spread } = summarise([fold(0.6), fold(0.8)]);
    expect(mean.auc).toBeCloseTo(0.7);
    expect(spread.auc).toBeCloseTo(Math.SQRT2 * 0.1);
  });
});
