/**
 * What to tell an analyst whose job kept no candidate because every record
 * scored below its minimum, in the same words in the window and in `job show`
 * (issue 11): the best score a ranked record reached, and a rounder, lower
 * minimum that keeps at least that record. Pure, shared with the renderer.
 */
import type { JobScoreSpreadDto } from './dto';

/**
 * A minimum that keeps the best record: the best floored to a twentieth (a
 * hundredth below 0.05), strictly under it so a score stored a hair above or
 * below the best cannot fall on the wrong side; 0 (no minimum) when the best
 * is under a hundredth.
 */
export function suggestedMinScore(best: number): number {
  const under = best - 1e-6;
  if (under < 0.01) return 0;
  const step = under < 0.05 ? 0.01 : 0.05;
  // Rounded to hundredths: 3 × 0.05 is 0.15000000000000002.
  return Math.round(Math.floor(under / step + 1e-9) * step * 100) / 100;
}

/** A shown score as words read it: floored to hundredths (never written as reaching a minimum it missed), finer below 0.01. */
export function formatScore(score: number): string {
  if (score > 0 && score < 0.01) return String(Number(score.toPrecision(2)));
  return String(Math.floor(score * 100 + 1e-9) / 100);
}

export interface EmptyResultAdvice {
  /** "No candidate reached the minimum score 0.5: the best of the 8,800 ranked leads scored 0.12." */
  text: string;
  /** The minimum to run again with, or null when a lower one would not help (nothing was ranked, or the best reached the minimum). */
  suggestedMinScore: number | null;
}

/** Why a job kept nothing and what minimum would keep something; `noun` names the ranked records ("leads"). */
export function emptyResultAdvice(minScore: number, spread: JobScoreSpreadDto | null, noun: string): EmptyResultAdvice {
  const head = `No candidate reached the minimum score ${minScore}`;
  if (spread === null) return { text: `${head}. Run the job again with a lower one.`, suggestedMinScore: null };
  if (spread.ranked === 0 || spread.best === null) return { text: `${head}: no ${noun} were left to rank (the examples, exclusions and filters took them all).`, suggestedMinScore: null };
  const ranked = spread.ranked.toLocaleString('en-US');
  const text = `${head}: the best of the ${ranked} ranked ${noun} scored ${formatScore(spread.best)}.`;
  const suggestion = suggestedMinScore(spread.best);
  return { text, suggestedMinScore: suggestion < minScore ? suggestion : null };
}

/** The spread in one line for `job show`: "8,800 ranked; best 0.12; median 0.03, top tenth from 0.06, top hundredth from 0.09". */
export function formatSpread(spread: JobScoreSpreadDto): string {
  const parts = [`${spread.ranked.toLocaleString('en-US')} ranked`];
  if (spread.best !== null) parts.push(`best ${formatScore(spread.best)}`);
  const q = spread.quantiles;
  if (q) parts.push(`median ${q.p50.toFixed(2)}, top tenth from ${q.p90.toFixed(2)}, top hundredth from ${q.p99.toFixed(2)}`);
  return parts.join('; ');
}
