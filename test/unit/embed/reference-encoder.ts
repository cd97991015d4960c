/**
 * PRE-OPTIMISATION REFERENCE: a verbatim copy of src-model/embed/encode.ts
 * as it was before the encoder was rewritten for speed (ENCODER_VERSION 3),
 * kept so the equivalence test can check that the fast encoder still means
 * the same thing (equal within float rounding). Do not optimise or "fix" it;
 * it is the yardstick, not production code.
 *
 * The only edits: import paths, the exported names (prefixed `reference`),
 * and its batch type, which keeps extras as JSON text as they were then
 * (`ReferenceBatch`).
 */
import { countryInfo, industryBucket, parseSeniority, parseTitle, REGIONS, sizeBucket, hashString } from '../../../src-model/features/index';
import type { BlockName, EmbeddingLayout } from '../../../src-model/embed/layout';
import type { FeatureVocabulary, NumericFeature, RecordBatch } from '../../../src-model/embed/types';

/** The batch as the old encoder took it: extras as JSON text. */
export type ReferenceBatch = Omit<RecordBatch, 'companyExtra' | 'leadExtra'> & {
  companyExtra: (string | null)[];
  leadExtra: (string | null)[];
};

const NEIGHBOUR = 0.4;
const SENIORITY_NEIGHBOUR = 0.3;
const REGION_WEIGHT = 0.6;
const COUNTRY_WEIGHT = 0.8;
/** Values outside the top vocabularies still count, hashed into the part's projection at a lower weight. */
const LONG_TAIL_WEIGHT = 0.5;

/** Per-vocabulary lookups prepared once per worker (the vocabulary is fixed for a job). */
export interface ReferencePrepared {
  vocab: FeatureVocabulary;
  layout: EmbeddingLayout;
  tech: Map<string, number>;
  intent: Map<string, number>;
  country: Map<string, number>;
  companyNumeric: Map<string, NumericFeature>;
  companyCategorical: Set<string>;
  leadNumeric: Map<string, NumericFeature>;
  leadCategorical: Set<string>;
  weights: Float32Array;
  blockIndex: Record<BlockName, { start: number; end: number; weight: number }>;
}

export function referencePrepare(vocab: FeatureVocabulary, layout: EmbeddingLayout): ReferencePrepared {
  const index = (values: string[]) => new Map(values.map((v, i) => [v, i]));
  const blockIndex = Object.fromEntries(
    layout.blocks.map((b) => [b.name, { start: b.start, end: b.end, weight: vocab.blockWeights[b.name] ?? 1 }]),
  ) as ReferencePrepared['blockIndex'];
  return {
    vocab,
    layout,
    tech: index(vocab.technologies),
    intent: index(vocab.intents),
    country: index(vocab.countries),
    companyNumeric: new Map(vocab.companyNumeric.map((f) => [f.key, f])),
    companyCategorical: new Set(vocab.companyCategorical),
    leadNumeric: new Map(vocab.leadNumeric.map((f) => [f.key, f])),
    leadCategorical: new Set(vocab.leadCategorical),
    weights: new Float32Array(layout.blocks.map((b) => vocab.blockWeights[b.name] ?? 1)),
    blockIndex,
  };
}

function softOneHot(v: Float32Array, start: number, size: number, at: number, neighbour: number): void {
  v[start + at] = 1;
  if (at > 0) v[start + at - 1] = neighbour;
  if (at < size - 1) v[start + at + 1] = neighbour;
}

/** Unsigned hashed slot: adds `weight` to one of the block's slots. */
function addHash(v: Float32Array, start: number, size: number, key: string, weight: number): void {
  const i = start + (hashString(key) % size);
  v[i] = v[i]! + weight;
}

/** Quartile band 0–3 of a value. */
function quartileBand(x: number, cuts: readonly number[]): number {
  return x <= cuts[0]! ? 0 : x <= cuts[1]! ? 1 : x <= cuts[2]! ? 2 : 3;
}

function splitValues(s: string): string[] {
  const out: string[] = [];
  for (const part of s.split(/[;,]/)) {
    const t = part.trim().toLowerCase();
    if (t) out.push(t);
  }
  return out;
}

function flags(v: Float32Array, start: number, size: number, text: string | null, known: Map<string, number>, tailStart: number, tailSize: number, tag: string): void {
  if (!text) return;
  for (const value of splitValues(text)) {
    const i = known.get(value);
    if (i !== undefined && i < size) v[start + i] = 1;
    else addHash(v, tailStart, tailSize, `${tag}=${value}`, LONG_TAIL_WEIGHT);
  }
}

const NUMERIC_TEXT = /^-?\d+(?:\.\d+)?$/;

function encodeExtras(
  v: Float32Array,
  start: number,
  size: number,
  json: string | null,
  numeric: Map<string, NumericFeature>,
  categorical: Set<string>,
): void {
  if (!json || (numeric.size === 0 && categorical.size === 0)) return;
  let extra: Record<string, unknown>;
  try {
    extra = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return; // a damaged extra blob must not fail the job; the record keeps its other features
  }
  for (const key in extra) {
    const raw = extra[key];
    if (typeof raw !== 'string' || raw === '') continue;
    const n = numeric.get(key);
    if (n) {
      const t = raw.trim().replace(/,/g, '');
      if (NUMERIC_TEXT.test(t)) addHash(v, start, size, `${key}#${quartileBand(Number(t), n.cuts)}`, 1);
    } else if (categorical.has(key)) {
      addHash(v, start, size, `${key}=${raw.trim().toLowerCase()}`, 1);
    }
  }
}

/** Normalises each block to unit length times its weight, then the two parts to unit length. */
function finish(v: Float32Array, p: ReferencePrepared): void {
  for (const b of p.layout.blocks) {
    let ss = 0;
    for (let i = b.start; i < b.end; i++) ss += v[i]! * v[i]!;
    if (ss === 0) continue;
    const k = (p.vocab.blockWeights[b.name] ?? 1) / Math.sqrt(ss);
    for (let i = b.start; i < b.end; i++) v[i]! *= k;
  }
  for (const part of [p.layout.parts.company, p.layout.parts.lead]) {
    let ss = 0;
    for (let i = part.start; i < part.end; i++) ss += v[i]! * v[i]!;
    if (ss === 0) continue;
    const k = 1 / Math.sqrt(ss);
    for (let i = part.start; i < part.end; i++) v[i]! *= k;
  }
}

/** Writes the embedding of record `r` of the batch into `out` at `offset` (dim floats, zeroed first). */
export function referenceEncodeRecord(batch: ReferenceBatch, r: number, p: ReferencePrepared, out: Float32Array, offset: number): void {
  const dim = p.layout.dim;
  const v = out.subarray(offset, offset + dim);
  v.fill(0);
  const B = p.blockIndex;
  const cOther = B.company_other;
  const cOtherSize = cOther.end - cOther.start;
  const lOther = B.lead_other;
  const lOtherSize = lOther.end - lOther.start;

  // Company part.
  const industry = batch.industry[r];
  if (industry) {
    const bucket = industryBucket(industry);
    if (bucket >= 0) v[B.industry.start + bucket] = 1;
    // The exact value too: "games_video" next to "games_video" beats two media companies.
    addHash(v, cOther.start, cOtherSize, `industry=${industry.trim().toLowerCase()}`, LONG_TAIL_WEIGHT);
  }
  const size = sizeBucket(Number.isNaN(batch.employees[r]!) ? null : batch.employees[r]!);
  if (size >= 0) softOneHot(v, B.size.start, B.size.end - B.size.start, size, NEIGHBOUR);
  const companyCountry = batch.companyCountry[r];
  if (companyCountry) {
    const info = countryInfo(companyCountry);
    if (info) {
      v[B.geography.start + info.region] = REGION_WEIGHT;
      const ci = p.country.get(info.iso2);
      const slots = B.geography.end - B.geography.start - REGIONS.length;
      if (ci !== undefined && ci < slots) v[B.geography.start + REGIONS.length + ci] = COUNTRY_WEIGHT;
      else addHash(v, cOther.start, cOtherSize, `country=${info.iso2}`, LONG_TAIL_WEIGHT);
    }
  }
  flags(v, B.tech.start, B.tech.end - B.tech.start, batch.technologies[r] ?? null, p.tech, cOther.start, cOtherSize, 'tech');
  flags(v, B.intent.start, B.intent.end - B.intent.start, batch.intent[r] ?? null, p.intent, cOther.start, cOtherSize, 'intent');
  const revenue = batch.revenue[r]!;
  const revenueFeature = p.companyNumeric.get('@revenue');
  if (!Number.isNaN(revenue) && revenueFeature) addHash(v, cOther.start, cOtherSize, `revenue#${quartileBand(revenue, revenueFeature.cuts)}`, 1);
  const companyState = batch.companyState[r];
  if (companyState) addHash(v, cOther.start, cOtherSize, `state=${companyState.trim().toLowerCase()}`, LONG_TAIL_WEIGHT);
  const companyCity = batch.companyCity[r];
  if (companyCity) addHash(v, cOther.start, cOtherSize, `city=${companyCity.trim().toLowerCase()}`, LONG_TAIL_WEIGHT);
  encodeExtras(v, cOther.start, cOtherSize, batch.companyExtra[r] ?? null, p.companyNumeric, p.companyCategorical);

  // Lead part.
  const title = batch.title[r];
  const parsed = title ? parseTitle(title) : null;
  const explicit = batch.seniority[r];
  let seniority = explicit ? parseSeniority(explicit) : -1;
  if (seniority < 0 && parsed) seniority = parsed.seniority;
  if (seniority >= 0) softOneHot(v, B.seniority.start, B.seniority.end - B.seniority.start, seniority, SENIORITY_NEIGHBOUR);
  const department = batch.department[r];
  let role = department ? parseTitle(department).roleFamily : -1;
  if (role < 0 && parsed) role = parsed.roleFamily;
  if (role >= 0) v[B.role.start + role] = 1;
  if (parsed) for (const word of parsed.keywords) addHash(v, B.title.start, B.title.end - B.title.start, word, 1);
  const score = batch.score[r]!;
  if (!Number.isNaN(score)) {
    const bands = B.engagement.end - B.engagement.start;
    const unit = Math.min(1, Math.max(0, score / (p.vocab.scoreScale || 1)));
    softOneHot(v, B.engagement.start, bands, Math.min(bands - 1, Math.floor(unit * bands)), NEIGHBOUR);
  }
  const leadCountry = batch.leadCountry[r];
  if (leadCountry) {
    const info = countryInfo(leadCountry);
    addHash(v, lOther.start, lOtherSize, info ? `country=${info.iso2}` : `location=${leadCountry.trim().toLowerCase()}`, 1);
    if (info) addHash(v, lOther.start, lOtherSize, `region=${info.region}`, REGION_WEIGHT);
  }
  const state = batch.leadState[r];
  if (state) addHash(v, lOther.start, lOtherSize, `state=${state.trim().toLowerCase()}`, LONG_TAIL_WEIGHT);
  const city = batch.leadCity[r];
  if (city) addHash(v, lOther.start, lOtherSize, `city=${city.trim().toLowerCase()}`, LONG_TAIL_WEIGHT);
  const campaign = batch.campaign[r];
  if (campaign) addHash(v, lOther.start, lOtherSize, `campaign=${campaign.trim().toLowerCase()}`, 1);
  encodeExtras(v, lOther.start, lOtherSize, batch.leadExtra[r] ?? null, p.leadNumeric, p.leadCategorical);

  finish(v, p);
}
