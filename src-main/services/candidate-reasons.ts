/**
 * A candidate's reasons as stored with it, and the words shown for them —
 * one wording for the app, the command line and the export.
 *
 * Stored JSON: each feature block's contribution, plus for every strategy
 * but the plain centroid `details` (field, value, contribution in log-odds
 * against an average record, best first) and `base` (an average record's
 * log-odds), and `missing` (profile parts the record has no data for).
 */
import { BLOCK_LABELS, type BlockName } from '../../src-model/embed/layout';
import { parseJsonObject } from '../lib/json-object';

export interface Reason {
  /** The block, or for field-level reasons the field. */
  block: string;
  label: string;
  contribution: number;
}

export interface ReasonDetail {
  field: string;
  value: string;
  contribution: number;
}

/** Feature block → contribution (numbers only: `missing`, `details` and `base` are not blocks). */
export function parseReasons(json: string | null): Record<string, number> {
  const o = parseJsonObject(json);
  if (!o) return {};
  return Object.fromEntries(
    Object.entries(o).filter((e): e is [string, number] => e[0] !== 'base' && typeof e[1] === 'number' && Number.isFinite(e[1])),
  );
}

/** The profile parts a candidate had no data for, as stored beside its reasons. */
export function parseMissing(json: string | null): string[] {
  const missing = parseJsonObject(json)?.missing;
  return Array.isArray(missing) ? missing.filter((p): p is string => typeof p === 'string') : [];
}

/** Field-level reasons, best first; empty for the plain centroid (its reasons are block shares). */
export function parseDetails(json: string | null): ReasonDetail[] {
  const details = parseJsonObject(json)?.details;
  if (!Array.isArray(details)) return [];
  return details.filter(
    (d): d is ReasonDetail =>
      !!d && typeof d === 'object' && typeof d.field === 'string' && typeof d.value === 'string' && typeof d.contribution === 'number' && Number.isFinite(d.contribution),
  );
}

/** What an average record starts from (log-odds) before the details; null for the plain centroid. */
export function parseBase(json: string | null): number | null {
  const base = parseJsonObject(json)?.base;
  return typeof base === 'number' && Number.isFinite(base) ? base : null;
}

/** "Lead Source = Google" */
export const detailLabel = (d: ReasonDetail): string => `${d.field} = ${d.value}`;

/**
 * The reasons to show first: field values when the strategy gives them
 * (largest first, those counting for before those counting against), else
 * the largest positive block shares.
 */
export function topReasons(reasons: Readonly<Record<string, number>>, top = 3, details: readonly ReasonDetail[] = []): Reason[] {
  if (details.length) {
    const forIt = details.filter((d) => d.contribution > 0).sort((a, b) => b.contribution - a.contribution);
    const against = details.filter((d) => d.contribution < 0).sort((a, b) => a.contribution - b.contribution);
    return [...forIt.slice(0, top), ...against.slice(0, 1)].map((d) => ({ block: d.field, label: detailLabel(d), contribution: d.contribution }));
  }
  return Object.entries(reasons)
    .filter(([, contribution]) => contribution > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([block, contribution]) => ({ block, label: BLOCK_LABELS[block as BlockName] ?? block, contribution }));
}

const signed = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(2)}`;

/**
 * `Industry 0.31; Company size 0.12` (plain centroid: block shares of the
 * cosine) or `Lead Source = Google +0.21; Lead Origin = Landing Page
 * Submission +0.12; TotalVisits = lowest quarter −0.04` (log-odds for and
 * against, the last counting against).
 */
export function formatReasons(reasons: Readonly<Record<string, number>>, top = 3, missing: readonly string[] = [], details: readonly ReasonDetail[] = []): string {
  const text = topReasons(reasons, top, details)
    .map((r) => (details.length ? `${r.label} ${signed(r.contribution)}` : `${r.label} ${r.contribution.toFixed(2)}`))
    .join('; ');
  const notes = missing.map((part) => `no ${part} data`);
  return [text, ...notes].filter(Boolean).join('; ');
}

/** Every wording of a stored reasons text at once. */
export function storedReasons(json: string | null): { reasons: Record<string, number>; missing: string[]; details: ReasonDetail[]; base: number | null } {
  return { reasons: parseReasons(json), missing: parseMissing(json), details: parseDetails(json), base: parseBase(json) };
}
