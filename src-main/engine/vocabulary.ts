/**
 * Builds a workspace's feature vocabulary: which technologies, intents and
 * countries get a slot of their own (the most frequent ones), and how each
 * extra field is encoded (numeric → quartile bands; categorical → hashed
 * value; identifiers, dates, free text and constants → left out, since they
 * would only add noise to every similarity).
 *
 * The vocabulary's version is a hash of its content plus the encoder's
 * version, so embeddings cached under an older vocabulary are recomputed.
 * Everything is decided from deterministic samples (20k companies and 20k
 * leads, in runs of consecutive ids), which keeps this step to a fraction of
 * a second on a million records; the most frequent values and the quartiles
 * barely move between a sample that size and the whole table.
 */
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Entity } from '../contract/dto';
import { companySample, leadSample } from '../db/queries/features';
import { countryInfo, REGIONS } from '../../src-workers/features/index';
import { COMPANY_BLOCKS, DEFAULT_BLOCK_WEIGHTS, type BlockName, embeddingLayout } from '../../src-workers/embed/layout';
import type { FeatureVocabulary, NumericFeature } from '../../src-workers/embed/types';
import { NUMERIC_TEXT } from './extra-fields';

/** Bump when the encoder changes meaning: every cached embedding is then recomputed. */
export const ENCODER_VERSION = 4;

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

function quartiles(values: number[]): [number, number, number] {
  const s = [...values].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * (s.length - 1)))]!;
  return [at(0.25), at(0.5), at(0.75)];
}

/** Decides, per extra field, whether it is numeric, categorical or left out. */
export function classifyExtras(samples: string[], ignore: ReadonlySet<string>): { numeric: NumericFeature[]; categorical: string[] } {
  interface Stat {
    present: number;
    numeric: number[];
    dates: number;
    distinct: Set<string>;
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
      if (!s) stats.set(key, (s = { present: 0, numeric: [], dates: 0, distinct: new Set() }));
      s.present++;
      const t = value.replace(/,/g, '');
      if (NUMERIC_TEXT.test(t)) s.numeric.push(Number(t));
      else if (DATE_TEXT.test(value)) s.dates++;
      if (s.distinct.size <= 1000) s.distinct.add(value.toLowerCase());
    }
  }
  const numeric: NumericFeature[] = [];
  const categorical: string[] = [];
  for (const [key, s] of [...stats.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (s.distinct.size < 2) continue; // a constant says nothing
    if (s.dates / s.present > 0.5) continue; // dates: when, not what
    if (s.numeric.length / s.present >= 0.9 && s.distinct.size > 4) {
      numeric.push({ key, cuts: quartiles(s.numeric) });
    } else if (s.distinct.size <= 200 || s.distinct.size / s.present < 0.05) {
      categorical.push(key);
    } // else: identifiers and free text, unique per record
  }
  return { numeric, categorical };
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
  const company = classifyExtras(extras(companies.rows), ignore);
  const lead = entity === 'leads' ? classifyExtras(extras(leads.rows), ignore) : { numeric: [], categorical: [] };
  const revenue = companies.rows.flatMap((c) => (c.revenue != null ? [c.revenue] : []));
  if (revenue.length >= 8) company.numeric.push({ key: '@revenue', cuts: quartiles(revenue) });

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
    scoreScale,
    blockWeights: { ...DEFAULT_BLOCK_WEIGHTS, ...options.blockWeights },
  };
  const version = createHash('sha256').update(`${ENCODER_VERSION}\n${entity}\n${JSON.stringify(vocab)}`).digest('hex').slice(0, 16);
  return { vocab, version };
}
