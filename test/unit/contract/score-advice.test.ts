/** The words and the suggested minimum of a job whose minimum kept nothing (src-main/contract/score-advice.ts). */
import { describe, expect, it } from 'vitest';
import { emptyResultAdvice, formatScore, formatSpread, suggestedMinScore } from '../../../src-main/contract/score-advice';

describe('suggestedMinScore', () => {
  it('floors the best to a twentieth, strictly below it', () => {
    expect(suggestedMinScore(0.12)).toBe(0.1);
    expect(suggestedMinScore(0.57)).toBe(0.55);
    expect(suggestedMinScore(0.16)).toBe(0.15);
    // Exactly on a step: one step down, so a score stored a hair under the best still passes.
    expect(suggestedMinScore(0.1)).toBe(0.05);
    expect(suggestedMinScore(0.15)).toBe(0.1);
  });

  it('uses hundredths under 0.05 and no minimum under 0.01', () => {
    expect(suggestedMinScore(0.047)).toBe(0.04);
    expect(suggestedMinScore(0.012)).toBe(0.01);
    expect(suggestedMinScore(0.009)).toBe(0);
    expect(suggestedMinScore(0)).toBe(0);
  });

  it('never suggests a minimum above the best, over a sweep of bests', () => {
    for (let i = 1; i <= 1000; i++) {
      const best = i / 1000;
      const min = suggestedMinScore(best);
      expect(min, String(best)).toBeLessThan(best);
      expect(min, String(best)).toBeGreaterThan(best - 0.051);
    }
  });
});

describe('formatScore', () => {
  it('floors to hundredths, so a best never reads as reaching a minimum it missed', () => {
    expect(formatScore(0.1234)).toBe('0.12');
    expect(formatScore(0.4999)).toBe('0.49');
    expect(formatScore(0.5)).toBe('0.5');
    expect(formatScore(0.0042)).toBe('0.0042');
    expect(formatScore(0)).toBe('0');
  });
});

describe('emptyResultAdvice', () => {
  const spread = { ranked: 8800, best: 0.1234, quantiles: { p50: 0.03, p90: 0.061, p99: 0.094 } };

  it('names the minimum, the ranked count and the best, and offers a minimum that keeps the best', () => {
    expect(emptyResultAdvice(0.5, spread, 'leads')).toEqual({
      text: 'No candidate reached the minimum score 0.5: the best of the 8,800 ranked leads scored 0.12.',
      suggestedMinScore: 0.1,
    });
  });

  it('offers nothing when the suggestion would not be lower than the minimum', () => {
    expect(emptyResultAdvice(0.1, spread, 'leads').suggestedMinScore).toBeNull();
    expect(emptyResultAdvice(0.05, spread, 'leads').suggestedMinScore).toBeNull();
  });

  it('says when nothing was left to rank, and falls back to the plain advice for jobs without a spread', () => {
    expect(emptyResultAdvice(0.5, { ranked: 0, best: null, quantiles: null }, 'companies')).toEqual({
      text: 'No candidate reached the minimum score 0.5: no companies were left to rank (the examples, exclusions and filters took them all).',
      suggestedMinScore: null,
    });
    expect(emptyResultAdvice(0.5, null, 'leads')).toEqual({ text: 'No candidate reached the minimum score 0.5. Run the job again with a lower one.', suggestedMinScore: null });
  });
});

describe('formatSpread', () => {
  it('reads the count, the best and the quantiles in one line', () => {
    expect(formatSpread({ ranked: 8800, best: 0.1234, quantiles: { p50: 0.03, p90: 0.061, p99: 0.094 } })).toBe(
      '8,800 ranked; best 0.12; median 0.03, top tenth from 0.06, top hundredth from 0.09',
    );
    expect(formatSpread({ ranked: 12, best: 0.4, quantiles: null })).toBe('12 ranked; best 0.4');
  });
});
