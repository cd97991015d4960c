/**
 * The feature embedding of a record: written by hand because it is the
 * product's heart — what "similar" means.
 *
 * Every block is non-negative, so cosine similarities fall in [0, 1] and the
 * per-block reasons are non-negative and add up to the score. Inside a part
 * each block is normalised to unit length and scaled by its weight (so one
 * block with many values, say 30 extra fields, cannot drown the industry
 * flag); then the part is normalised to unit length. A part with no data
 * stays all zeros: the scorer treats it as "no evidence", and the profile
 * drops a part that none of its examples have.
 *
 * Soft one-hots: ordered categories (size, seniority, score bands) put a
 * little weight on the neighbouring band, so 51–200 employees is closer to
 * 201–1000 than to 1–10.
 *
 * Hazard: runs in worker threads over millions of records (budget ~1–3 µs a
 * record), so the per-record path allocates nothing:
 * - it writes straight into the output row through `RowWriter`, which lists
 *   the slots it touched, so normalising reads a dozen slots instead of the
 *   whole row. That relies on every write being positive (a slot is new
 *   exactly when it was still 0); write through `set`/`add`, never into
 *   `out` directly, or the slot is left out of the normalisation;
 * - every string → slot step (lower-casing, the `field=value` key, the hash)
 *   is cached per distinct value in bounded memos held by the
 *   PreparedVocabulary, so they die with the job's vocabulary. The mappers
 *   from ../features (industry, title, seniority, country) keep their own
 *   memos and are called directly, not cached twice.
 */
import { countryInfo, industryBucket, parseSeniority, parseTitle, REGIONS, sizeBucket, hashString } from '../features/index';
import { createMemo, type Memoized } from '../features/memo';
import type { BlockName, EmbeddingLayout } from './layout';
import type { FeatureVocabulary, NumericFeature, RecordBatch } from './types';

const NEIGHBOUR = 0.4;
const SENIORITY_NEIGHBOUR = 0.3;
const REGION_WEIGHT = 0.6;
const COUNTRY_WEIGHT = 0.8;
/** Values outside the top vocabularies still count, hashed into the part's projection at a lower weight. */
const LONG_TAIL_WEIGHT = 0.5;

/**
 * Distinct values cached per field (two generations, so at most twice this).
 * Real columns repeat a few thousand values; a unique-per-record column (a
 * street-level city, an id-like extra) churns its memo instead of growing it.
 */
const FIELD_MEMO = 20_000;
/** Per extra field: there can be dozens of them, and the chosen ones are low-cardinality by construction. */
const EXTRA_MEMO = 4_096;

/** An extra field the vocabulary uses; `slot` maps a raw value to its row index in the part's projection, or -1. */
interface ExtraField {
  slot: Memoized<number>;
}

/** Row indices a company country writes: region and country slots (set), or a projection slot (added); -1 when absent. */
interface CompanyGeo {
  region: number;
  country: number;
  tail: number;
}

const NO_ROW = new Float32Array(0);

/**
 * Writes one row of the output and lists the slots it touched. All values
 * written are positive, so a slot is touched for the first time exactly when
 * it still holds 0, and each slot is listed once.
 */
class RowWriter {
  out: Float32Array = NO_ROW;
  o = 0;
  /** Touched slots (row-relative), `count` of them. */
  readonly touched: Int32Array;
  count = 0;

  constructor(dim: number) {
    this.touched = new Int32Array(dim);
  }

  /** Starts a row at `o`; its dim floats must be zero. */
  begin(out: Float32Array, o: number): void {
    this.out = out;
    this.o = o;
    this.count = 0;
  }

  /** Drops the output buffer, so a batch's result is not kept alive by the vocabulary. */
  release(): void {
    this.out = NO_ROW;
  }

  set(i: number, x: number): void {
    const j = this.o + i;
    if (this.out[j] === 0) this.touched[this.count++] = i;
    this.out[j] = x;
  }

  add(i: number, x: number): void {
    const j = this.o + i;
    const old = this.out[j]!;
    if (old === 0) this.touched[this.count++] = i;
    this.out[j] = old + x;
  }

  softOneHot(start: number, size: number, at: number, neighbour: number): void {
    this.set(start + at, 1);
    if (at > 0) this.set(start + at - 1, neighbour);
    if (at < size - 1) this.set(start + at + 1, neighbour);
  }

  flags(codes: Int32Array): void {
    for (let k = 0; k < codes.length; k++) {
      const c = codes[k]!;
      if (c >= 0) this.set(c, 1);
      else this.add(~c, LONG_TAIL_WEIGHT);
    }
  }

  /** Parsed extras; anything but a plain object (a number, a string, an array) carries no fields. */
  extras(extra: unknown, fields: Map<string, ExtraField>, numeric: Map<string, NumericSlots>): void {
    if (extra === null || typeof extra !== 'object' || Array.isArray(extra) || fields.size + numeric.size === 0) return;
    const values = extra as Record<string, unknown>;
    for (const key in values) {
      const raw = values[key];
      if (typeof raw !== 'string' || raw === '') continue;
      const bands = numeric.get(key);
      if (bands !== undefined) {
        const t = raw.trim().replace(/,/g, '');
        if (NUMERIC_TEXT.test(t)) this.numeric(Number(t), bands);
        continue;
      }
      const field = fields.get(key);
      if (field === undefined) continue;
      const slot = field.slot(raw);
      if (slot >= 0) this.add(slot, 1);
    }
  }

  /** A number in its field's bands: a sentinel's own slot, or its value band with a little on each neighbour. */
  numeric(x: number, s: NumericSlots): void {
    const sentinels = s.feature.sentinels;
    if (sentinels) for (let k = 0; k < sentinels.length; k++) if (sentinels[k] === x) {
      this.add(s.first + k, 1);
      return;
    }
    const first = s.first + (sentinels?.length ?? 0);
    this.softOneHot(first, s.feature.cuts.length + 1, bandOf(x, s.feature.cuts), NEIGHBOUR);
  }
}

/** Per-vocabulary lookups prepared once per worker (the vocabulary is fixed for a job). */
export interface PreparedVocabulary {
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
  /** Blocks in layout order as flat arrays, for `finish`. part: 0 company, 1 lead. */
  blockWeight: Float64Array;
  blockPart: Uint8Array;
  /** Block index of each slot of the row. */
  blockOf: Uint8Array;
  /** Per-block scratch of the row being finished: sums of squares, then scale factors. */
  blockSS: Float64Array;
  /** The row being written (a worker encodes one row at a time). */
  row: RowWriter;
  /** Older vocabularies: revenue quartile cuts and the row index of `revenue#<band>`; null otherwise. */
  revenue: { cuts: NumericFeature['cuts']; slots: Int32Array } | null;
  companyExtras: Map<string, ExtraField>;
  leadExtras: Map<string, ExtraField>;
  /** Numeric extra fields with slots of their own (vocabularies with value lists), by key. */
  companyNumericSlots: Map<string, NumericSlots>;
  leadNumericSlots: Map<string, NumericSlots>;
  /** Revenue's own bands (vocabularies with value lists). */
  revenueBands: NumericSlots | null;
  /** Where the hashed long tail goes in each part's "other" block. */
  companyCountryTail: { start: number; size: number };
  leadGeoTail: { start: number; size: number };
  /** Per-field memos: raw cell text → row index of its hashed `field=value` slot. */
  industrySlot: Memoized<number>;
  companyStateSlot: Memoized<number>;
  companyCitySlot: Memoized<number>;
  leadStateSlot: Memoized<number>;
  leadCitySlot: Memoized<number>;
  campaignSlot: Memoized<number>;
  leadLocationSlot: Memoized<number>;
  /** Title keyword → row index in the title block. */
  titleWordSlot: Memoized<number>;
  /** Tech / intent cell text → codes: i >= 0 sets flag row index i, i < 0 adds the long-tail weight at ~i. */
  techCodes: Memoized<Int32Array>;
  intentCodes: Memoized<Int32Array>;
  /** By ISO code (a few hundred at most, so unbounded). */
  companyGeo: Map<string, CompanyGeo>;
  /** By ISO code: [row index of `country=XX`, row index of `region=N`]. */
  leadGeo: Map<string, Int32Array>;
}

const NUMERIC_TEXT = /^-?\d+(?:\.\d+)?$/;

/** Value band of x: the number of cut points below it (0…cuts.length). */
export function bandOf(x: number, cuts: readonly number[]): number {
  let b = 0;
  while (b < cuts.length && x > cuts[b]!) b++;
  return b;
}

function splitValues(s: string): string[] {
  const out: string[] = [];
  for (const part of s.split(/[;,]/)) {
    const t = part.trim().toLowerCase();
    if (t) out.push(t);
  }
  return out;
}

/** Row index of an unsigned hashed slot of `key` in the block at `start` of `size` slots. */
const hashSlot = (start: number, size: number, key: string): number => start + (hashString(key) % size);

/** Slots a numeric feature takes: one per sentinel, one per value band. */
export const numericSlots = (f: NumericFeature): number => (f.sentinels?.length ?? 0) + f.cuts.length + 1;

/**
 * A numeric field's slots from `first`: its sentinels', then its value bands'.
 * A value band also lights its neighbours at NEIGHBOUR (written through
 * `numeric`, not `slot`, since it touches several slots).
 */
interface NumericSlots {
  feature: NumericFeature;
  first: number;
}

/**
 * The extra fields of a part and the slots they take at the start of its
 * "other" block, in the vocabulary's order: each numeric field's bands, then
 * one slot per listed value of each categorical field. A vocabulary without
 * value lists (built by an older encoder) hashes the values instead. Returns
 * how many slots were allocated; the block's remaining slots take the
 * hashed long tail of the canonical fields.
 */
function extraFields(
  numeric: readonly NumericFeature[],
  categorical: readonly string[],
  values: Record<string, string[]> | undefined,
  start: number,
  size: number,
): { fields: Map<string, ExtraField>; numeric: Map<string, NumericSlots>; used: number } {
  const fields = new Map<string, ExtraField>();
  const numericSlotsOf = new Map<string, NumericSlots>();
  let at = start;
  for (const f of numeric) {
    if (!values) continue;
    numericSlotsOf.set(f.key, { feature: f, first: at });
    at += numericSlots(f);
  }
  for (const key of categorical) {
    if (numericSlotsOf.has(key)) continue;
    if (values) {
      const own = new Map<string, number>();
      for (const v of values[key] ?? []) own.set(v, at++);
      fields.set(key, { slot: createMemo(EXTRA_MEMO, (raw) => own.get(raw.trim().toLowerCase()) ?? -1) });
    } else {
      fields.set(key, { slot: createMemo(EXTRA_MEMO, (raw) => hashSlot(start, size, `${key}=${raw.trim().toLowerCase()}`)) });
    }
  }
  if (!values) {
    // Older vocabularies: quartile bands hashed into the block.
    for (const { key, cuts } of numeric) {
      const bands = Int32Array.from([0, 1, 2, 3], (b) => hashSlot(start, size, `${key === '@revenue' ? 'revenue' : key}#${b}`));
      fields.set(key, {
        slot: createMemo(EXTRA_MEMO, (raw) => {
          const t = raw.trim().replace(/,/g, '');
          return NUMERIC_TEXT.test(t) ? bands[bandOf(Number(t), cuts)]! : -1;
        }),
      });
    }
  }
  return { fields, numeric: numericSlotsOf, used: at - start };
}

export function prepareVocabulary(vocab: FeatureVocabulary, layout: EmbeddingLayout): PreparedVocabulary {
  const index = (values: string[]) => new Map(values.map((v, i) => [v, i]));
  const weightOf = (name: BlockName) => vocab.blockWeights[name] ?? 1;
  const blockIndex = Object.fromEntries(
    layout.blocks.map((b) => [b.name, { start: b.start, end: b.end, weight: weightOf(b.name) }]),
  ) as PreparedVocabulary['blockIndex'];
  const blockOf = new Uint8Array(layout.dim);
  layout.blocks.forEach((b, i) => blockOf.fill(i, b.start, b.end));
  const tech = index(vocab.technologies);
  const intent = index(vocab.intents);
  const country = index(vocab.countries);
  const cOther = blockIndex.company_other;
  const lOther = blockIndex.lead_other;
  const cOtherSize = cOther.end - cOther.start;
  const lOtherSize = lOther.end - lOther.start;
  const companyExtras = extraFields(vocab.companyNumeric, vocab.companyCategorical, vocab.companyValues, cOther.start, cOtherSize);
  const leadExtras = extraFields(vocab.leadNumeric, vocab.leadCategorical, vocab.leadValues, lOther.start, lOtherSize);
  // The long tail of the canonical fields is hashed into the slots the extra fields left free.
  const cTail = { start: cOther.start + companyExtras.used, size: Math.max(1, cOtherSize - companyExtras.used) };
  const lTail = { start: lOther.start + leadExtras.used, size: Math.max(1, lOtherSize - leadExtras.used) };
  const tailMemo = (tail: { start: number; size: number }, tag: string) =>
    createMemo(FIELD_MEMO, (raw) => hashSlot(tail.start, tail.size, `${tag}=${raw.trim().toLowerCase()}`));
  const flagMemo = (block: { start: number; end: number }, known: Map<string, number>, tag: string) =>
    createMemo(FIELD_MEMO, (text) =>
      Int32Array.from(splitValues(text), (value) => {
        const i = known.get(value);
        return i !== undefined && i < block.end - block.start ? block.start + i : ~hashSlot(cTail.start, cTail.size, `${tag}=${value}`);
      }),
    );
  const companyNumeric = new Map(vocab.companyNumeric.map((f) => [f.key, f]));
  const revenue = companyNumeric.get('@revenue');
  const titleBlock = blockIndex.title;
  return {
    vocab,
    layout,
    tech,
    intent,
    country,
    companyNumeric,
    companyCategorical: new Set(vocab.companyCategorical),
    leadNumeric: new Map(vocab.leadNumeric.map((f) => [f.key, f])),
    leadCategorical: new Set(vocab.leadCategorical),
    weights: new Float32Array(layout.blocks.map((b) => weightOf(b.name))),
    blockIndex,
    blockWeight: Float64Array.from(layout.blocks, (b) => weightOf(b.name)),
    blockPart: Uint8Array.from(layout.blocks, (b) => (b.part === 'company' ? 0 : 1)),
    blockOf,
    blockSS: new Float64Array(layout.blocks.length),
    row: new RowWriter(layout.dim),
    revenue: revenue && !vocab.companyValues ? { cuts: revenue.cuts, slots: Int32Array.from([0, 1, 2, 3], (b) => hashSlot(cOther.start, cOtherSize, `revenue#${b}`)) } : null,
    revenueBands: companyExtras.numeric.get('@revenue') ?? null,
    companyExtras: companyExtras.fields,
    leadExtras: leadExtras.fields,
    companyNumericSlots: companyExtras.numeric,
    leadNumericSlots: leadExtras.numeric,
    industrySlot: tailMemo(cTail, 'industry'),
    companyStateSlot: tailMemo(cTail, 'state'),
    companyCitySlot: tailMemo(cTail, 'city'),
    leadStateSlot: tailMemo(lTail, 'state'),
    leadCitySlot: tailMemo(lTail, 'city'),
    campaignSlot: tailMemo(lTail, 'campaign'),
    leadLocationSlot: tailMemo(lTail, 'location'),
    companyCountryTail: cTail,
    leadGeoTail: lTail,
    titleWordSlot: createMemo(FIELD_MEMO, (word) => hashSlot(titleBlock.start, titleBlock.end - titleBlock.start, word)),
    techCodes: flagMemo(blockIndex.tech, tech, 'tech'),
    intentCodes: flagMemo(blockIndex.intent, intent, 'intent'),
    companyGeo: new Map(),
    leadGeo: new Map(),
  };
}

function companyGeo(p: PreparedVocabulary, iso2: string, region: number): CompanyGeo {
  let g = p.companyGeo.get(iso2);
  if (g === undefined) {
    const geo = p.blockIndex.geography;
    const ci = p.country.get(iso2);
    const known = ci !== undefined && ci < geo.end - geo.start - REGIONS.length;
    g = {
      region: geo.start + region,
      country: known ? geo.start + REGIONS.length + ci : -1,
      tail: known ? -1 : hashSlot(p.companyCountryTail.start, p.companyCountryTail.size, `country=${iso2}`),
    };
    p.companyGeo.set(iso2, g);
  }
  return g;
}

function leadGeo(p: PreparedVocabulary, iso2: string, region: number): Int32Array {
  let g = p.leadGeo.get(iso2);
  if (g === undefined) {
    const tail = p.leadGeoTail;
    g = Int32Array.of(hashSlot(tail.start, tail.size, `country=${iso2}`), hashSlot(tail.start, tail.size, `region=${region}`));
    p.leadGeo.set(iso2, g);
  }
  return g;
}

/**
 * Normalises each block to unit length times its weight, then each part to
 * unit length: one pass over the touched slots for each block's sum of
 * squares, one factor per block, one scaling pass. After the block step a
 * non-empty block's norm is exactly its weight and blocks are disjoint, so a
 * part's norm is sqrt(Σ weight² over its non-empty blocks), and both scalings
 * fold into weight / sqrt(ss) / partNorm.
 */
function finish(row: RowWriter, p: PreparedVocabulary): void {
  const { out, o, touched, count } = row;
  const { blockOf, blockWeight, blockPart, blockSS } = p;
  blockSS.fill(0);
  for (let k = 0; k < count; k++) {
    const i = touched[k]!;
    const x = out[o + i]!;
    blockSS[blockOf[i]!]! += x * x;
  }
  let companySS = 0;
  let leadSS = 0;
  for (let b = 0; b < blockSS.length; b++) {
    if (blockSS[b] === 0) continue;
    const w2 = blockWeight[b]! * blockWeight[b]!;
    if (blockPart[b] === 0) companySS += w2;
    else leadSS += w2;
  }
  const companyNorm = Math.sqrt(companySS);
  const leadNorm = Math.sqrt(leadSS);
  for (let b = 0; b < blockSS.length; b++) {
    const ss = blockSS[b]!;
    if (ss === 0) continue;
    const partNorm = blockPart[b] === 0 ? companyNorm : leadNorm;
    // Every non-empty block of the part weighs 0: the part has no evidence, as a block scaled by 0 always left it.
    blockSS[b] = partNorm === 0 ? 0 : blockWeight[b]! / Math.sqrt(ss) / partNorm;
  }
  for (let k = 0; k < count; k++) {
    const i = touched[k]!;
    out[o + i]! *= blockSS[blockOf[i]!]!;
  }
}

/** The embedding of record `r` into `out` at `o`, whose dim floats must be zero. */
function encodeInto(batch: RecordBatch, r: number, p: PreparedVocabulary, out: Float32Array, o: number): void {
  const B = p.blockIndex;
  const row = p.row;
  row.begin(out, o);

  // Company part.
  const industry = batch.industry[r];
  if (industry) {
    const bucket = industryBucket(industry);
    if (bucket >= 0) row.set(B.industry.start + bucket, 1);
    // The exact value too: "games_video" next to "games_video" beats two media companies.
    row.add(p.industrySlot(industry), LONG_TAIL_WEIGHT);
  }
  const size = sizeBucket(batch.employees[r]!);
  if (size >= 0) row.softOneHot(B.size.start, B.size.end - B.size.start, size, NEIGHBOUR);
  const companyCountry = batch.companyCountry[r];
  if (companyCountry) {
    const info = countryInfo(companyCountry);
    if (info) {
      const g = companyGeo(p, info.iso2, info.region);
      row.set(g.region, REGION_WEIGHT);
      if (g.country >= 0) row.set(g.country, COUNTRY_WEIGHT);
      else row.add(g.tail, LONG_TAIL_WEIGHT);
    }
  }
  const technologies = batch.technologies[r];
  if (technologies) row.flags(p.techCodes(technologies));
  const intent = batch.intent[r];
  if (intent) row.flags(p.intentCodes(intent));
  const revenue = batch.revenue[r]!;
  if (!Number.isNaN(revenue)) {
    if (p.revenueBands) row.numeric(revenue, p.revenueBands);
    else if (p.revenue) row.add(p.revenue.slots[bandOf(revenue, p.revenue.cuts)]!, 1);
  }
  const companyState = batch.companyState[r];
  if (companyState) row.add(p.companyStateSlot(companyState), LONG_TAIL_WEIGHT);
  const companyCity = batch.companyCity[r];
  if (companyCity) row.add(p.companyCitySlot(companyCity), LONG_TAIL_WEIGHT);
  row.extras(batch.companyExtra[r], p.companyExtras, p.companyNumericSlots);

  // Lead part.
  const title = batch.title[r];
  const parsed = title ? parseTitle(title) : null;
  const explicit = batch.seniority[r];
  let seniority = explicit ? parseSeniority(explicit) : -1;
  if (seniority < 0 && parsed) seniority = parsed.seniority;
  if (seniority >= 0) row.softOneHot(B.seniority.start, B.seniority.end - B.seniority.start, seniority, SENIORITY_NEIGHBOUR);
  const department = batch.department[r];
  let role = department ? parseTitle(department).roleFamily : -1;
  if (role < 0 && parsed) role = parsed.roleFamily;
  if (role >= 0) row.set(B.role.start + role, 1);
  if (parsed) {
    const words = parsed.keywords;
    for (let k = 0; k < words.length; k++) row.add(p.titleWordSlot(words[k]!), 1);
  }
  const score = batch.score[r]!;
  if (!Number.isNaN(score)) {
    const bands = B.engagement.end - B.engagement.start;
    const unit = Math.min(1, Math.max(0, score / (p.vocab.scoreScale || 1)));
    row.softOneHot(B.engagement.start, bands, Math.min(bands - 1, Math.floor(unit * bands)), NEIGHBOUR);
  }
  const leadCountry = batch.leadCountry[r];
  if (leadCountry) {
    const info = countryInfo(leadCountry);
    if (info) {
      const g = leadGeo(p, info.iso2, info.region);
      row.add(g[0]!, 1);
      row.add(g[1]!, REGION_WEIGHT);
    } else {
      row.add(p.leadLocationSlot(leadCountry), 1);
    }
  }
  const state = batch.leadState[r];
  if (state) row.add(p.leadStateSlot(state), LONG_TAIL_WEIGHT);
  const city = batch.leadCity[r];
  if (city) row.add(p.leadCitySlot(city), LONG_TAIL_WEIGHT);
  const campaign = batch.campaign[r];
  if (campaign) row.add(p.campaignSlot(campaign), 1);
  row.extras(batch.leadExtra[r], p.leadExtras, p.leadNumericSlots);

  finish(row, p);
}

/** Writes the embedding of record `r` of the batch into `out` at `offset` (dim floats, zeroed first). */
export function encodeRecord(batch: RecordBatch, r: number, p: PreparedVocabulary, out: Float32Array, offset: number): void {
  out.fill(0, offset, offset + p.layout.dim);
  encodeInto(batch, r, p, out, offset);
  p.row.release();
}

/** Embeds a whole batch into `out` (count × dim floats); a caller's buffer is zeroed first, a new one already is. */
export function encodeBatch(batch: RecordBatch, p: PreparedVocabulary, out?: Float32Array): Float32Array {
  const dim = p.layout.dim;
  if (out === undefined) out = new Float32Array(batch.count * dim);
  else out.fill(0, 0, batch.count * dim);
  for (let r = 0; r < batch.count; r++) encodeInto(batch, r, p, out, r * dim);
  p.row.release();
  return out;
}

/** Whether each part of an embedding has any data: a reason breakdown says when a part was missing. */
export function partsPresent(v: Float32Array, layout: EmbeddingLayout): { company: boolean; lead: boolean } {
  const has = (s: number, e: number) => {
    for (let i = s; i < e; i++) if (v[i] !== 0) return true;
    return false;
  };
  return { company: has(layout.parts.company.start, layout.parts.company.end), lead: has(layout.parts.lead.start, layout.parts.lead.end) };
}
