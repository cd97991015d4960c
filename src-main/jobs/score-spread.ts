/**
 * What a job's scores looked like over every record it ranked, kept so a job
 * whose minimum kept nothing can say what would have: how many records were
 * ranked, the best score one reached, and a few quantiles. Built from the
 * pre-pass's per-range spreads (src-workers/score-spread.ts) and stored in the
 * job's timings as `rankedRows`, `bestScore`, `scoreP50`/`P90`/`P99` (shown
 * 0–1 scores), beside the phase's other counters.
 */
import type { RangeSpread } from '../../src-workers/score-spread';
import type { JobScoreSpreadDto } from '../contract/dto';

/** Quantiles kept: the median, the top tenth and the top hundredth. */
const QUANTILES = [
  ['scoreP50', 0.5],
  ['scoreP90', 0.9],
  ['scoreP99', 0.99],
] as const;

/**
 * The sampled raw scores of every ranked record, a record scoring by its best
 * query: `byQuery[j][p]` is query j's spread over range p (raw = approximate + offset j).
 */
export function sampledRawScores(byQuery: readonly RangeSpread[][], offsets: readonly number[]): Float64Array {
  const out: number[] = [];
  const ranges = byQuery[0]?.length ?? 0;
  for (let p = 0; p < ranges; p++) {
    const n = byQuery[0]![p]!.sample.length;
    for (let i = 0; i < n; i++) {
      let best = -Infinity;
      for (let j = 0; j < byQuery.length; j++) {
        const s = byQuery[j]![p]!.sample[i]!;
        if (Number.isNaN(s)) {
          best = NaN;
          break;
        }
        best = Math.max(best, s + offsets[j]!);
      }
      if (!Number.isNaN(best)) out.push(best);
    }
  }
  return Float64Array.from(out).sort();
}

/** The q-quantile of ascending values (nearest rank), or null when there are none. */
export function quantileOf(sorted: Float64Array, q: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** The timings counters of a job's spread: shown scores, each from its raw score by `shown`. */
export function spreadTimings(ranked: number, bestRaw: number | null, sortedRaw: Float64Array, shown: (raw: number) => number): Record<string, number> {
  const out: Record<string, number> = { rankedRows: ranked };
  if (ranked === 0 || bestRaw === null) return out;
  out.bestScore = shown(bestRaw);
  for (const [key, q] of QUANTILES) {
    const raw = quantileOf(sortedRaw, q);
    // A sampled quantile never tops the best record (the sample is approximate).
    if (raw !== null) out[key] = Math.min(out.bestScore, shown(raw));
  }
  return out;
}

/** The spread a job's timings hold, for its detail (null for jobs run before it was kept). */
export function scoreSpreadOf(timings: unknown): JobScoreSpreadDto | null {
  if (!timings || typeof timings !== 'object') return null;
  const t = timings as Record<string, unknown>;
  if (typeof t.rankedRows !== 'number') return null;
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  const p50 = num(t.scoreP50);
  const p90 = num(t.scoreP90);
  const p99 = num(t.scoreP99);
  return {
    ranked: t.rankedRows,
    best: num(t.bestScore),
    quantiles: p50 !== null && p90 !== null && p99 !== null ? { p50, p90, p99 } : null,
  };
}
