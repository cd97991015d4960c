/**
 * Data prep for the score histogram, kept pure so it is tested alone.
 *
 * The core only bins scores over the whole of [0, 1] (`jobs.histogram` takes a
 * bin count, not a range), so the chart asks for FINE_BINS narrow bins and
 * fits its axis here: the bars cover the job's lowest to highest score, one
 * empty bar of padding either side, merged into bars of a round width. Bar
 * edges are always fine-bin edges, so a picked bar's lower edge is exactly a
 * score the core can filter on and counts are never split between bars.
 */

export interface HistogramBin {
  from: number;
  to: number;
  count: number;
}

/** How many bins the chart asks the core for (its maximum): hundredths of a score. */
export const FINE_BINS = 100;

/** Bar widths to choose from, in fine bins (0.01 … 0.2 when there are 100). */
const BAR_WIDTHS = [1, 2, 5, 10, 20] as const;
/** At most this many bars (the padding aside). */
const MAX_BARS = 20;
/** At most this many labelled ticks on the x-axis, at round steps. */
const MAX_TICKS = 8;
const TICK_STEPS = [0.01, 0.02, 0.05, 0.1, 0.2, 0.25, 0.5, 1] as const;

/** An edge `i` of `n` equal parts of [0, 1], as the nearest double to i / n (0.45, not 0.45000000000000007). */
const edge = (i: number, n: number) => Number((i / n).toFixed(6));

/**
 * The bars for equal-width `fine` bins over [0, 1]: merged into bars of a
 * round width over the scores' range, padded by one empty bar each side (not
 * past 0 or 1). No scores at all: the whole range at the widest bars.
 */
export function fitHistogram(fine: readonly HistogramBin[]): HistogramBin[] {
  const n = fine.length;
  if (n === 0) return [];
  let lo = fine.findIndex((b) => b.count > 0);
  let hi = n - 1 - [...fine].reverse().findIndex((b) => b.count > 0);
  if (lo < 0) {
    lo = 0;
    hi = n - 1;
  }
  const span = hi - lo + 1;
  const width = BAR_WIDTHS.find((w) => Math.ceil(span / w) <= MAX_BARS) ?? Math.ceil(span / MAX_BARS);
  const start = Math.max(0, Math.floor(lo / width) * width - width);
  const end = Math.min(n, Math.ceil((hi + 1) / width) * width + width);
  const bars: HistogramBin[] = [];
  for (let i = start; i < end; i += width) {
    const j = Math.min(end, i + width);
    let count = 0;
    for (let k = i; k < j; k++) count += fine[k]!.count;
    bars.push({ from: edge(i, n), to: edge(j, n), count });
  }
  return bars;
}

/**
 * Round tick values for the x-axis over the bars: steps of 0.01, 0.02, 0.05,
 * 0.1, … (never finer than a bar), at most MAX_TICKS of them, on multiples of
 * the step (0.40, 0.50, … however the bars start).
 */
export function scoreTicks(bars: readonly HistogramBin[]): number[] {
  if (bars.length === 0) return [];
  const from = bars[0]!.from;
  const to = bars[bars.length - 1]!.to;
  const barWidth = bars[0]!.to - bars[0]!.from;
  const step = TICK_STEPS.find((s) => s >= barWidth - 1e-9 && (to - from) / s <= MAX_TICKS) ?? 1;
  const ticks: number[] = [];
  for (let k = Math.ceil(from / step - 1e-9); k * step <= to + 1e-9; k++) ticks.push(Number((k * step).toFixed(6)));
  return ticks;
}

/** A score for an axis or a range: two decimals. */
export const formatScore = (score: number) => score.toFixed(2);

/** A count for the y-axis, short enough never to clip: 950, 1.2k, 12k, 3.4M. */
export function formatAxisCount(count: number): string {
  const abs = Math.abs(count);
  const short = (value: number, unit: string) => `${Number(value.toFixed(value < 10 ? 1 : 0))}${unit}`;
  if (abs >= 1_000_000) return short(count / 1_000_000, 'M');
  if (abs >= 1_000) return short(count / 1_000, 'k');
  return String(count);
}

/** The y-axis width (px) its longest label needs at the chart's 11px font, with room for the tick mark. */
export function yAxisWidth(labels: readonly string[]): number {
  const longest = labels.reduce((n, l) => Math.max(n, l.length), 1);
  return 14 + longest * 7;
}

/** What a bar says to a screen reader and in its tooltip: "0.55–0.60: 1,234 candidates". */
export function barLabel(bar: HistogramBin, formatCount: (n: number) => string): string {
  return `${formatScore(bar.from)}–${formatScore(bar.to)}: ${formatCount(bar.count)} ${bar.count === 1 ? 'candidate' : 'candidates'}`;
}

/** The bar a key moves to from `index` among `count` bars; the same index for any other key. */
export function moveBarIndex(index: number, key: string, count: number): number {
  if (count === 0) return index;
  switch (key) {
    case 'ArrowLeft':
      return Math.max(0, index - 1);
    case 'ArrowRight':
      return Math.min(count - 1, index + 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return index;
  }
}

/** The bar to start the keyboard on: the one holding the current minimum, else the first. */
export function barAt(bars: readonly HistogramBin[], score: number): number {
  const i = bars.findIndex((b) => score >= b.from && score < b.to);
  if (i >= 0) return i;
  return bars.length > 0 && score >= bars[bars.length - 1]!.to ? bars.length - 1 : 0;
}
