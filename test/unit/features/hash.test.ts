import { describe, expect, it } from 'vitest';
import { addHashed, fnv1a32, hashString, hashToSlot, signOf, slotOf } from '../../../src-model/features/hash';
import { parseTitle } from '../../../src-model/features/title';
import { readCsv } from './datasets';

describe('fnv1a32', () => {
  it('matches the published FNV-1a 32-bit test vectors with seed 0', () => {
    // Vectors from the FNV reference test suite (Fowler/Noll/Vo).
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
  });
});

describe('hashString', () => {
  it('is deterministic, unsigned 32-bit and varies with the seed', () => {
    const value = hashString('account executive');
    expect(hashString('account executive')).toBe(value);
    expect(Number.isInteger(value) && value >= 0 && value <= 0xffffffff).toBe(true);
    expect(hashString('account executive', 1)).not.toBe(value);
  });

  it('separates strings that differ in one character or by case', () => {
    const values = new Set(['sales', 'saler', 'Sales', 'sale', 'sales ', 'selas'].map((text) => hashString(text)));
    expect(values.size).toBe(6);
  });
});

describe('hashToSlot', () => {
  const keywords = [
    ...new Set(
      readCsv('esco-occupations/occupations_en.csv').flatMap((row) =>
        [row.preferredLabel!, ...row.altLabels!.split('\n')].flatMap((label) => parseTitle(label).keywords),
      ),
    ),
  ];

  it('spreads thousands of real title keywords evenly over 20 slots with balanced signs', () => {
    expect(keywords.length).toBeGreaterThan(3000);
    const perSlot = new Array<number>(20).fill(0);
    let negative = 0;
    for (const keyword of keywords) {
      const packed = hashToSlot(keyword, 20, 7);
      perSlot[slotOf(packed)]!++;
      if (signOf(packed) === -1) negative++;
    }
    const expected = keywords.length / 20;
    // Binomial spread is about sqrt(expected) ≈ 14; ±25% of ~170 is three standard deviations.
    for (const count of perSlot) expect(Math.abs(count - expected)).toBeLessThan(expected * 0.25);
    expect(Math.abs(negative / keywords.length - 0.5)).toBeLessThan(0.05);
  });

  it('moves keywords to other slots under another seed', () => {
    const moved = keywords.filter((keyword) => slotOf(hashToSlot(keyword, 20, 1)) !== slotOf(hashToSlot(keyword, 20, 2)));
    // Independent slots collide 1 time in 20.
    expect(moved.length / keywords.length).toBeGreaterThan(0.9);
  });

  it('keeps the slot in range and decodes negative results with bitwise not', () => {
    for (const text of ['', 'a', 'cto', 'director of engineering', 'ñandú']) {
      for (const slots of [1, 2, 20, 1000]) {
        const packed = hashToSlot(text, slots);
        expect(slotOf(packed)).toBeGreaterThanOrEqual(0);
        expect(slotOf(packed)).toBeLessThan(slots);
        expect(packed < 0 ? ~packed : packed).toBe(slotOf(packed));
      }
    }
  });

  it('rejects a slot count that is not a positive integer', () => {
    expect(() => hashToSlot('x', 0)).toThrow(RangeError);
    expect(() => hashToSlot('x', 2.5)).toThrow(RangeError);
  });
});

describe('addHashed', () => {
  it('adds the signed weight at the hashed slot after the offset and nowhere else', () => {
    const target = new Float32Array(30);
    addHashed(target, 10, 20, 'revenue', 0.5, 3);
    const packed = hashToSlot('revenue', 20, 3);
    const expected = new Float32Array(30);
    expected[10 + slotOf(packed)] = 0.5 * signOf(packed);
    expect([...target]).toEqual([...expected]);
  });
});
