import { describe, expect, it } from 'vitest';
import { cutFromHistogram, HISTOGRAM_BINS, HISTOGRAM_BINS_PER_UNIT, HISTOGRAM_LOW } from '../../../src-model/vector-search/prepass-cut';

const edge = (bin: number) => HISTOGRAM_LOW + (bin - 1) / HISTOGRAM_BINS_PER_UNIT;

describe('cutFromHistogram', () => {
  it('returns a value at or below the lower edge of the bin where the count from the top reaches K', () => {
    const counts = new Int32Array(HISTOGRAM_BINS + 1);
    counts[3000] = 4;
    counts[2500] = 10;
    counts[10] = 100;
    expect(cutFromHistogram(counts, 4)).toBeLessThanOrEqual(edge(3000));
    expect(cutFromHistogram(counts, 4)).toBeGreaterThan(edge(2999) - 1 / HISTOGRAM_BINS_PER_UNIT - 1e-12);
    expect(cutFromHistogram(counts, 5)).toBeLessThanOrEqual(edge(2500));
    expect(cutFromHistogram(counts, 14)).toBeLessThanOrEqual(edge(2500));
    expect(cutFromHistogram(counts, 15)).toBeLessThanOrEqual(edge(10));
  });

  it('promises nothing for rows counted in bin 0 (bounds below the range)', () => {
    const counts = new Int32Array(HISTOGRAM_BINS + 1);
    counts[0] = 1000;
    counts[HISTOGRAM_BINS] = 2;
    expect(cutFromHistogram(counts, 3)).toBe(-Infinity);
    expect(cutFromHistogram(counts, 2)).toBeLessThanOrEqual(edge(HISTOGRAM_BINS));
  });

  it('cuts everything when K is 0', () => {
    expect(cutFromHistogram(new Int32Array(HISTOGRAM_BINS + 1), 0)).toBe(Infinity);
  });
});
