/**
 * Builds a workspace's feature vocabulary: which technologies, intents and
 * countries get a slot of their own (the most frequent ones), and how each
 * extra field is encoded (numeric → sentinel and value bands; categorical →
 * a slot per usable value, see allocateSlots; identifiers, dates, free text
 * and constants → left out, since they would only add noise to every
 * similarity).
 *
 * The vocabulary's version is a hash of its content plus the encoder's
 * version, so embeddings cached under an older vocabulary are recomputed.
 * Everything is decided from deterministic samples (20k companies and 20k
 * leads, in runs of consecutive ids), which keeps this step to a fraction of
 * a second on a million records; the most frequent values and the band cuts
 * barely move between a sample that size and the whole table.
 */
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Entity } from '../contract/dto';
import { companySample, leadSample } from '../db/queries/features';
import { countryInfo, REGIONS } from '../../src-model/features/index';
import { COMPANY_BLOCKS, DEFAULT_BLOCK_WEIGHTS, type BlockName, embeddingLayout } from '../../src-model/embed/layout';
import type { FeatureVocabulary, NumericFeature } from '../../src-model/embed/types';
import { NUMERIC_TEXT } from './extra-fields';

/** Bump when the encoder changes meaning: every cached embedding is then recomputed. */
export const ENCODER_VERSION = 6;

const SAMPLE = 20_000;
const TOP = 20;
const DATE_TEXT = /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}/;

export interface VocabularyOptions {
  dim?: number;
  /** Extra fields (header names) never used as features, e.g. columns that leak the outcome. */
  ignoreFields?: readonly string[];
  blockWeights?: Partial<Record<BlockName, number>>;
}

/** Most frequent values (lower-case; `split` splits "a; b, c" lists), weighted counts, ties by value. */
function topValues(values: Iterable<[string | null, number]>, split: boolean, limit: number): string[] {
  const total = new Map<string, number>();
  for (const [value, n] of values) {
    if (!value) continue;
    const parts = split ? value.split(/[;,]/) : [value];
    for (const p of parts) {
      const v = p.trim().toLowerCase();
      if (v) total.set(v, (total.get(v) ?? 0) + n);
    }
  }
  return [...total.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit).map(([v]) => v);
}

/** Value bands of a numeric field (between its sentinels), as many as its values allow. */
const VALUE_BANDS = 5;
/** A single value held by at least this share of a numeric field's values gets a band of its own. */
const SENTINEL_SHARE = 0.1;
/** Values of a categorical field held by more than this share of the sampled records say nothing. */
const DOMINANT_SHARE = 0.98;
/** …and values held by fewer than this many sampled records are too rare to learn from. */
const MIN_VALUE_COUNT = 3;
/** Slots of each "other" block left for the hashed long tail of the canonical fields. */
export const TAIL_SLOTS = 8;

/** Distinct cut points splitting sorted values into up to `bands` bands of similar size. */
function bandCuts(sorted: number[], bands: number): number[] {
  const cuts: number[] = [];
  for (let b = 1; b < bands; b++) {
    const c = sorted[Math.min(sorted.length - 1, Math.floor((b / bands) * sorted.length) - 1)]!;
    if ((cuts.length === 0 || c > cuts[cuts.length - 1]!) && c < sorted[sorted.length - 1]!) cuts.push(c);
  }
  return cuts;
}

export interface ClassifiedExtras {
  numeric: NumericFeature[];
  categorical: string[];
  /** Each categorical field's usable values (lower case), most frequent first, with their counts. */
  values: Record<string, [string, number][]>;
  /** How many records the sample held. */
  sampled: number;
}

/** Decides, per extra field, whether it is numeric, categorical or left out, and what its bands or values are. */
export function classifyExtras(samples: string[], ignore: ReadonlySet<string>): ClassifiedExtras {
  interface Stat {
    present: number;
    numeric: number[];
    integers: number;
    dates: number;
    counts: Map<string, number>;
  }
  const stats = new Map<string, Stat>();
  for (const json of samples) {
    let extra: Record<string, unknown>;
    try {
      extra = JSON.parse(json) as Record<string, unknown>;
    } catch {
      continue;
    }
    for (const [key, raw] of Object.entries(extra)) {
      if (typeof raw !== 'string' || ignore.has(key)) continue;
      const value = raw.trim();
      if (!value) continue;
      let s = stats.get(key);
      if (!s) stats.set(key, (s = { present: 0, numeric: [], integers: 0, dates: 0, counts: new Map() }));
      s.present++;
      const t = value.replace(/,/g, '');
      if (NUMERIC_TEXT.test(t)) {
        const x = Number(t);
        s.numeric.push(x);
        if (Number.isInteger(x)) s.integers++;
      } else if (DATE_TEXT.test(value)) s.dates++;
      const v = value.toLowerCase();
      if (s.counts.size <= 5000 || s.counts.has(v)) s.counts.set(v, (s.counts.get(v) ?? 0) + 1);
    }
  }
  const numeric: NumericFeature[] = [];
  const categorical: string[] = [];
  const values: Record<string, [string, number][]> = {};
  const sampled = samples.length;
  for (const [key, s] of [...stats.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const distinct = s.counts.size;
    if (distinct < 2) continue; // a constant says nothing
    if (s.dates / s.present > 0.5) continue; // dates: when, not what
    if (s.numeric.length / s.present >= 0.9 && distinct > 4) {
      const tally = new Map<number, number>();
      for (const x of s.numeric) tally.set(x, (tally.get(x) ?? 0) + 1);
      // A whole number unique to (almost) every record is an identifier, not a quantity. (Counted on the
      // numbers themselves: the text tally stops adding new values after a few thousand.)
      if (s.integers === s.numeric.length && tally.size / s.numeric.length >= 0.95) continue;
      const sentinels = [...tally.entries()]
        .filter(([, n]) => n >= SENTINEL_SHARE * s.numeric.length)
        .map(([x]) => x)
        .sort((a, b) => a - b);
      const rest = s.numeric.filter((x) => !sentinels.includes(x)).sort((a, b) => a - b);
      const cuts = rest.length >= VALUE_BANDS * 2 ? bandCuts(rest, VALUE_BANDS) : [];
      numeric.push({ key, cuts, ...(sentinels.length ? { sentinels } : {}) });
    } else if (distinct <= 200 || distinct / s.present < 0.05) {
      const usable = [...s.counts.entries()]
        .filter(([, n]) => n >= MIN_VALUE_COUNT && n <= DOMINANT_SHARE * sampled)
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      if (usable.length === 0) continue;
      categorical.push(key);
      values[key] = usable;
    } // else: identifiers and free text, unique per record
  }
  return { numeric, categorical, values, sampled };
}

/**
 * Gives the extra fields of one part the slots of its "other" block (less
 * TAIL_SLOTS): every numeric field its bands, in order while they fit, then
 * the categorical fields' values round-robin — each field's most frequent
 * value first, then each field's second — so every field is heard before
 * any field's rare values are, and the rarest values go first when room
 * runs out.
 */
export function allocateSlots(c: ClassifiedExtras, room: number): { numeric: NumericFeature[]; categorical: string[]; values: Record<string, string[]> } {
  let left = room;
  const numeric: NumericFeature[] = [];
  for (const f of c.numeric) {
    const need = (f.sentinels?.length ?? 0) + f.cuts.length + 1;
    if (need <= left) {
      numeric.push(f);
      left -= need;
    }
  }
  const values: Record<string, string[]> = Object.fromEntries(c.categorical.map((k) => [k, []]));
  for (let rank = 0; left > 0; rank++) {
    let any = false;
    for (const key of c.categorical) {
      const v = c.values[key]![rank];
      if (!v) continue;
      any = true;
      if (left === 0) break;
      values[key]!.push(v[0]);
      left--;
    }
    if (!any) break;
  }
  const categorical = c.categorical.filter((k) => values[k]!.length > 0);
  return { numeric, categorical, values: Object.fromEntries(categorical.map((k) => [k, values[k]!])) };
}

export function buildVocabulary(db: Database.Database, entity: Entity, options: VocabularyOptions = {}): { vocab: FeatureVocabulary; version: string } {
  const dim = options.dim ?? 256;
  const layout = embeddingLayout(dim);
  const ignore = new Set(options.ignoreFields ?? []);
  const geographySlots = (COMPANY_BLOCKS.find(([n]) => n === 'geography')![1]) - REGIONS.length;

  const companies = companySample(db, SAMPLE);
  const leads = entity === 'leads' ? leadSample(db, SAMPLE) : { rows: [], weight: 1 };
  // Company-part values: the companies', plus those of leads with no company (they carry their own).
  const companyValues = function* (column: 'technologies' | 'intent'): Iterable<[string | null, number]> {
    for (const c of companies.rows) yield [c[column], companies.weight];
    for (const l of leads.rows) if (!l.linked) yield [l[column], leads.weight];
  };

  const countryCounts = new Map<string, number>();
  for (const c of companies.rows) {
    const info = c.country ? countryInfo(c.country) : null;
    if (info) countryCounts.set(info.iso2, (countryCounts.get(info.iso2) ?? 0) + 1);
  }
  const countries = [...countryCounts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, geographySlots).map(([c]) => c);

  const extras = (rows: readonly { extra: string | null }[]) => rows.flatMap((r) => (r.extra ? [r.extra] : []));
  const companyExtras = classifyExtras(extras(companies.rows), ignore);
  const revenue = companies.rows.flatMap((c) => (c.revenue != null ? [c.revenue] : [])).sort((a, b) => a - b);
  if (revenue.length >= 8) companyExtras.numeric.unshift({ key: '@revenue', cuts: bandCuts(revenue, VALUE_BANDS) });
  const size = (name: 'company_other' | 'lead_other') => layout.byName[name].end - layout.byName[name].start - TAIL_SLOTS;
  const company = allocateSlots(companyExtras, size('company_other'));
  const lead =
    entity === 'leads'
      ? allocateSlots(classifyExtras(extras(leads.rows), ignore), size('lead_other'))
      : { numeric: [], categorical: [], values: {} };

  let scoreMax: number | null = null;
  for (const l of leads.rows) if (l.score != null && (scoreMax === null || l.score > scoreMax)) scoreMax = l.score;
  const scoreScale = scoreMax == null || scoreMax <= 1 ? 1 : scoreMax <= 100 ? 100 : scoreMax;

  const vocab: FeatureVocabulary = {
    dim: layout.dim,
    technologies: topValues(companyValues('technologies'), true, TOP),
    intents: topValues(companyValues('intent'), true, TOP),
    countries,
    companyNumeric: company.numeric,
    companyCategorical: company.categorical,
    leadNumeric: lead.numeric,
    leadCategorical: lead.categorical,
    companyValues: company.values,
    leadValues: lead.values,
    scoreScale,
    blockWeights: { ...DEFAULT_BLOCK_WEIGHTS, ...options.blockWeights },
  };
  const version = createHash('sha256').update(`${ENCODER_VERSION}\n${entity}\n${JSON.stringify(vocab)}`).digest('hex').slice(0, 16);
  return { vocab, version };
}
