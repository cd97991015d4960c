import { describe, expect, it } from 'vitest';
import { IdCache, MAX_KEY_CHARS } from '../../../src-main/import/id-cache';

describe('IdCache', () => {
  it('gives back the id of exactly the key that was set, or nothing', () => {
    const cache = new IdCache(65_536);
    for (let i = 0; i < 20_000; i++) cache.set(`dom:company${i}.com`, i + 1);
    let found = 0;
    for (let i = 0; i < 20_000; i++) {
      const id = cache.get(`dom:company${i}.com`);
      if (id === undefined) continue;
      expect(id).toBe(i + 1);
      found++;
    }
    // A set of four slots can fill before the cache does; at under a third full, few keys are lost to that.
    expect(found).toBeGreaterThan(19_800);
    expect(cache.get('dom:company20000.com')).toBeUndefined();
    expect(cache.get('dom:company1.co')).toBeUndefined();
    expect(cache.get('rid:company1.com')).toBeUndefined();
  });

  it('replaces the id of a key set again, without taking a second slot', () => {
    const cache = new IdCache(4);
    cache.set('cn:acme', 1);
    cache.set('cn:acme', 7);
    for (const k of ['a', 'b', 'c']) cache.set(k, 2);
    expect(cache.get('cn:acme')).toBe(7);
  });

  it('never holds more than its capacity: the oldest key of a full set makes room', () => {
    const cache = new IdCache(4); // one set of four slots
    for (let i = 0; i < 10; i++) cache.set(`key ${i}`, i);
    const held = Array.from({ length: 10 }, (_, i) => cache.get(`key ${i}`)).filter((id) => id !== undefined);
    expect(held).toEqual([6, 7, 8, 9]);
  });

  it('does not cache a key longer than it can hold (the caller looks it up instead)', () => {
    const cache = new IdCache(16);
    const long = `cn:${'x'.repeat(MAX_KEY_CHARS)}`;
    cache.set(long, 3);
    expect(cache.get(long)).toBeUndefined();
    const fits = 'y'.repeat(MAX_KEY_CHARS);
    cache.set(fits, 4);
    expect(cache.get(fits)).toBe(4);
  });

  it('keeps keys beyond Latin-1 and ids beyond 32 bits', () => {
    const cache = new IdCache(16);
    cache.set('cn:łódź ćwik', 2 ** 40);
    expect(cache.get('cn:łódź ćwik')).toBe(2 ** 40);
    expect(cache.get('cn:lodz cwik')).toBeUndefined();
  });
});
