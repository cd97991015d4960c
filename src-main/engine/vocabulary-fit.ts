/**
 * Whether a workspace's stored vocabulary still fits its data after an
 * import. A vocabulary is built from samples, so any import shifts it a
 * little: the 20th and 21st most frequent technologies trade places, a
 * band cut moves by a hair. Taking every such shift as a new vocabulary
 * would re-embed every record after every import; keeping the stored one
 * while the fresh one is within tolerance of it re-embeds only the shards
 * whose records changed. What the stored vocabulary keeps is always close
 * to what the current data would give, because every check compares it
 * with a fresh build, never with the build before.
 *
 * Anything that changes what is encoded is never within tolerance: the
 * dimension, the block weights, the score scale, which extra fields are
 * encoded and how.
 */
import type { FeatureVocabulary, NumericFeature } from '../../src-model/embed/types';

/** Share of a value list's slots that may differ (1 in 10: 2 of the 20 technologies). */
const MAX_SLOT_CHANGE = 0.1;
/** How far a band cut may move, as a share of the spread between the field's first and last cuts. */
const MAX_CUT_SHIFT = 0.1;

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const s = new Set(a);
  return b.every((v) => s.has(v));
}

/** At most MAX_SLOT_CHANGE of the slots hold a different value (a list that grows or shrinks by more does not fit). */
function slotsFit(stored: readonly string[], fresh: readonly string[]): boolean {
  const slots = Math.max(stored.length, fresh.length);
  if (slots === 0) return true;
  const kept = new Set(stored);
  const shared = fresh.reduce((n, v) => n + (kept.has(v) ? 1 : 0), 0);
  return slots - shared <= Math.floor(slots * MAX_SLOT_CHANGE);
}

/** Each field's slotted values, within the same tolerance as the top technologies. */
function valuesFit(stored: Record<string, string[]> | undefined, fresh: Record<string, string[]> | undefined): boolean {
  if (!stored || !fresh) return stored === fresh;
  if (!sameSet(Object.keys(stored), Object.keys(fresh))) return false;
  return Object.keys(fresh).every((k) => slotsFit(stored[k]!, fresh[k]!));
}

function cutsFit(stored: readonly NumericFeature[], fresh: readonly NumericFeature[]): boolean {
  if (!sameSet(stored.map((f) => f.key), fresh.map((f) => f.key))) return false;
  const byKey = new Map(stored.map((f) => [f.key, f.cuts]));
  return fresh.every(({ key, cuts }) => {
    const old = byKey.get(key)!;
    // The spread of the fresh sample; a field concentrated on one value must keep its cuts exactly.
    const spread = cuts.length ? cuts[cuts.length - 1]! - cuts[0]! : 0;
    const sentinels = (f: NumericFeature | undefined) => JSON.stringify(f?.sentinels ?? []);
    return (
      old.length === cuts.length &&
      sentinels(stored.find((s) => s.key === key)) === sentinels(fresh.find((s) => s.key === key)) &&
      cuts.every((c, i) => Math.abs(c - old[i]!) <= spread * MAX_CUT_SHIFT)
    );
  });
}

/** True when `stored` may go on encoding data for which a fresh build gave `fresh`. */
export function vocabularyStillFits(stored: FeatureVocabulary, fresh: FeatureVocabulary): boolean {
  return (
    stored.dim === fresh.dim &&
    stored.scoreScale === fresh.scoreScale &&
    JSON.stringify(stored.blockWeights) === JSON.stringify(fresh.blockWeights) &&
    sameSet(stored.companyCategorical, fresh.companyCategorical) &&
    sameSet(stored.leadCategorical, fresh.leadCategorical) &&
    valuesFit(stored.companyValues, fresh.companyValues) &&
    valuesFit(stored.leadValues, fresh.leadValues) &&
    cutsFit(stored.companyNumeric, fresh.companyNumeric) &&
    cutsFit(stored.leadNumeric, fresh.leadNumeric) &&
    slotsFit(stored.technologies, fresh.technologies) &&
    slotsFit(stored.intents, fresh.intents) &&
    slotsFit(stored.countries, fresh.countries)
  );
}
