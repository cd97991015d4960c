import { describe, expect, it } from 'vitest';
import { BoundedMap } from '../../../src-main/lib/bounded-map';

describe('BoundedMap', () => {
  it('never holds more than its limit: it forgets everything once full', () => {
    const map = new BoundedMap<number>(3);
    for (let i = 0; i < 10; i++) {
      map.set(`key ${i}`, i);
      expect(map.size).toBeLessThanOrEqual(3);
    }
    expect(map.get('key 9')).toBe(9);
    expect(map.get('key 0')).toBeUndefined();
  });
});
