import { describe, expect, it } from 'vitest';
import { allocateSlots, classifyExtras } from '../../../src-main/engine/vocabulary';

const rows = (n: number, make: (i: number) => Record<string, string>) => Array.from({ length: n }, (_, i) => JSON.stringify(make(i)));

describe('extra fields in the vocabulary', () => {
  it('leaves out a whole-number id column, however many records the sample holds', () => {
    const c = classifyExtras(rows(9000, (i) => ({ 'Lead Number': String(660_000 + i), Visits: String(i % 7) })), new Set());
    expect(c.numeric.map((f) => f.key)).toEqual(['Visits']);
  });

  it('gives a sentinel its own band and splits the other values into up to five bands', () => {
    const c = classifyExtras(rows(1000, (i) => ({ pdays: i % 5 === 0 ? String(i) : '-1' })), new Set());
    const pdays = c.numeric.find((f) => f.key === 'pdays')!;
    expect(pdays.sentinels).toEqual([-1]);
    expect(pdays.cuts.length).toBe(4);
  });

  it('drops a value nearly every record has and keeps the rest, each field heard before rare values', () => {
    const c = classifyExtras(
      rows(1000, (i) => ({ default: i < 990 ? 'no' : 'yes', job: ['admin', 'student', 'retired'][i % 3]!, rare: i % 100 === 0 ? 'x' : `v${i % 4}` })),
      new Set(),
    );
    expect(c.values.default!.map(([v]) => v)).toEqual(['yes']); // "no" is 99%: it says nothing
    const slots = allocateSlots(c, 4);
    expect(Object.values(slots.values).flat()).toHaveLength(4);
    expect(Object.keys(slots.values).sort()).toEqual(['default', 'job', 'rare']);
  });
});
