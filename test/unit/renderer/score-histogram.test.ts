import { describe, expect, it } from 'vitest';
import {
  barAt,
  barLabel,
  FINE_BINS,
  fitHistogram,
  formatAxisCount,
  moveBarIndex,
  scoreTicks,
  yAxisWidth,
  type HistogramBin,
} from '../../../src-renderer/src/features/jobs/score-histogram';

/** FINE_BINS bins over [0, 1] as the core answers them, with `counts` at the given hundredths. */
function fine(counts: Record<number, number>, n = FINE_BINS): HistogramBin[] {
  return Array.from({ length: n }, (_, b) => ({ from: b / n, to: (b + 1) / n, count: counts[b] ?? 0 }));
}
const sum = (bins: readonly HistogramBin[]) => bins.reduce((n, b) => n + b.count, 0);
const formatCount = (n: number) => n.toLocaleString('en-US');

describe('fitting the histogram to the scores', () => {
  it('fits the bars to scores between 0.42 and 0.71 with one empty bar either side, counting every score once', () => {
    const bins = fine({ 42: 5, 50: 7, 55: 1, 71: 3 });
    const bars = fitHistogram(bins);
    expect(bars[0]!.from).toBe(0.4);
    expect(bars[0]!.count).toBe(0);
    expect(bars[bars.length - 1]!.to).toBe(0.74);
    expect(bars[bars.length - 1]!.count).toBe(0);
    expect(bars.map((b) => b.to - b.from).every((w) => Math.abs(w - 0.02) < 1e-9)).toBe(true);
    expect(sum(bars)).toBe(sum(bins));
    expect(bars.length).toBeLessThanOrEqual(22);
  });

  it('uses round edges a filter can take as they are (0.45, not 0.45000000000000007)', () => {
    const bars = fitHistogram(fine({ 3: 1, 97: 1 }));
    expect(bars.map((b) => b.from)).toContain(0.45);
    for (const b of bars) expect(String(b.from).length).toBeLessThanOrEqual(4);
  });

  it('keeps the whole of 0–1 when the scores span it, without padding past the ends', () => {
    const bars = fitHistogram(fine({ 0: 2, 99: 4 }));
    expect(bars[0]!.from).toBe(0);
    expect(bars[bars.length - 1]!.to).toBe(1);
    expect(bars).toHaveLength(20);
    expect(sum(bars)).toBe(6);
  });

  it('narrows to hundredths when every score is within a few hundredths', () => {
    const bars = fitHistogram(fine({ 81: 10, 83: 4 }));
    expect(bars.map((b) => b.from)).toEqual([0.8, 0.81, 0.82, 0.83, 0.84]);
    expect(bars.map((b) => b.count)).toEqual([0, 10, 0, 4, 0]);
  });

  it('shows the whole range when there are no scores, and nothing for no bins', () => {
    expect(sum(fitHistogram(fine({})))).toBe(0);
    expect(fitHistogram(fine({}))[0]!.from).toBe(0);
    expect(fitHistogram([])).toEqual([]);
  });

  it('works from the 20 coarse bins too (an older or smaller answer)', () => {
    const bars = fitHistogram(fine({ 9: 3, 12: 1 }, 20));
    expect(bars[0]!.from).toBe(0.4);
    expect(bars[bars.length - 1]!.to).toBe(0.7);
    expect(sum(bars)).toBe(4);
  });
});

describe('the x-axis ticks', () => {
  it('starts at the fitted domain, not at 0, and labels round values only', () => {
    const ticks = scoreTicks(fitHistogram(fine({ 42: 5, 71: 3 })));
    expect(ticks[0]).toBe(0.4);
    expect(ticks).toEqual([0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7]);
  });

  it('spaces ticks out to at most eight over the whole range', () => {
    const ticks = scoreTicks(fitHistogram(fine({ 0: 1, 99: 1 })));
    expect(ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });
});

describe('the y-axis labels', () => {
  it('shortens thousands and millions so they never clip', () => {
    expect(formatAxisCount(0)).toBe('0');
    expect(formatAxisCount(950)).toBe('950');
    expect(formatAxisCount(1200)).toBe('1.2k');
    expect(formatAxisCount(12_000)).toBe('12k');
    expect(formatAxisCount(12_500)).toBe('13k');
    expect(formatAxisCount(3_400_000)).toBe('3.4M');
  });

  it('gives the axis room for its longest label', () => {
    expect(yAxisWidth(['12k'])).toBeGreaterThan(yAxisWidth(['9']));
    expect(yAxisWidth(['950'])).toBeGreaterThanOrEqual(3 * 7);
  });
});

describe('the bars from the keyboard', () => {
  it('says a bar\'s range and count', () => {
    expect(barLabel({ from: 0.55, to: 0.6, count: 1234 }, formatCount)).toBe('0.55–0.60: 1,234 candidates');
    expect(barLabel({ from: 0.5, to: 0.55, count: 1 }, formatCount)).toBe('0.50–0.55: 1 candidate');
  });

  it('moves Left and Right between bars without leaving the chart, Home and End to the ends', () => {
    expect(moveBarIndex(3, 'ArrowLeft', 10)).toBe(2);
    expect(moveBarIndex(3, 'ArrowRight', 10)).toBe(4);
    expect(moveBarIndex(0, 'ArrowLeft', 10)).toBe(0);
    expect(moveBarIndex(9, 'ArrowRight', 10)).toBe(9);
    expect(moveBarIndex(5, 'Home', 10)).toBe(0);
    expect(moveBarIndex(5, 'End', 10)).toBe(9);
    expect(moveBarIndex(5, 'a', 10)).toBe(5);
  });

  it('starts on the bar holding the current minimum', () => {
    const bars = fitHistogram(fine({ 42: 5, 71: 3 }));
    expect(bars[barAt(bars, 0.5)]!.from).toBe(0.5);
    expect(barAt(bars, 0)).toBe(0);
    expect(barAt(bars, 1)).toBe(bars.length - 1);
  });
});
