import { describe, it, expect } from 'vitest';
import { encodeBatch, encodeRecord, prepareVocabulary } from '../../../src-model/embed/encode';
import type { BlockName } from '../../../src-model/embed/layout';
import { batchOf, BLOCK_WEIGHTS, LAYOUT, referenceBatchOf, VARIED, VOCAB, type Rec } from './fixtures';
import { referenceEncodeRecord, referencePrepare } from './reference-encoder';

const DIM = LAYOUT.dim;
const encode = (recs: readonly Rec[]) => encodeBatch(batchOf(recs), prepareVocabulary(VOCAB, LAYOUT));
const row = (m: Float32Array, r: number) => m.subarray(r * DIM, (r + 1) * DIM);
const sumSq = (v: Float32Array, start: number, end: number) => {
  let s = 0;
  for (let i = start; i < end; i++) s += v[i]! * v[i]!;
  return s;
};
const blocksOf = (part: 'company' | 'lead') => LAYOUT.blocks.filter((b) => b.part === part);

describe('encodeBatch', () => {
  it('matches the pre-optimisation encoder within 1e-6 on varied records', () => {
    const batch = batchOf(VARIED);
    const ref = referenceBatchOf(batch);
    const rp = referencePrepare(VOCAB, LAYOUT);
    const expected = new Float32Array(batch.count * DIM);
    for (let r = 0; r < batch.count; r++) referenceEncodeRecord(ref, r, rp, expected, r * DIM);

    const p = prepareVocabulary(VOCAB, LAYOUT);
    const fresh = encodeBatch(batch, p);
    const reused = encodeBatch(batch, p, new Float32Array(batch.count * DIM).fill(7)); // a dirty caller buffer
    const single = new Float32Array(DIM * 3).fill(-1);
    for (const got of [fresh, reused]) {
      for (let i = 0; i < expected.length; i++) expect(Math.abs(got[i]! - expected[i]!)).toBeLessThanOrEqual(1e-6);
    }
    for (let r = 0; r < batch.count; r++) {
      encodeRecord(batch, r, p, single, DIM);
      for (let i = 0; i < DIM; i++) expect(Math.abs(single[DIM + i]! - expected[r * DIM + i]!)).toBeLessThanOrEqual(1e-6);
    }
    // encodeRecord writes its row only.
    expect(single[0]).toBe(-1);
    expect(single[2 * DIM]).toBe(-1);
    // The fixture is not trivially empty.
    expect(expected.filter((x) => x !== 0).length).toBeGreaterThan(60);
  });

  it('gives each non-empty part unit norm and an empty part all zeros', () => {
    const m = encode(VARIED);
    for (let r = 0; r < VARIED.length; r++) {
      for (const part of [LAYOUT.parts.company, LAYOUT.parts.lead]) {
        const ss = sumSq(row(m, r), part.start, part.end);
        if (ss !== 0) expect(ss).toBeCloseTo(1, 5);
      }
    }
  });

  it('never writes a negative value', () => {
    const m = encode(VARIED);
    expect(m.every((x) => x >= 0)).toBe(true);
  });

  it("gives each block a share of its part's norm proportional to its weight", () => {
    const m = encode(VARIED);
    let checked = 0;
    for (let r = 0; r < VARIED.length; r++) {
      const v = row(m, r);
      for (const part of ['company', 'lead'] as const) {
        const filled = blocksOf(part).filter((b) => sumSq(v, b.start, b.end) > 0);
        const total = filled.reduce((s, b) => s + BLOCK_WEIGHTS[b.name] ** 2, 0);
        for (const b of filled) {
          expect(sumSq(v, b.start, b.end)).toBeCloseTo(BLOCK_WEIGHTS[b.name] ** 2 / total, 5);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('gives identical records identical vectors', () => {
    const m = encode([VARIED[0]!, VARIED[1]!, VARIED[0]!]);
    expect(row(m, 2)).toEqual(row(m, 0));
  });

  it('leaves the company part all zeros for a record with no company data', () => {
    const m = encode([{ title: 'VP of Sales', leadCountry: 'France', score: 40, leadExtra: { 'Lead Source': 'Referral' } }]);
    const v = row(m, 0);
    expect(sumSq(v, LAYOUT.parts.company.start, LAYOUT.parts.company.end)).toBe(0);
    expect(sumSq(v, LAYOUT.parts.lead.start, LAYOUT.parts.lead.end)).toBeCloseTo(1, 5);
  });

  it.each([
    ['lead_other', { title: 'Sales Manager', leadExtra: { 'Lead Source': 'Referral' } }, { title: 'Sales Manager', leadExtra: { 'Lead Source': 'Paid Search' } }],
    ['company_other', { industry: 'Software', companyExtra: { Ownership: 'Private' } }, { industry: 'Software', companyExtra: { Ownership: 'Public' } }],
  ] as const)('uses a categorical extra given as an object (only %s differs)', (block, a, b) => {
    const m = encode([a, b]);
    const changed = LAYOUT.byName[block as BlockName];
    let differs = false;
    for (let i = 0; i < DIM; i++) {
      if (row(m, 0)[i] === row(m, 1)[i]) continue;
      expect(i >= changed.start && i < changed.end, `index ${i} outside ${block}`).toBe(true);
      differs = true;
    }
    expect(differs).toBe(true);
  });

  it('ignores an extra that is not an object, without throwing', () => {
    const base: Rec = { title: 'Sales Manager', industry: 'Software' };
    const m = encode([base, { ...base, leadExtra: 5, companyExtra: 'x' }, { ...base, leadExtra: ['Referral'], companyExtra: true }]);
    expect(row(m, 1)).toEqual(row(m, 0));
    expect(row(m, 2)).toEqual(row(m, 0));
  });

  it('ignores extra values that are not strings', () => {
    const m = encode([{ leadExtra: { 'Lead Source': 'Referral' } }, { leadExtra: { 'Lead Source': 'Referral', 'Page Views': 35 } }]);
    expect(row(m, 1)).toEqual(row(m, 0));
  });

  it('encodes the same record alike before and after 120k unique city values pass through the memos', () => {
    const p = prepareVocabulary(VOCAB, LAYOUT);
    const probe: Rec = { title: 'Head of Growth', leadCity: 'Lisbon', companyCity: 'Porto', industry: 'Fintech', leadCountry: 'Portugal' };
    const early = encodeBatch(batchOf([probe]), p);
    const n = 120_000;
    const unique = batchOf(Array.from({ length: n }, (_, i): Rec => ({ leadCity: `City ${i}`, companyCity: `Town ${i}`, title: 'Analyst' })));
    const out = encodeBatch(unique, p);
    expect(sumSq(row(out, n - 1), LAYOUT.parts.lead.start, LAYOUT.parts.lead.end)).toBeCloseTo(1, 5);
    const late = encodeBatch(batchOf([probe]), p);
    expect(late).toEqual(early);
  });
});
